package uk.beacon.analytics;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

class ForecastsLinearTest {

	/** Lancashire, jobs created by Boost, Q1 to Q3 2019/20. */
	private static final List<Double> BOOST_JOBS = List.of(19.94, 117.0, 164.44);

	@Test
	void threeQuartersOfBoostJobsAreNotEnoughForATrend() {
		Forecast forecast = Forecasts.linear(BOOST_JOBS, 1, 1000.0, Improvement.UP);

		assertThat(forecast.method()).isEqualTo(ForecastMethod.NOT_ENOUGH_DATA);
		assertThat(forecast.projected()).isNull();
		assertThat(forecast.onTrackAtYearEnd()).isNull();
		assertThat(forecast.target()).isEqualTo(1000.0);
		assertThat(forecast.explanation())
			.isEqualTo("Not enough data to forecast the year end: a trend needs at least 4 values and there are 3.");
	}

	@Test
	void boostJobsFollowTheirTrendWhenThreeValuesAreAllowed() {
		// the line through 19.94, 117 and 164.44 rises 72.25 a quarter
		Forecast forecast = Forecasts.linear(BOOST_JOBS, 1, null, Improvement.UP, 3);

		assertThat(forecast.method()).isEqualTo(ForecastMethod.LINEAR_TREND);
		assertThat(forecast.projected()).isCloseTo(244.96, within(1e-9));
		assertThat(forecast.onTrackAtYearEnd()).isNull();
		assertThat(forecast.explanation()).isEqualTo("Forecast to be 244.96 at year end (straight-line trend "
				+ "of the last 3 values, extended 1 period), with no target to compare it with.");
	}

	@Test
	void aRisingTrendMeetsATargetWhereHigherIsBetter() {
		Forecast forecast = Forecasts.linear(List.of(10.0, 20.0, 30.0, 40.0), 2, 55.0, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(60.0, within(1e-9));
		assertThat(forecast.onTrackAtYearEnd()).isTrue();
		assertThat(forecast.explanation()).isEqualTo("Forecast to be 60 at year end (straight-line trend "
				+ "of the last 4 values, extended 2 periods), meeting the target of 55.");
	}

	@Test
	void aRisingTrendMissesATargetWhereLowerIsBetter() {
		Forecast forecast = Forecasts.linear(List.of(10.0, 20.0, 30.0, 40.0), 2, 55.0, Improvement.DOWN);

		assertThat(forecast.onTrackAtYearEnd()).isFalse();
		assertThat(forecast.explanation()).endsWith("missing the target of 55.");
	}

	@Test
	void aNoisySeriesFollowsItsLeastSquaresLine() {
		// slope 0.8 through the mean (1.5, 2.5): at period 4 the line is at 4.5
		Forecast forecast = Forecasts.linear(List.of(1.0, 3.0, 2.0, 4.0), 1, null, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(4.5, within(1e-9));
	}

	@Test
	void aFallingTrendCanGoBelowZero() {
		assertThat(Forecasts.linear(List.of(3.0, 2.0, 1.0, 0.0), 2, null, Improvement.DOWN).projected()).isCloseTo(-2.0,
				within(1e-9));
	}

	@Test
	void aFlatSeriesStaysFlat() {
		assertThat(Forecasts.linear(List.of(5.0, 5.0, 5.0, 5.0), 3, null, Improvement.UP).projected()).isCloseTo(5.0,
				within(1e-12));
	}

	@Test
	void atTheYearEndItselfTheForecastIsTheTrendAtTheLatestPeriod() {
		Forecast forecast = Forecasts.linear(List.of(1.0, 3.0, 2.0, 4.0), 0, null, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(3.7, within(1e-9));
		assertThat(forecast.explanation()).contains("(straight-line trend of the last 4 values)");
	}

	@Test
	void aMissingPeriodKeepsItsPlaceInTheLine() {
		Forecast forecast = Forecasts.linear(Arrays.asList(10.0, null, 30.0, 40.0, 50.0), 1, null, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(60.0, within(1e-9));
		assertThat(forecast.explanation())
			.contains("(straight-line trend of 4 values over the last 5 periods, " + "extended 1 period)");
	}

	@Test
	void aMissingLatestPeriodStillCountsTowardsTheYearEnd() {
		Forecast forecast = Forecasts.linear(Arrays.asList(10.0, 20.0, 30.0, 40.0, null), 1, null, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(60.0, within(1e-9));
		assertThat(forecast.explanation()).contains("4 values over the last 5 periods");
	}

	@Test
	void periodsBeforeTheFirstValueAreNotCounted() {
		Forecast forecast = Forecasts.linear(Arrays.asList(null, null, 10.0, 20.0, 30.0, 40.0), 1, null,
				Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(50.0, within(1e-9));
		assertThat(forecast.explanation()).contains("the last 4 values");
	}

	@Test
	void missingValuesDoNotCountTowardsTheMinimum() {
		Forecast forecast = Forecasts.linear(Arrays.asList(10.0, null, 30.0, 40.0), 1, 50.0, Improvement.UP);

		assertThat(forecast.method()).isEqualTo(ForecastMethod.NOT_ENOUGH_DATA);
		assertThat(forecast.explanation()).endsWith("a trend needs at least 4 values and there are 3.");
	}

	@Test
	void noValuesOrOneValueIsNotEnough() {
		assertThat(Forecasts.linear(List.of(), 1, null, Improvement.UP).explanation())
			.endsWith("a trend needs at least 4 values and there are 0.");
		assertThat(Forecasts.linear(List.of(7.0), 1, null, Improvement.UP, 2).explanation())
			.endsWith("a trend needs at least 2 values and there is 1.");
	}

	@Test
	void twoValuesAreEnoughWhenTheCallerSaysSo() {
		assertThat(Forecasts.linear(List.of(7.0, 9.0), 1, null, Improvement.UP, 2).projected()).isCloseTo(11.0,
				within(1e-9));
	}

	@Test
	void theProjectionIsComparedAsPrinted() {
		// 4.5 from whole numbers prints as 5, which meets a target of 5
		Forecast forecast = Forecasts.linear(List.of(1.0, 3.0, 2.0, 4.0), 1, 5.0, Improvement.UP);

		assertThat(forecast.onTrackAtYearEnd()).isTrue();
		assertThat(forecast.explanation()).startsWith("Forecast to be 5 at year end");
		// a target with a decimal asks for one in the projection too
		Forecast finer = Forecasts.linear(List.of(1.0, 3.0, 2.0, 4.0), 1, 4.6, Improvement.UP);
		assertThat(finer.onTrackAtYearEnd()).isFalse();
		assertThat(finer.explanation())
			.isEqualTo("Forecast to be 4.5 at year end (straight-line trend of the last 4 values, extended 1 period), "
					+ "missing the target of 4.6.");
	}

	@Test
	void whenNeitherDirectionIsBetterTheTrendIsPlacedButNotRated() {
		Forecast forecast = Forecasts.linear(List.of(10.0, 20.0, 30.0, 40.0), 1, 45.0, Improvement.NEITHER);

		assertThat(forecast.onTrackAtYearEnd()).isNull();
		assertThat(forecast.explanation())
			.endsWith(", above the target of 45 (neither direction is better, " + "so it is not rated).");
	}

	@Test
	void largeFiguresKeepTheirPrecision() {
		Forecast forecast = Forecasts.linear(List.of(1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4), 1, null, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(1e9 + 5, within(1e-6));
	}

	@Test
	void refusesImpossibleArguments() {
		List<Double> values = List.of(1.0, 2.0, 3.0, 4.0);
		assertThatIllegalArgumentException().isThrownBy(() -> Forecasts.linear(values, -1, null, Improvement.UP))
			.withMessage("The periods to the year end cannot be negative: -1");
		assertThatIllegalArgumentException().isThrownBy(() -> Forecasts.linear(values, 1, null, Improvement.UP, 1))
			.withMessage("A trend needs at least 2 values, not 1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Forecasts.linear(List.of(1.0, Double.NaN, 3.0, 4.0), 1, null, Improvement.UP))
			.withMessage("The value at position 2 must be a number, not NaN");
		assertThatIllegalArgumentException().isThrownBy(() -> Forecasts.linear(values, 1, Double.NaN, Improvement.UP))
			.withMessage("The target must be a number, not NaN");
		assertThatNullPointerException().isThrownBy(() -> Forecasts.linear(null, 1, null, Improvement.UP));
		assertThatNullPointerException().isThrownBy(() -> Forecasts.linear(values, 1, null, null));
	}

	/**
	 * Issue 15: "Forecast to be 136.4 at year end" for a percentage. A rising percentage
	 * is held at 100%, and the figure and the target are written with their unit.
	 */
	@Test
	void aPercentageIsHeldAtAHundredAndWrittenWithItsUnit() {
		Forecasts.Scale percent = new Forecasts.Scale(0.0, 100.0,
				(figure, places) -> UkFigures.format(figure, places) + "%");

		Forecast steep = Forecasts.linear(List.of(70.0, 80.0, 90.0, 98.0), 2, 95.0, Improvement.UP,
				Forecasts.MINIMUM_TREND_POINTS, percent);
		assertThat(steep.projected()).isEqualTo(100.0);
		assertThat(steep.explanation()).isEqualTo("Forecast to be 100% at year end (straight-line trend of the last 4 "
				+ "values, extended 2 periods, held at 100%, as far as a figure in its unit can go), meeting the "
				+ "target of 95%.");

		Forecast gentle = Forecasts.linear(List.of(60.0, 61.0, 62.0, 63.0), 1, 65.0, Improvement.UP,
				Forecasts.MINIMUM_TREND_POINTS, percent);
		assertThat(gentle.explanation()).isEqualTo("Forecast to be 64% at year end (straight-line trend of the last 4 "
				+ "values, extended 1 period), missing the target of 65%.");
	}

}
