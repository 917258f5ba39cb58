package uk.beacon.risk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The palette of risk levels: every level's name readable on its colour and in a report,
 * neighbouring levels apart in lightness for readers who cannot tell red from green, and
 * the stylesheets drawing exactly these colours.
 */
class BandColourTest {

	private static final double AA_TEXT = 4.5;

	/** The least lightness contrast between neighbouring levels of the scale. */
	private static final double NEIGHBOURS_APART = 1.15;

	@ParameterizedTest
	@EnumSource(BandColour.class)
	void eachLevelsNameIsReadableOnItsColourAndOnWhite(BandColour colour) {
		assertThat(contrast(colour.text(), colour.fill())).as(colour + " name on its fill").isGreaterThan(AA_TEXT);
		assertThat(contrast(colour.ink(), "#ffffff")).as(colour + " name printed on white").isGreaterThan(AA_TEXT);
	}

	@Test
	void theRankedColoursRunFromDarkToLightAsTheLevelFalls() {
		List<BandColour> ranked = Arrays.stream(BandColour.values())
			.filter(BandColour::ranked)
			.sorted((a, b) -> Integer.compare(b.severity(), a.severity()))
			.toList();
		assertThat(ranked).hasSize(7);
		for (int i = 1; i < ranked.size(); i++) {
			BandColour above = ranked.get(i - 1);
			BandColour below = ranked.get(i);
			assertThat(luminance(below.fill())).as(below + " lighter than " + above)
				.isGreaterThan(luminance(above.fill()));
			assertThat(contrast(above.fill(), below.fill())).as(above + " apart from " + below)
				.isGreaterThanOrEqualTo(NEIGHBOURS_APART);
		}
	}

	@Test
	void eachColourCountsAsRedAmberOrGreen() {
		assertThat(BandColour.DARK_RED.red()).isTrue();
		assertThat(BandColour.RED.red()).isTrue();
		assertThat(BandColour.ORANGE.rag()).isEqualTo(BandColour.AMBER);
		assertThat(BandColour.YELLOW.rag()).isEqualTo(BandColour.AMBER);
		assertThat(BandColour.LIGHT_GREEN.rag()).isEqualTo(BandColour.GREEN);
		assertThat(BandColour.GREY.rag()).isEqualTo(BandColour.GREY);
		assertThat(BandColour.fromCode("dark red")).contains(BandColour.DARK_RED);
		assertThat(BandColour.fromCode("Light-green")).contains(BandColour.LIGHT_GREEN);
	}

	@ParameterizedTest
	@EnumSource(BandColour.class)
	void theStylesheetsDrawThePalette(BandColour colour) throws IOException {
		String page = Files.readString(Path.of("src/main/resources/static/css/beacon.css"));
		String report = Files.readString(Path.of("src/main/resources/static/css/cabinet-report.css"));
		assertThat(page).contains(".beacon-level--" + colour.code() + " { background-color: " + colour.fill()
				+ "; color: " + colour.text() + "; }");
		assertThat(report).contains(".report-status--" + colour.code() + " { color: " + colour.ink() + "; }");
	}

	private static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	/** WCAG 2's relative luminance of "#rrggbb". */
	private static double luminance(String hex) {
		String digits = hex.substring(1).toLowerCase(Locale.ROOT);
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16) / 255.0;
			channels[i] = (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

}
