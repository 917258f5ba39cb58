package uk.beacon.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

class ForecastsCumulativeTest {

	@Test
	void lancashireLibraryVisitsAreForecastToMissTheirTarget() {
		// Lancashire, Q3 2019/20: "Cumulative 2,638,886" visits against 4,000,000
		Forecast forecast = Forecasts.cumulative(2638886, 0.75, null, 4000000.0, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(3518514.67, within(0.01));
		assertThat(forecast.method()).isEqualTo(ForecastMethod.PRO_RATA_YEAR);
		assertThat(forecast.target()).isEqualTo(4000000.0);
		assertThat(forecast.onTrackAtYearEnd()).isFalse();
		assertThat(forecast.explanation()).isEqualTo("Forecast to reach 3,518,515 by year end "
				+ "(pro rata from the year to date), missing the target of 4,000,000.");
	}

	@Test
	void lancashireLibraryEventsAreForecastToMissTheirTarget() {
		// 6,194 events by Q3 against 8,400
		assertThat(Forecasts.cumulative(6194, 0.75, null, 8400.0, Improvement.UP).explanation())
			.isEqualTo("Forecast to reach 8,259 by year end (pro rata from the year to date), "
					+ "missing the target of 8,400.");
	}

	@Test
	void aProfileExpectingMoreByNowGivesALowerProjection() {
		// most library visits happen in the summer, so 70% of the year's total is
		// expected by the end of December
		Forecast forecast = Forecasts.cumulative(2638886, 0.75, 0.70, 4000000.0, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(3769837.14, within(0.01));
		assertThat(forecast.method()).isEqualTo(ForecastMethod.PRO_RATA_PROFILE);
		assertThat(forecast.onTrackAtYearEnd()).isFalse();
		assertThat(forecast.explanation()).isEqualTo("Forecast to reach 3,769,837 by year end (pro rata from the "
				+ "year-to-date profile, which expects 70% of the year's total by now), missing the target of 4,000,000.");
	}

	@Test
	void aProfileExpectingLessByNowCanPutTheSameFigureOnTrack() {
		Forecast forecast = Forecasts.cumulative(2638886, 0.75, 0.65, 4000000.0, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(4059824.62, within(0.01));
		assertThat(forecast.onTrackAtYearEnd()).isTrue();
		assertThat(forecast.explanation())
			.endsWith("which expects 65% of the year's total by now), " + "meeting the target of 4,000,000.");
	}

	@Test
	void theProfileIsUsedInsteadOfTheShareOfTheYear() {
		assertThat(Forecasts.cumulative(500, 0.25, 0.5, null, Improvement.UP).projected()).isEqualTo(1000.0);
		assertThat(Forecasts.cumulative(500, 0.5, 0.25, null, Improvement.UP).projected()).isEqualTo(2000.0);
	}

	@Test
	void exactlyReachingTheTargetMeetsIt() {
		Forecast forecast = Forecasts.cumulative(3000000, 0.75, null, 4000000.0, Improvement.UP);

		assertThat(forecast.onTrackAtYearEnd()).isTrue();
		assertThat(forecast.explanation()).isEqualTo("Forecast to reach 4,000,000 by year end "
				+ "(pro rata from the year to date), meeting the target of 4,000,000.");
	}

	@Test
	void whereLowerIsBetterStayingUnderTheTargetMeetsIt() {
		// complaints so far this year, against an annual ceiling of 500
		assertThat(Forecasts.cumulative(240, 0.5, null, 500.0, Improvement.DOWN).onTrackAtYearEnd()).isTrue();
		assertThat(Forecasts.cumulative(250, 0.5, null, 500.0, Improvement.DOWN).onTrackAtYearEnd()).isTrue();
		Forecast over = Forecasts.cumulative(300, 0.5, null, 500.0, Improvement.DOWN);
		assertThat(over.onTrackAtYearEnd()).isFalse();
		assertThat(over.explanation()).isEqualTo(
				"Forecast to reach 600 by year end (pro rata from the year to date), missing the target of 500.");
	}

	@Test
	void aProjectionThatPrintsAsTheTargetMeetsIt() {
		// 99.99987 prints as 100; saying it misses 100 would contradict the sentence
		Forecast forecast = Forecasts.cumulative(75, 0.750001, null, 100.0, Improvement.UP);

		assertThat(forecast.projected()).isLessThan(100.0);
		assertThat(forecast.onTrackAtYearEnd()).isTrue();
		assertThat(forecast.explanation()).startsWith("Forecast to reach 100 by year end");
	}

	@Test
	void theProjectionIsPrintedWithTheDecimalsOfTheFiguresItCameFrom() {
		assertThat(Forecasts.cumulative(10.5, 0.75, null, null, Improvement.UP).explanation())
			.startsWith("Forecast to reach 14 by year end");
		assertThat(Forecasts.cumulative(10.55, 0.75, null, null, Improvement.UP).explanation())
			.startsWith("Forecast to reach 14.07 by year end");
		// a target of 3.2 asks for a decimal: 1 ÷ 0.3 is 3.3, which meets it
		Forecast forecast = Forecasts.cumulative(1, 0.3, null, 3.2, Improvement.UP);
		assertThat(forecast.onTrackAtYearEnd()).isTrue();
		assertThat(forecast.explanation()).startsWith("Forecast to reach 3.3 by year end");
	}

	@Test
	void withoutATargetThereIsNoVerdict() {
		Forecast forecast = Forecasts.cumulative(2638886, 0.75, null, null, Improvement.UP);

		assertThat(forecast.onTrackAtYearEnd()).isNull();
		assertThat(forecast.target()).isNull();
		assertThat(forecast.explanation()).isEqualTo("Forecast to reach 3,518,515 by year end "
				+ "(pro rata from the year to date), with no target to compare it with.");
	}

	@Test
	void whenNeitherDirectionIsBetterTheForecastIsPlacedButNotRated() {
		Forecast above = Forecasts.cumulative(900, 0.75, null, 1000.0, Improvement.NEITHER);
		assertThat(above.onTrackAtYearEnd()).isNull();
		assertThat(above.explanation())
			.isEqualTo("Forecast to reach 1,200 by year end (pro rata from the year to date), "
					+ "above the target of 1,000 (neither direction is better, so it is not rated).");
		assertThat(Forecasts.cumulative(600, 0.75, null, 1000.0, Improvement.NEITHER).explanation())
			.contains(", below the target of 1,000 (");
		assertThat(Forecasts.cumulative(750, 0.75, null, 1000.0, Improvement.NEITHER).explanation())
			.contains(", equal to the target of 1,000 (");
	}

	@Test
	void atTheEndOfTheYearTheProjectionIsTheFigureItself() {
		assertThat(Forecasts.cumulative(3629829, 1, null, 4000000.0, Improvement.UP).projected()).isEqualTo(3629829.0);
	}

	@Test
	void aNetFigureBelowZeroIsProjectedToo() {
		assertThat(Forecasts.cumulative(-30, 0.5, null, null, Improvement.UP).projected()).isEqualTo(-60.0);
	}

	@Test
	void beforeAnyOfTheYearHasPassedThereIsNothingToProjectFrom() {
		Forecast forecast = Forecasts.cumulative(0, 0, null, 4000000.0, Improvement.UP);

		assertThat(forecast.method()).isEqualTo(ForecastMethod.NOT_ENOUGH_DATA);
		assertThat(forecast.projected()).isNull();
		assertThat(forecast.onTrackAtYearEnd()).isNull();
		assertThat(forecast.target()).isEqualTo(4000000.0);
		assertThat(forecast.explanation())
			.isEqualTo("Not enough data to forecast the year end: none of the year has passed yet.");
	}

	@Test
	void aProfileExpectingNothingYetGivesNoProjection() {
		// a summer reading challenge expects nothing in the first quarter
		Forecast forecast = Forecasts.cumulative(12, 0.25, 0.0, 5000.0, Improvement.UP);

		assertThat(forecast.method()).isEqualTo(ForecastMethod.NOT_ENOUGH_DATA);
		assertThat(forecast.explanation()).isEqualTo(
				"Not enough data to forecast the year end: the profile expects none of the annual total by now.");
	}

	@ParameterizedTest
	@ValueSource(doubles = { -0.1, 1.01, Double.NaN, Double.POSITIVE_INFINITY })
	void refusesAShareOfTheYearOutsideZeroToOne(double share) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Forecasts.cumulative(100, share, null, null, Improvement.UP))
			.withMessageStartingWith("The share of the year elapsed must be");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Forecasts.cumulative(100, 0.5, share, null, Improvement.UP))
			.withMessageStartingWith("The profiled share of the annual total must be");
	}

	@Test
	void refusesFiguresThatAreNotNumbers() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Forecasts.cumulative(Double.NaN, 0.5, null, null, Improvement.UP))
			.withMessage("The year-to-date figure must be a number, not NaN");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Forecasts.cumulative(1, 0.5, null, Double.NEGATIVE_INFINITY, Improvement.UP))
			.withMessage("The target must be a number, not -Infinity");
		assertThatNullPointerException().isThrownBy(() -> Forecasts.cumulative(1, 0.5, null, null, null));
	}

	@Test
	void theMethodsDescribeThemselvesForTheReport() {
		assertThat(ForecastMethod.PRO_RATA_PROFILE.describe()).isEqualTo("pro rata from the year-to-date profile");
		assertThat(ForecastMethod.PRO_RATA_YEAR.describe()).isEqualTo("pro rata from the year to date");
		assertThat(ForecastMethod.LINEAR_TREND.describe()).isEqualTo("straight-line trend of recent values");
		assertThat(ForecastMethod.NOT_ENOUGH_DATA.describe()).isEqualTo("not enough data to forecast");
	}

}
