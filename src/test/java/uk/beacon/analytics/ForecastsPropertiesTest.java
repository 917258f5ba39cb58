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

	/**
	 * Issue 15: a percentage's forecast never leaves 0 to 100 ("136.4 at year end" for a
	 * percentage), however steep its trend, and a figure held at a bound says so.
	 */
	@Property
	void aPercentagesForecastStaysWithinNoughtAndAHundred(@ForAll("percentages") List<Double> values,
			@ForAll @IntRange(min = 1, max = 11) int periodsToYearEnd,
			@ForAll @DoubleRange(min = 0, max = 100) double target, @ForAll boolean higherIsBetter) {
		Forecast forecast = Forecasts.linear(values, periodsToYearEnd, target,
				higherIsBetter ? Improvement.UP : Improvement.DOWN, Forecasts.MINIMUM_TREND_POINTS,
				new Forecasts.Scale(0.0, 100.0, (figure, places) -> UkFigures.format(figure, places) + "%"));

		assertThat(forecast.projected()).isBetween(0.0, 100.0);
		if (Forecasts.linear(values, periodsToYearEnd, target, Improvement.UP).projected() > 100) {
			assertThat(forecast.explanation()).contains("held at 100%");
		}
	}

	/**
	 * Issue 15: when the year's last period has its figure, the forecast is that figure,
	 * and its verdict is the figure's (never "72.01, missing the target of 75" beside an
	 * actual of 82.4).
	 */
	@Property
	void theYearEndIsTheYearsLastFigure(@ForAll @DoubleRange(min = 0, max = 100) double figure,
			@ForAll @DoubleRange(min = 0, max = 100) double target) {
		Forecast forecast = Forecasts.yearEnd(figure, target, Improvement.UP, Forecasts.Scale.NONE);

		assertThat(forecast.projected()).isEqualTo(figure);
		assertThat(forecast.method()).isEqualTo(ForecastMethod.YEAR_END_FIGURE);
		assertThat(forecast.onTrackAtYearEnd()).isEqualTo(UkFigures.shown(figure,
				Math.max(UkFigures.decimalsOf(figure), UkFigures.decimalsOf(target))) >= target);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<List<Double>> percentages() {
		return net.jqwik.api.Arbitraries.doubles()
			.between(0, 100)
			.ofScale(1)
			.map(Double::valueOf)
			.list()
			.ofMinSize(4)
			.ofMaxSize(8);
	}

}
