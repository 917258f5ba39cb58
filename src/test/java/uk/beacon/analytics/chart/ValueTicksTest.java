package uk.beacon.analytics.chart;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.analytics.chart.ChartExamples.PERCENT;
import static uk.beacon.analytics.chart.ChartExamples.QUARTERS;
import static uk.beacon.analytics.chart.ChartExamples.series;

class ValueTicksTest {

	private static final DoubleFunction<String> WHOLE_PERCENT = (value) -> Math.round(value) + "%";

	private static final DoubleFunction<String> MILLIONS = (value) -> String.format(Locale.UK, "£%.1fm",
			value / 1_000_000);

	@Test
	void findsHowFinelyAFormatWrites() {
		assertThat(ValueTicks.resolution(PERCENT)).isEqualTo(0.01);
		assertThat(ValueTicks.resolution(WHOLE_PERCENT)).isEqualTo(1);
		assertThat(ValueTicks.resolution(MILLIONS)).isEqualTo(100_000);
	}

	@Test
	void neverStepsMoreFinelyThanTheFormatWrites() {
		assertThat(new ValueTicks(WHOLE_PERCENT).getCeilingTickUnit(0.3).getSize()).isEqualTo(1);
		assertThat(new ValueTicks(WHOLE_PERCENT).getCeilingTickUnit(2.1).getSize()).isEqualTo(5);
		assertThat(new ValueTicks(PERCENT).getCeilingTickUnit(0.3).getSize()).isEqualTo(0.5);
		assertThat(new ValueTicks(MILLIONS).getCeilingTickUnit(30_000).getSize()).isEqualTo(100_000);
	}

	@Test
	void labelsEveryTickDifferentlyWhenTheFormatRounds() {
		Chart chart = TrendChart.render(new TrendChartData("Invoices paid within 30 days", QUARTERS.subList(0, 3),
				series("Invoices paid", 84.0, 85.0, 84.6), null, null, null, List.of(), WHOLE_PERCENT));
		List<String> ticks = Svg.of(chart).texts().stream().filter((text) -> text.endsWith("%")).toList();
		assertThat(ticks).hasSizeGreaterThan(1).doesNotHaveDuplicates();
	}

}
