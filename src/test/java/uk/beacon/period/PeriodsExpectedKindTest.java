package uk.beacon.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class PeriodsExpectedKindTest {

	@ParameterizedTest(name = "“{1}” as {0}")
	@CsvSource({ "FINANCIAL_QUARTER, Q2 2019/20", "FINANCIAL_YEAR, 2019/20", "FINANCIAL_YEAR, FY 2019/20",
			"MONTH, Sep 2019", "ACADEMIC_YEAR, academic year 2018/19", "ACADEMIC_YEAR, AY 2018/19",
			"CALENDAR_YEAR, 2019", "CALENDAR_YEAR, CY 2019", "AS_AT_DATE, 30/09/2019" })
	void acceptsAPeriodOfTheExpectedKind(PeriodKind kind, String text) {
		assertThat(Periods.parse(text, kind).kind()).isEqualTo(kind);
	}

	@Test
	void rejectsAPeriodOfAnotherKindSayingWhatIsNeeded() {
		assertThatExceptionOfType(PeriodParseException.class)
			.isThrownBy(() -> Periods.parse("2019/20", PeriodKind.FINANCIAL_QUARTER))
			.withMessage(
					"“2019/20” is a financial year, but a financial quarter is needed here, for example Q2 2019/20.");
		assertThatExceptionOfType(PeriodParseException.class)
			.isThrownBy(() -> Periods.parse("Sep 2019", PeriodKind.AS_AT_DATE))
			.withMessage("“Sep 2019” is a month, but a date is needed here, for example 30/09/2019 (day/month/year).");
		assertThatExceptionOfType(PeriodParseException.class)
			.isThrownBy(() -> Periods.parse("Q2 2019/20", PeriodKind.ACADEMIC_YEAR))
			.withMessage("“Q2 2019/20” is a financial quarter, but an academic year is needed here, for example"
					+ " academic year 2018/19.");
	}

	@Test
	void readsABarePairOfYearsAsAnAcademicYearWhenOneIsExpected() {
		assertThat(Periods.parse("2018/19", PeriodKind.ACADEMIC_YEAR)).isEqualTo(new AcademicYear(2018));
		assertThat(Periods.parse("2018/19", PeriodKind.FINANCIAL_YEAR)).isEqualTo(new FinancialYear(2018));
		assertThat(Periods.parse("2018/19")).isEqualTo(new FinancialYear(2018));
	}

	@Test
	void stillRejectsAnExplicitFinancialYearWhenAnAcademicYearIsExpected() {
		assertThatExceptionOfType(PeriodParseException.class)
			.isThrownBy(() -> Periods.parse("FY 2018/19", PeriodKind.ACADEMIC_YEAR))
			.withMessageStartingWith("“FY 2018/19” is a financial year, but an academic year is needed here");
	}

	@Test
	void readsAnAmbiguousHyphenatedPairAsAMonthWhenOneIsExpected() {
		assertThat(Periods.parse("2009-10", PeriodKind.MONTH)).isEqualTo(Month.of(2009, 10));
		assertThat(Periods.parse("2009-10", PeriodKind.FINANCIAL_YEAR)).isEqualTo(new FinancialYear(2009));
	}

	@Test
	void suggestsAnExampleOfTheExpectedKindForTwoDigitYears() {
		assertThatExceptionOfType(PeriodParseException.class)
			.isThrownBy(() -> Periods.parse("18/19", PeriodKind.ACADEMIC_YEAR))
			.withMessageEndingWith("for example academic year 2018/19.");
	}

	@Test
	void asksForAPeriodOfTheExpectedKindWhenBlank() {
		assertThatExceptionOfType(PeriodParseException.class).isThrownBy(() -> Periods.parse(" ", PeriodKind.MONTH))
			.withMessage("A month is needed, for example Sep 2019.");
		assertThatExceptionOfType(PeriodParseException.class)
			.isThrownBy(() -> Periods.parse(null, PeriodKind.ACADEMIC_YEAR))
			.withMessage("An academic year is needed, for example academic year 2018/19.");
		assertThatExceptionOfType(PeriodParseException.class).isThrownBy(() -> Periods.parse("", PeriodKind.AS_AT_DATE))
			.withMessage("A date is needed, for example 30/09/2019 (day/month/year).");
	}

	@Test
	void showsOnlyTheExpectedFormWhenTheInputIsNotAPeriod() {
		assertThatExceptionOfType(PeriodParseException.class)
			.isThrownBy(() -> Periods.parse("banana", PeriodKind.FINANCIAL_YEAR))
			.withMessage("“banana” is not a financial year Beacon recognises: write it like 2019/20.");
	}

	@Test
	void givesTheSpecificReasonBeforeComplainingAboutTheKind() {
		assertThatExceptionOfType(PeriodParseException.class)
			.isThrownBy(() -> Periods.parse("31/09/2019", PeriodKind.MONTH))
			.withMessage("“31/09/2019” is not a real date: September 2019 has 30 days.");
	}

	@Test
	void needsAnExpectedKind() {
		assertThatNullPointerException().isThrownBy(() -> Periods.parse("2019/20", null));
	}

	@ParameterizedTest
	@EnumSource(PeriodKind.class)
	void containingGivesAPeriodOfTheRequestedKindAroundTheDate(PeriodKind kind) {
		LocalDate date = LocalDate.of(2019, 9, 30);
		Period period = Periods.containing(date, kind);
		assertThat(period.kind()).isEqualTo(kind);
		assertThat(period.contains(date)).isTrue();
	}

	@Test
	void containingFindsThePeriodsAroundThirtyFirstMarch() {
		LocalDate date = LocalDate.of(2020, 3, 31);
		assertThat(Periods.containing(date, PeriodKind.FINANCIAL_QUARTER)).isEqualTo(new FinancialQuarter(2019, 4));
		assertThat(Periods.containing(date, PeriodKind.FINANCIAL_YEAR)).isEqualTo(new FinancialYear(2019));
		assertThat(Periods.containing(date, PeriodKind.MONTH)).isEqualTo(Month.of(2020, 3));
		assertThat(Periods.containing(date, PeriodKind.ACADEMIC_YEAR)).isEqualTo(new AcademicYear(2019));
		assertThat(Periods.containing(date, PeriodKind.CALENDAR_YEAR)).isEqualTo(new CalendarYear(2020));
		assertThat(Periods.containing(date, PeriodKind.AS_AT_DATE)).isEqualTo(new AsAtDate(date));
	}

}
