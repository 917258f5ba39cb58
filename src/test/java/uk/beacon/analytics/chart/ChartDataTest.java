package uk.beacon.analytics.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static uk.beacon.analytics.chart.ChartExamples.DAYS;
import static uk.beacon.analytics.chart.ChartExamples.PERCENT;
import static uk.beacon.analytics.chart.ChartExamples.QUARTERS;
import static uk.beacon.analytics.chart.ChartExamples.series;
import static uk.beacon.analytics.chart.ChartExamples.values;

class ChartDataTest {

	private static final List<String> THREE_QUARTERS = QUARTERS.subList(0, 3);

	@Test
	void refusesASeriesOfTheWrongLength() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> trend(series("Invoices paid", 82.0, 84.0), null, List.of()))
			.withMessage("The series \"Invoices paid\" has 2 values but there are 3 periods");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> trend(series("Invoices paid", 82.0, 84.0, 85.0), null, List.of(series("England", 80.0))))
			.withMessage("The series \"England\" has 1 values but there are 3 periods");
	}

	@Test
	void refusesAPeriodNamedTwice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TrendChartData("Invoices", List.of("Q1 2019/20", "Q1 2019/20"),
					series("Invoices paid", 82.0, 84.0), null, null, null, List.of(), PERCENT))
			.withMessage("The period \"Q1 2019/20\" appears more than once");
	}

	@Test
	void refusesAnAmberBandWithOneEdge() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TrendChartData("Invoices", THREE_QUARTERS, series("Invoices paid", 82.0, 84.0, 85.0),
					null, values(90.0, 90.0, 90.0), null, List.of(), PERCENT))
			.withMessage("The amber band needs both a lower and an upper edge, or neither");
	}

	@Test
	void refusesAValueThatIsNotANumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> series("Invoices paid", 82.0, Double.NaN))
			.withMessage("The values of Invoices paid must be numbers, not NaN");
	}

	@Test
	void needsAFormat() {
		assertThatNullPointerException().isThrownBy(() -> new TrendChartData("Invoices", THREE_QUARTERS,
				series("Invoices paid", 82.0, 84.0, 85.0), null, null, null, List.of(), null));
	}

	@Test
	void keepsItsOwnCopyOfTheValues() {
		List<Double> values = new ArrayList<>(Arrays.asList(82.0, null, 85.0));
		Series series = new Series("Invoices paid", values);
		values.set(1, 99.0);
		assertThat(series.values()).containsExactly(82.0, null, 85.0);
	}

	@Test
	void treatsMissingComparatorsAsNone() {
		assertThat(trend(series("Invoices paid", 82.0, 84.0, 85.0), null, null).comparators()).isEmpty();
	}

	@Test
	void refusesAMeanOutsideTheLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> control(11.0, null))
			.withMessage("The mean (11.0) must lie between the lower limit (7.8) and the upper limit (10.6)");
	}

	@Test
	void refusesABaselineLongerThanTheChart() {
		assertThatIllegalArgumentException().isThrownBy(() -> control(9.2, 4))
			.withMessage("The baseline must be between 1 and 3 points, not 4");
		assertThatIllegalArgumentException().isThrownBy(() -> control(9.2, 0));
	}

	@Test
	void readsEachPointOfAControlChart() {
		ControlChartData data = new ControlChartData("Sickness", THREE_QUARTERS, values(9.0, 11.0, 7.0), 9.2, 10.6, 7.8,
				Arrays.asList(false, true, null), Arrays.asList(true, false, null), null, null, DAYS);
		// a point is special cause only when it is marked so, whatever its direction
		assertThat(data.kindOf(0)).isEqualTo(PointKind.COMMON_CAUSE);
		assertThat(data.kindOf(1)).isEqualTo(PointKind.CONCERN);
		assertThat(data.kindOf(2)).isEqualTo(PointKind.COMMON_CAUSE);
	}

	@Test
	void refusesATableRowOfTheWrongLength() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Chart("<svg/>", "Sickness", "", List.of("Period", "Value"), List.of(List.of("Q1 2019/20"))))
			.withMessage("A table row has 1 cells but there are 2 column headings");
	}

	private static TrendChartData trend(Series actual, Series target, List<Series> comparators) {
		return new TrendChartData("Invoices paid within 30 days", THREE_QUARTERS, actual, target, null, null,
				comparators, PERCENT);
	}

	private static ControlChartData control(double mean, Integer baseline) {
		List<Boolean> none = Arrays.asList(new Boolean[3]);
		return new ControlChartData("Sickness", THREE_QUARTERS, values(9.0, 9.5, 8.8), mean, 10.6, 7.8, none, none,
				null, baseline, DAYS);
	}

}
