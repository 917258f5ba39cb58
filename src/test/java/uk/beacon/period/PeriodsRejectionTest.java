package uk.beacon.period;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PeriodsRejectionTest {

	@Test
	void rejectsTwoDigitYearsInAFinancialYearOrQuarter() {
		rejecting("19/20").withMessage(
				"“19/20” has a two-digit year, which is ambiguous: write the year in full, for example 2019/20.");
		rejecting("FY 19/20").withMessageEndingWith("for example 2019/20.");
		rejecting("Q2 19/20").withMessageEndingWith("for example Q2 2019/20.");
		rejecting("AY 18/19").withMessageEndingWith("for example academic year 2018/19.");
		rejecting("19").withMessageEndingWith("for example 2019.");
	}

	@Test
	void rejectsYearsThatDoNotFollowOn() {
		rejecting("2019/21").withMessage("“2019/21” is not a valid pair of years: the second year must follow the"
				+ " first, for example 2019/20.");
		rejecting("2019/2021").withMessageContaining("the second year must follow the first");
		rejecting("AY 2018/20").withMessageEndingWith("for example academic year 2018/19.");
	}

	@Test
	void rejectsTheReversedYearsPrintedInALancashireReport() {
		rejecting("Q1 2019-18").withMessage("“Q1 2019-18” is not a valid pair of years: the second year must follow"
				+ " the first, for example Q1 2019/20 (or Q1 2018/19 if that is the year meant).");
		rejecting("2019/2018").withMessageContaining("(or 2018/19 if that is the year meant)");
	}

	@Test
	void rejectsAPairOfYearsThatLooksLikeAMonthWithAHint() {
		rejecting("2019/09").withMessage("“2019/09” is not a valid pair of years: the second year must follow the"
				+ " first, for example 2019/20. If you meant a month, write it like Sep 2019.");
	}

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "Q5 2019/20", "Q0 2019/20", "Quarter 5 2019/20", "2019/20 Q7", "Q5", "Q123 2019/20" })
	void rejectsQuartersOutsideOneToFour(String text) {
		rejecting(text).withMessageContaining("has no quarter").withMessageEndingWith("quarters Q1 to Q4.");
	}

	@Test
	void namesTheQuarterThatDoesNotExist() {
		rejecting("Q5 2019/20").withMessage("“Q5 2019/20” has no quarter 5: a financial year has quarters Q1 to Q4.");
	}

	@Test
	void rejectsAQuarterWithoutAYear() {
		rejecting("Q3").withMessage("“Q3” does not say which year: add the financial year, for example Q3 2019/20.");
		rejecting("quarter 1").withMessageEndingWith("for example Q1 2019/20.");
	}

	@Test
	void rejectsAQuarterOfACalendarYear() {
		rejecting("Q2 2019").withMessage("“Q2 2019” does not say which financial year: Beacon counts quarters from"
				+ " April (Q1 is April to June), so write the financial year in full, for example Q2 2019/20 for July"
				+ " to September 2019.");
		rejecting("2019 Q4").withMessageEndingWith("Q4 2019/20 for January to March 2020.");
	}

	@Test
	void rejectsAFinancialOrAcademicYearGivenAsOneYear() {
		rejecting("FY 2019").withMessage(
				"“FY 2019” does not say which financial year is meant: write both years, for example 2019/20 or 2018/19.");
		rejecting("academic year 2019").withMessageEndingWith("academic year 2019/20 or academic year 2018/19.");
		rejecting("FY 1900").withMessageEndingWith("for example 1900/01.");
	}

	@ParameterizedTest(name = "“{0}”")
	@NullSource
	@ValueSource(strings = { "", " ", "\t", "\u00A0" })
	void rejectsAMissingPeriod(String text) {
		rejecting(text).withMessage("A period is needed, for example Q2 2019/20, 2019/20, Sep 2019 or 30/09/2019.");
	}

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "banana", "next quarter", "Q2 2019/20 onwards", "201", "20190", "Sepember 2019",
			"30/09/2019 to 31/12/2019", "2019/20/21" })
	void rejectsAnythingElseListingTheAcceptedForms(String text) {
		rejecting(text).withMessage("“" + text + "” is not a period Beacon recognises. Write a financial quarter as"
				+ " Q2 2019/20, a financial year as 2019/20, a month as Sep 2019, an academic year as academic year"
				+ " 2018/19, a calendar year as 2019 or a date as 30/09/2019 (day/month/year).");
	}

	@ParameterizedTest(name = "“{0}”")
	@ValueSource(strings = { "1850", "Q2 1850/51", "2201/02", "Sep 1899", "31/12/2201", "30/09/0019", "CY 9999" })
	void rejectsImplausibleYears(String text) {
		rejecting(text).withMessageContaining("outside the years Beacon accepts (1900 to 2200)")
			.withMessageEndingWith("check it for a typo.");
	}

	@Test
	void namesTheImplausibleYear() {
		rejecting("Q2 1850/51").withMessage("“Q2 1850/51” has the year 1850, which is outside the years Beacon"
				+ " accepts (1900 to 2200): check it for a typo.");
	}

	@Test
	void rejectsYearsThatAreNotFourDigits() {
		rejecting("30/09/201").withMessage(
				"“30/09/201” does not have a four-digit year: write the year in full, for example 30/09/2019.");
		rejecting("Q2 20190/20").withMessageEndingWith("for example Q2 2019/20.");
	}

	@Test
	void quotesTheInputAsTypedWithTidiedSpacing() {
		rejecting("  Q5   2019/20 ").withMessageStartingWith("“Q5 2019/20” ");
	}

	@Test
	void shortensALongInputInTheMessage() {
		String pasted = "The figures for the quarter were reported to cabinet in the autumn after a long delay";
		rejecting(pasted).withMessageStartingWith("“" + pasted.substring(0, 60) + "…”");
	}

	@Test
	void rejectsPastedTextWithoutTryingToReadIt() {
		String pasted = "2019/20 ".repeat(2000);
		rejecting(pasted).withMessageContaining("is not a period Beacon recognises");
	}

	private static ThrowableAssertAlternative<PeriodParseException> rejecting(String text) {
		return assertThatExceptionOfType(PeriodParseException.class).isThrownBy(() -> Periods.parse(text));
	}

}
