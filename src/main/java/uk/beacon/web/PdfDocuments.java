package uk.beacon.web;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * Renders an HTML document (a cabinet report, a scorecard, a dashboard) as a tagged,
 * accessible PDF (PDF/UA) with its fonts embedded: Liberation Sans, bundled with Beacon,
 * so nothing is fetched when a PDF is made. The one PDF renderer Beacon has.
 */
@Component
public class PdfDocuments {

	private static final String FAMILY = "Liberation Sans";

	private final byte[] regular = withoutGlyphSubstitution(font("LiberationSans-Regular.ttf"));

	private final byte[] bold = withoutGlyphSubstitution(font("LiberationSans-Bold.ttf"));

	private final byte[] italic = withoutGlyphSubstitution(font("LiberationSans-Italic.ttf"));

	private final Font chartFont = awtFont(this.regular);

	static {
		// one line per font per report otherwise
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
	}

	private final RenderingMemory memory;

	public PdfDocuments() {
		this(RenderingMemory.ofThisServer());
	}

	PdfDocuments(RenderingMemory memory) {
		this.memory = memory;
	}

	/**
	 * @throws org.springframework.web.server.ResponseStatusException 503 when other PDFs
	 * being made hold the memory this one needs for longer than it waits, or at once when
	 * it would need more memory than the server has
	 * @see RenderingMemory
	 */
	public byte[] render(String xhtml) {
		try (RenderingMemory.Share share = this.memory.admit(xhtml.length())) {
			return rendered(xhtml);
		}
	}

	private byte[] rendered(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.withProducer("Beacon");
		EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
				FSFontUseCase.FALLBACK_FINAL);
		// the charts name Arial; Liberation Sans has the same metrics
		for (String family : new String[] { FAMILY, "Arial", "sans-serif" }) {
			builder.useFont(() -> new ByteArrayInputStream(this.regular), family, 400, FontStyle.NORMAL, true,
					everywhere);
			builder.useFont(() -> new ByteArrayInputStream(this.bold), family, 700, FontStyle.NORMAL, true, everywhere);
			builder.useFont(() -> new ByteArrayInputStream(this.italic), family, 400, FontStyle.ITALIC, true,
					everywhere);
		}
		builder.useSVGDrawer(new ChartDrawer(this::chartFont));
		builder.withHtmlContent(xmlText(xhtml), "classpath:/static/");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be written", ex);
		}
		return out.toByteArray();
	}

	/**
	 * A chart's SVG as the PDF renderer reads it: its text alternative as the figure's
	 * alternative text, which PDF/UA asks of every figure, and its text in the embedded
	 * font that has Arial's metrics.
	 * @param svg an {@code <svg ...>} element as Beacon's charts write it
	 */
	public static String svgWithAlt(String svg, String textAlternative) {
		String alt = textAlternative.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
		return "<svg alt=\"" + alt + "\" " + svg.substring("<svg ".length()).replace("Arial, sans-serif", FAMILY);
	}

	/**
	 * The font a chart's text is painted in, the same as the document's: the regular face
	 * only (a chart with bold or italic text is drawn by Batik, whose fonts are the
	 * document's too). Its family name is the one the PDF's font resolver knows it by, so
	 * the text is written in the document's embedded font.
	 */
	Font chartFont(String family, int weight, boolean italic) {
		boolean ours = family.equals(FAMILY) || family.equals("Arial") || family.equals("sans-serif");
		return (ours && weight == 400 && !italic) ? this.chartFont : null;
	}

	private static Font awtFont(byte[] font) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font));
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("The font bundled with Beacon could not be read", ex);
		}
	}

	/**
	 * The font with its glyph substitution table (GSUB) hidden from PDFBox. Liberation
	 * Sans substitutes only runs of the tone letters U+02E5 to U+02E9, which no report
	 * prints, yet PDFBox 3.0 compiles a regular expression of those 140 runs for every
	 * run of text it writes: half the time of a large report's PDF. Renaming the table's
	 * tag (to one that sorts in the same place) leaves every glyph and width as it was,
	 * and the subset embedded in the PDF never carries the table.
	 */
	static byte[] withoutGlyphSubstitution(byte[] font) {
		ByteBuffer copy = ByteBuffer.wrap(font.clone());
		int tables = Short.toUnsignedInt(copy.getShort(4));
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (copy.getInt(record) == tag("GSUB")) {
				copy.putInt(record, tag("GSUX"));
			}
		}
		return copy.array();
	}

	private static int tag(String name) {
		return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
	}

	static byte[] font(String name) {
		try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("The font " + name + " is missing from the application", ex);
		}
	}

	/**
	 * The document without the characters XML 1.0 cannot hold (control characters other
	 * than tab and line ends, which text pasted from elsewhere can carry): the PDF is
	 * parsed as XML and would fail on them, for ever once the report is published.
	 */
	static String xmlText(String xhtml) {
		StringBuilder text = null;
		for (int i = 0; i < xhtml.length(); i++) {
			char c = xhtml.charAt(i);
			boolean allowed = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
			allowed = allowed && c != 0xFFFE && c != 0xFFFF;
			if (!allowed && text == null) {
				text = new StringBuilder(xhtml.length()).append(xhtml, 0, i);
			}
			if (text != null) {
				text.append(allowed ? c : ' ');
			}
		}
		return (text != null) ? text.toString() : xhtml;
	}

}
