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

	@Test
	void markupInAControlChartIsEscaped() {
		String attack = "<img src=x onerror=alert(1)>";
		List<String> labels = java.util.stream.IntStream.range(0, 3).mapToObj(i -> attack + i).toList();
		Chart chart = ControlChart.render(new ControlChartData(attack, labels, List.of(1.0, 2.0, 3.0), 2.0, 4.0, 0.0,
				List.of(false, false, false), java.util.Arrays.asList(null, null, null), null, null,
				v -> String.valueOf(v)));

		assertThat(chart.svg()).doesNotContain("<img").contains("&lt;img");
	}

}
