package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of the year-end forecasts. Figures are kept to council sizes (up to ten
 * million), where a double has precision to spare.
 */
class ForecastsPropertiesTest {

	@Property
	void aCumulativeProjectionScalesLinearlyWithTheYearToDateFigure(
			@ForAll @DoubleRange(min = -1e7, max = 1e7) double yearToDate,
			@ForAll @DoubleRange(min = 0.01, max = 100) double scale,
			@ForAll @DoubleRange(min = 0.01, max = 1) double share, @ForAll boolean profiled) {
		Double profile = profiled ? share : null;
		double once = Forecasts.cumulative(yearToDate, share, profile, null, Improvement.UP).projected();
		double scaled = Forecasts.cumulative(yearToDate * scale, share, profile, null, Improvement.UP).projected();

		assertThat(scaled).isCloseTo(once * scale, within(1e-9 * (1 + Math.abs(once * scale))));
	}

	@Property
	void aCumulativeProjectionIsNeverSmallerInSizeThanTheFigureSoFar(
			@ForAll @DoubleRange(min = -1e7, max = 1e7) double yearToDate,
			@ForAll @DoubleRange(min = 0.01, max = 1) double share) {
		double projected = Forecasts.cumulative(yearToDate, share, null, null, Improvement.UP).projected();

		assertThat(Math.abs(projected)).isGreaterThanOrEqualTo(Math.abs(yearToDate));
	}

	@Property
	void theLinearForecastOfAPerfectlyLinearSeriesIsExact(@ForAll @DoubleRange(min = -1e6, max = 1e6) double start,
			@ForAll @DoubleRange(min = -1e4, max = 1e4) double step, @ForAll @IntRange(min = 4, max = 24) int count,
			@ForAll @IntRange(min = 0, max = 12) int periodsToYearEnd) {
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			values.add(start + step * i);
		}
		double expected = start + step * (count - 1 + periodsToYearEnd);

		double projected = Forecasts.linear(values, periodsToYearEnd, null, Improvement.UP).projected();

		assertThat(projected).isCloseTo(expected, within(1e-6 * (1 + Math.abs(start) + Math.abs(step) * 36)));
	}

	@Property
	void swappingPolarityFlipsTheVerdictUnlessTheProjectionMeetsTheTargetExactly(
			@ForAll @DoubleRange(min = 0, max = 1e6) double yearToDate,
			@ForAll @DoubleRange(min = 0.05, max = 1) double share,
			@ForAll @DoubleRange(min = 1, max = 1e7) double target) {
		Forecast up = Forecasts.cumulative(yearToDate, share, null, target, Improvement.UP);
		Forecast down = Forecasts.cumulative(yearToDate, share, null, target, Improvement.DOWN);

		boolean meetsExactly = up.onTrackAtYearEnd() && down.onTrackAtYearEnd();
		assertThat(meetsExactly || up.onTrackAtYearEnd() != down.onTrackAtYearEnd()).isTrue();
	}

	@Property
	void theExplanationAlwaysStatesTheMethod(@ForAll @DoubleRange(min = 0, max = 1e6) double yearToDate,
			@ForAll @DoubleRange(min = 0, max = 1) double share, @ForAll boolean profiled) {
		Forecast forecast = Forecasts.cumulative(yearToDate, share, profiled ? share : null, 1000.0, Improvement.UP);

		assertThat(forecast.explanation())
			.contains(forecast.method().describe().replace("not enough data to", "Not enough data to"));
		assertThat(forecast.explanation()).endsWith(".");
	}

}
