package uk.beacon.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentsFontTest {

	@ParameterizedTest
	@ValueSource(strings = { "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf" })
	void theOnlySubstitutionHiddenFromThePdfJoinsToneLetters(String name) throws IOException {
		TrueTypeFont font = parse(PdfDocuments.font(name));

		// were the fonts to substitute anything a report prints, hiding the table would
		// change the PDF
		assertThat(font.getGsubData().getSupportedFeatures()).containsExactly("ccmp");
		CmapLookup cmap = font.getUnicodeCmapLookup();
		Set<Integer> characters = new TreeSet<>();
		font.getGsubData()
			.getFeature("ccmp")
			.getAllGlyphIdsForSubstitution()
			.stream()
			.flatMap(List::stream)
			.forEach(glyph -> characters.addAll(cmap.getCharCodes(glyph)));
		assertThat(characters).containsExactly(0x02E5, 0x02E6, 0x02E7, 0x02E8, 0x02E9);
	}

	@ParameterizedTest
	@ValueSource(strings = { "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf" })
	void hidingTheSubstitutionsKeepsEveryGlyphAndWidth(String name) throws IOException {
		TrueTypeFont font = parse(PdfDocuments.font(name));

		TrueTypeFont hidden = parse(PdfDocuments.withoutGlyphSubstitution(PdfDocuments.font(name)));

		assertThat(hidden.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
		assertThat(hidden.getNumberOfGlyphs()).isEqualTo(font.getNumberOfGlyphs());
		for (char c : "Red: 12.5% against a target of 15% (Q4 2024/25) — fi, ffl, £, é".toCharArray()) {
			int glyph = font.getUnicodeCmapLookup().getGlyphId(c);
			assertThat(hidden.getUnicodeCmapLookup().getGlyphId(c)).isEqualTo(glyph);
			assertThat(hidden.getAdvanceWidth(glyph)).isEqualTo(font.getAdvanceWidth(glyph));
		}
	}

	private static TrueTypeFont parse(byte[] font) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(font));
	}

}
