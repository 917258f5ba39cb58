package uk.beacon.analytics.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chart SVG goes into pages unescaped, so everything from imported data must be escaped
 * in it.
 */
class ChartEscapingTest {

	@Test
	void markupInTitlesLabelsAndSeriesNamesIsEscaped() {
		String attack = "<script>alert('x')</script>";
		Chart chart = TrendChart
			.render(new TrendChartData(attack, List.of("Q1 2019/20", attack), new Series(attack, List.of(1.0, 2.0)),
					null, null, null, List.of(new Series(attack, List.of(1.5, 1.5))), v -> String.valueOf(v)));

		assertThat(chart.svg()).doesNotContain("<script").contains("&lt;script&gt;");
	}

}
