package uk.beacon.analytics.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** WCAG 1.4.11: lines and markers need 3:1 contrast with the white background. */
class ChartStyleTest {

	@Test
	void linesAndMarkersStandOutFromTheBackground() {
		List<Color> graphical = new ArrayList<>(List.of(ChartStyle.ACTUAL, ChartStyle.TARGET, ChartStyle.COMMON_CAUSE,
				ChartStyle.IMPROVEMENT, ChartStyle.SPECIAL_CAUSE, ChartStyle.TEXT, ChartStyle.SECONDARY_TEXT));
		graphical.addAll(ChartStyle.COMPARATORS);
		assertThat(graphical).allSatisfy((colour) -> assertThat(contrastWithWhite(colour)).isGreaterThanOrEqualTo(3));
	}

	@Test
	void concernMarkersHaveAnEdgeThatStandsOut() {
		assertThat(contrastWithWhite(ChartStyle.CONCERN)).isLessThan(3);
		assertThat(contrastWithWhite(PointKind.CONCERN.outline())).isGreaterThanOrEqualTo(3);
	}

	@Test
	void textMeetsTheContrastForNormalText() {
		assertThat(contrastWithWhite(ChartStyle.TEXT)).isGreaterThanOrEqualTo(4.5);
		assertThat(contrastWithWhite(ChartStyle.SECONDARY_TEXT)).isGreaterThanOrEqualTo(4.5);
	}

	@Test
	void everyKindOfPointHasItsOwnShape() {
		assertThat(List.of(PointKind.values()).stream().map((kind) -> kind.shape().getBounds2D()).distinct())
			.hasSize(PointKind.values().length);
	}

	private static double contrastWithWhite(Color colour) {
		return 1.05 / (luminance(colour) + 0.05);
	}

	private static double luminance(Color colour) {
		return 0.2126 * channel(colour.getRed()) + 0.7152 * channel(colour.getGreen())
				+ 0.0722 * channel(colour.getBlue());
	}

	private static double channel(int value) {
		double srgb = value / 255.0;
		return (srgb <= 0.04045) ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
	}

}
