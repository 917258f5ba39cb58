package uk.beacon.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodsParseTest {

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "Q2 2019/20", "Q2 2019-20", "Q2 2019/2020", "Q2 2019-2020", "Quarter 2 2019/20",
			"quarter 2 2019/20", "Qtr 2 2019/20", "FQ2 2019/20", "FQ 2 2019/20", "q2 2019/20", "2019/20 Q2",
			"2019-20 Q2", "2019/20 Quarter 2", "2019/20, Q2", "Q2 FY 2019/20", "Q2 FY2019/20", "FY 2019/20 Q2",
			"Q2 financial year 2019/20", "Q2 of 2019/20", "Q2, 2019/20", "Q2 - 2019/20", "Q2-2019/20",
			"  Q2   2019/20  ", "Q2 2019 / 20", "Q2 2019\u201320", "Q2\u00A02019/20", "Q2\t2019/20" })
	void acceptsCommonSpellingsOfAFinancialQuarter(String text) {
		assertThat(Periods.parse(text)).isEqualTo(new FinancialQuarter(2019, 2));
	}

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "2019/20", "2019-20", "2019/2020", "2019-2020", "2019 / 20", "2019\u201320", "FY 2019/20",
			"FY2019/20", "fy 2019/20", "FY 2019-20", "financial year 2019/20", "Financial Year 2019/20",
			"2019/20 financial year", "2019/20 (financial year)", "2019/20 FY" })
	void acceptsCommonSpellingsOfAFinancialYear(String text) {
		assertThat(Periods.parse(text)).isEqualTo(new FinancialYear(2019));
	}

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "AY 2018/19", "AY2018/19", "ay 2018-19", "AY 2018/2019", "academic year 2018/19",
			"Academic Year 2018/19", "academic year 2018-19", "academic 2018/19", "2018/19 academic year",
			"2018/19 (academic)", "2018/19 (Academic Year)", "2018/19 AY" })
	void acceptsCommonSpellingsOfAnAcademicYear(String text) {
		assertThat(Periods.parse(text)).isEqualTo(new AcademicYear(2018));
	}

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "2019", " 2019 ", "CY 2019", "CY2019", "cy 2019", "calendar year 2019",
			"Calendar Year 2019", "2019 calendar year", "2019 (calendar year)" })
	void acceptsCommonSpellingsOfACalendarYear(String text) {
		assertThat(Periods.parse(text)).isEqualTo(new CalendarYear(2019));
	}

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "Sep 2019", "Sept 2019", "September 2019", "sep-2019", "SEP 2019", "Sept. 2019",
			"September, 2019", "Sep2019", "09/2019", "9/2019", "09-2019", "2019-09", "2019-9" })
	void acceptsCommonSpellingsOfAMonth(String text) {
		assertThat(Periods.parse(text)).isEqualTo(Month.of(2019, 9));
	}

	@ParameterizedTest(name = "{1} and {2} are month {0}")
	@CsvSource({ "1, January, Jan", "2, February, Feb", "3, March, Mar", "4, April, Apr", "5, May, May", "6, June, Jun",
			"7, July, Jul", "8, August, Aug", "9, September, Sep", "10, October, Oct", "11, November, Nov",
			"12, December, Dec" })
	void acceptsEveryMonthInFullOrAbbreviated(int month, String fullName, String abbreviation) {
		assertThat(Periods.parse(fullName + " 2019")).isEqualTo(Month.of(2019, month));
		assertThat(Periods.parse(abbreviation + " 2019")).isEqualTo(Month.of(2019, month));
		assertThat(Periods.parse("1 " + fullName + " 2019")).isEqualTo(new AsAtDate(LocalDate.of(2019, month, 1)));
	}

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "30/09/2019", "30/9/2019", "30-09-2019", "30.09.2019", "2019-09-30", "as at 30/09/2019",
			"As at 30/09/2019", "AS AT 30/09/2019", "at 30/09/2019", "as of 30/09/2019", "30 September 2019",
			"30 Sep 2019", "30 Sept 2019", "30-Sep-2019", "30th September 2019", "30 September, 2019",
			"as at 30 September 2019", "As  At   2019-09-30" })
	void acceptsCommonSpellingsOfAnAsAtDate(String text) {
		assertThat(Periods.parse(text)).isEqualTo(new AsAtDate(LocalDate.of(2019, 9, 30)));
	}

	@Test
	void acceptsSingleDigitDaysAndMonths() {
		assertThat(Periods.parse("1/4/2019")).isEqualTo(new AsAtDate(LocalDate.of(2019, 4, 1)));
		assertThat(Periods.parse("2019-4-1")).isEqualTo(new AsAtDate(LocalDate.of(2019, 4, 1)));
	}

	@Test
	void readsABarePairOfYearsAsTheFinancialYear() {
		assertThat(Periods.parse("2018/19")).isEqualTo(new FinancialYear(2018));
	}

	@Test
	void readsAnAmbiguousHyphenatedPairAsTheFinancialYearRatherThanAnIsoMonth() {
		assertThat(Periods.parse("2009-10")).isEqualTo(new FinancialYear(2009));
		assertThat(Periods.parse("2011-12")).isEqualTo(new FinancialYear(2011));
		assertThat(Periods.parse("2019-10")).isEqualTo(Month.of(2019, 10));
	}

	@Test
	void readsYearsAcrossACentury() {
		assertThat(Periods.parse("1999/00")).isEqualTo(new FinancialYear(1999));
		assertThat(Periods.parse("1999/2000")).isEqualTo(new FinancialYear(1999));
		assertThat(Periods.parse("2099/00")).isEqualTo(new FinancialYear(2099));
		assertThat(Periods.parse("Q4 1999/00")).isEqualTo(new FinancialQuarter(1999, 4));
		assertThat(Periods.parse("AY 1999/00")).isEqualTo(new AcademicYear(1999));
	}

	@Test
	void acceptsTheFirstAndLastPlausibleYears() {
		assertThat(Periods.parse("1900/01")).isEqualTo(new FinancialYear(1900));
		assertThat(Periods.parse("2200/01")).isEqualTo(new FinancialYear(2200));
		assertThat(Periods.parse("1900")).isEqualTo(new CalendarYear(1900));
		assertThat(Periods.parse("31/12/2200")).isEqualTo(new AsAtDate(LocalDate.of(2200, 12, 31)));
		assertThat(Periods.parse("01/01/1900")).isEqualTo(new AsAtDate(LocalDate.of(1900, 1, 1)));
	}

	@Test
	void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
		assertThat(Periods.parse("29/02/2020")).isEqualTo(new AsAtDate(LocalDate.of(2020, 2, 29)));
		assertThat(Periods.parse("29/02/2000")).isEqualTo(new AsAtDate(LocalDate.of(2000, 2, 29)));
	}

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "Q2 2019/20", "FY 2019/20", "2019/20", "AY 2018/19", "academic year 2018/19", "CY 2019",
			"2019", "Sep 2019", "30/09/2019" })
	void readsBackEveryLabelAndKeyItPrints(String text) {
		Period period = Periods.parse(text);
		assertThat(Periods.parse(period.label())).isEqualTo(period);
		assertThat(Periods.parse(period.key())).isEqualTo(period);
	}

}
