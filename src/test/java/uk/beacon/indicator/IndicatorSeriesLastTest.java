package uk.beacon.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.Fixtures.measurement;
import static uk.beacon.indicator.Fixtures.percent;
import static uk.beacon.indicator.Fixtures.value;

/**
 * The latest few figures of a series, as the owner's data request shows them: the last
 * points, the quarters missing between them kept as gaps, nothing before the first kept.
 */
class IndicatorSeriesLastTest {

	private static final Indicator INDICATOR = percent(Polarity.HIGHER_IS_BETTER);

	@Test
	void theLastFourFiguresKeepTheQuarterMissingBetweenThem() {
		IndicatorSeries series = series(measurement("Q1 2019/20", "Q1 2019/20", "60"),
				measurement("Q2 2019/20", "Q2 2019/20", "62"), measurement("Q3 2019/20", "Q3 2019/20", "64"),
				measurement("Q1 2020/21", "Q1 2020/21", "70"), measurement("Q2 2020/21", "Q2 2020/21", "72"));

		IndicatorSeries last = series.last(4);

		assertThat(last.pointLabels()).containsExactly("Q2 2019/20", "Q3 2019/20", "Q1 2020/21", "Q2 2020/21");
		assertThat(last.labels()).containsExactly("Q2 2019/20", "Q3 2019/20", "Q4 2019/20", "Q1 2020/21", "Q2 2020/21");
		assertThat(last.withGaps()).containsExactly(62.0, 64.0, null, 70.0, 72.0);
	}

	@Test
	void fewerFiguresThanAskedForAreAllKept() {
		IndicatorSeries series = series(measurement("Q1 2019/20", "Q1 2019/20", "60"),
				measurement("Q2 2019/20", "Q2 2019/20", "62"));

		assertThat(series.last(4)).isEqualTo(series);
		assertThat(series(List.of()).last(4).isEmpty()).isTrue();
	}

	private static IndicatorSeries series(Measurement... history) {
		return series(List.of(history));
	}

	private static IndicatorSeries series(List<Measurement> history) {
		return IndicatorSeries.of(PerformanceEvaluator.evaluateEach(Definitions.only(INDICATOR), history,
				List.of(value("70", "Q1 2019/20", null, Tolerance.none())), List.of(), List.of()), null);
	}

}
