package uk.beacon.indicator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.beacon.analytics.Forecast;
import uk.beacon.analytics.ForecastMethod;
import uk.beacon.analytics.Improvement;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.FinancialYear;
import uk.beacon.period.Month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class YearEndForecastsTest {

	private static List<YearEndForecasts.Figure> quarters(FinancialQuarter first, Double... values) {
		List<YearEndForecasts.Figure> figures = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				figures.add(new YearEndForecasts.Figure(first.plusQuarters(i), values[i]));
			}
		}
		return figures;
	}

	@Test
	void atTheFourthQuarterTheYearEndIsTheActualNeverATrendBesideIt() {
		// a trend through the three quarters before would give 72.01, "missing the target
		// of 75"
		Forecast forecast = YearEndForecasts.of(
				quarters(new FinancialQuarter(2025, 1), 70.0, 71.5, 71.0, 74.0, 73.0, 72.5, 72.2, 82.4), Unit.PERCENT,
				Accumulation.SNAPSHOT, 75.0, null, Improvement.UP);

		assertThat(forecast.method()).isEqualTo(ForecastMethod.YEAR_END_FIGURE);
		assertThat(forecast.projected()).isEqualTo(82.4);
		assertThat(forecast.onTrackAtYearEnd()).isTrue();
		assertThat(forecast.explanation())
			.isEqualTo("The year ends at 82.4% (the figure for the year's last period), meeting the target of 75%.");
	}

	@Test
	void aYearToDateTotalAtTheYearEndIsItsFigure() {
		Forecast forecast = YearEndForecasts.of(
				quarters(new FinancialQuarter(2019, 1), 872939.0, 1797304.0, 2638886.0, 3500100.0), Unit.NUMBER,
				Accumulation.CUMULATIVE_YTD, 4000000.0, null, Improvement.UP);

		assertThat(forecast.method()).isEqualTo(ForecastMethod.YEAR_END_FIGURE);
		assertThat(forecast.projected()).isEqualTo(3500100.0);
		assertThat(forecast.onTrackAtYearEnd()).isFalse();
	}

	@Test
	void aProfiledFigureAtTheYearEndIsItsFigureWhateverTheProfileSays() {
		Forecast forecast = YearEndForecasts.of(quarters(new FinancialQuarter(2019, 4), 95.0), Unit.PERCENT,
				Accumulation.CUMULATIVE_YTD, 97.0, 0.9, Improvement.UP);

		assertThat(forecast.projected()).isEqualTo(95.0);
		assertThat(forecast.explanation()).startsWith("The year ends at 95%");
	}

	@Test
	void aMonthlyFigureForMarchIsTheYearEnd() {
		List<YearEndForecasts.Figure> figures = new ArrayList<>();
		for (int month = 4; month <= 12; month++) {
			figures.add(new YearEndForecasts.Figure(Month.of(2024, month), 10.0 + month));
		}
		figures.add(new YearEndForecasts.Figure(Month.of(2025, 1), 30.0));
		figures.add(new YearEndForecasts.Figure(Month.of(2025, 2), 31.0));
		figures.add(new YearEndForecasts.Figure(Month.of(2025, 3), 9.0));

		Forecast forecast = YearEndForecasts.of(figures, Unit.DAYS, Accumulation.SNAPSHOT, 10.0, null,
				Improvement.DOWN);

		assertThat(forecast.projected()).isEqualTo(9.0);
		assertThat(forecast.explanation()).isEqualTo(
				"The year ends at 9 days (the figure for the year's last period), meeting the target of 10 days.");
	}

	@Test
	void aFigureForTheWholeFinancialYearIsTheYearEnd() {
		Forecast forecast = YearEndForecasts.of(List.of(new YearEndForecasts.Figure(new FinancialYear(2023), 64.0)),
				Unit.PERCENT, Accumulation.SNAPSHOT, 65.0, null, Improvement.UP);

		assertThat(forecast.explanation())
			.isEqualTo("The year ends at 64% (the figure for the year's last period), missing the target of 65%.");
	}

	@Test
	void aRisingPercentageIsHeldAtAHundredPercentNever136Point4() {
		Forecast forecast = YearEndForecasts.of(quarters(new FinancialQuarter(2024, 1), 60.0, 70.0, 80.0, 90.0, 100.0),
				Unit.PERCENT, Accumulation.SNAPSHOT, 95.0, null, Improvement.UP);

		assertThat(forecast.projected()).isEqualTo(100.0);
		assertThat(forecast.explanation()).isEqualTo("Forecast to be 100% at year end (straight-line trend of the "
				+ "last 5 values, extended 3 periods, held at 100%, as far as a figure in its unit can go), meeting "
				+ "the target of 95%.");
	}

	@Test
	void aFallingCountIsHeldAtNought() {
		Forecast forecast = YearEndForecasts.of(quarters(new FinancialQuarter(2024, 1), 40.0, 30.0, 20.0, 10.0, 5.0),
				Unit.NUMBER, Accumulation.SNAPSHOT, null, null, Improvement.DOWN);

		assertThat(forecast.projected()).isEqualTo(0.0);
		assertThat(forecast.explanation()).contains("held at 0, as far as a figure in its unit can go");
	}

	@Test
	void aNetFigureThatHasBeenNegativeMayBeForecastBelowNought() {
		Forecast forecast = YearEndForecasts.of(
				quarters(new FinancialQuarter(2024, 1), 40.0, 10.0, -20.0, -50.0, -80.0), Unit.NUMBER,
				Accumulation.SNAPSHOT, null, null, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(-170.0, within(1e-9));
	}

	@Test
	void aYearToDatePercentageIsFittedThroughThisYearsFiguresOnly() {
		// last year's rose from 10% to 40% through the year; this year restarted in April
		Forecast forecast = YearEndForecasts.of(
				quarters(new FinancialQuarter(2019, 1), 10.0, 20.0, 30.0, 40.0, 80.0, 82.0), Unit.PERCENT,
				Accumulation.CUMULATIVE_YTD, 85.0, null, Improvement.UP);

		assertThat(forecast.method()).isEqualTo(ForecastMethod.YEAR_TO_DATE_TREND);
		assertThat(forecast.projected()).isCloseTo(86.0, within(1e-9));
		assertThat(forecast.explanation()).isEqualTo("Forecast to be 86% at year end (straight-line trend of this "
				+ "year's 2 year-to-date figures, extended 2 periods), meeting the target of 85%.");
	}

	@Test
	void aYearToDatePercentageIsNeverScaledUpProRata() {
		// 90% of requests answered in time in the first quarter is not 360% by March
		Forecast forecast = YearEndForecasts.of(quarters(new FinancialQuarter(2020, 1), 90.0), Unit.PERCENT,
				Accumulation.CUMULATIVE_YTD, 85.0, null, Improvement.UP);

		assertThat(forecast.projected()).isNull();
		assertThat(forecast.explanation()).isEqualTo("Not enough data to forecast the year end: a year-to-date figure "
				+ "starts again each April, and a trend needs at least 2 of this year's figures; there is 1.");
	}

	@Test
	void aMissingQuarterThisYearKeepsItsPlace() {
		Forecast forecast = YearEndForecasts.of(quarters(new FinancialQuarter(2020, 1), 80.0, null, 84.0), Unit.PERCENT,
				Accumulation.CUMULATIVE_YTD, null, null, Improvement.UP);

		assertThat(forecast.projected()).isCloseTo(86.0, within(1e-9));
	}

	@Test
	void aYearToDateCountIsScaledUpFromThisYearsFigure() {
		Forecast forecast = YearEndForecasts.of(quarters(new FinancialQuarter(2019, 3), 2638886.0), Unit.NUMBER,
				Accumulation.CUMULATIVE_YTD, 4000000.0, null, Improvement.UP);

		assertThat(forecast.method()).isEqualTo(ForecastMethod.PRO_RATA_YEAR);
		assertThat(forecast.explanation()).isEqualTo("Forecast to reach 3,518,515 by year end (pro rata from the "
				+ "year to date), missing the target of 4,000,000.");
	}

	@Test
	void aSnapshotTrendSpansYearsAndWritesItsUnit() {
		Forecast forecast = YearEndForecasts.of(quarters(new FinancialQuarter(2023, 3), 12.0, 12.5, 13.0, 13.5),
				Unit.RATE_PER_100000, Accumulation.SNAPSHOT, 11.0, null, Improvement.DOWN);

		assertThat(forecast.explanation()).isEqualTo("Forecast to be 14.5 per 100,000 at year end (straight-line "
				+ "trend of the last 4 values, extended 2 periods), missing the target of 11 per 100,000.");
	}

	@Test
	void anAcademicYearIsNotForecast() {
		assertThat(
				YearEndForecasts.of(List.of(new YearEndForecasts.Figure(new uk.beacon.period.AcademicYear(2023), 50.0)),
						Unit.PERCENT, Accumulation.SNAPSHOT, 60.0, null, Improvement.UP))
			.isNull();
	}

}
