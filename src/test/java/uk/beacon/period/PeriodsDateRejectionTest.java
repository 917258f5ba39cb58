package uk.beacon.period;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PeriodsDateRejectionTest {

	@Test
	void rejectsThirtyFirstOfSeptember() {
		rejecting("31/09/2019").withMessage("“31/09/2019” is not a real date: September 2019 has 30 days.");
	}

	@Test
	void rejectsTwentyNinthOfFebruaryOutsideALeapYear() {
		rejecting("29/02/2019")
			.withMessage("“29/02/2019” is not a real date: February 2019 has 28 days, as 2019 is not a leap year.");
		rejecting("29/02/1900").withMessageContaining("1900 is not a leap year");
	}

	@Test
	void rejectsDayZero() {
		rejecting("00/01/2019")
			.withMessage("“00/01/2019” is not a real date: there is no day 0; days of the month start at 1.");
	}

	@Test
	void rejectsMonthThirteen() {
		rejecting("30/13/2019").withMessage(
				"“30/13/2019” is not a real date: there is no month 13; months run from 1 (January) to 12 (December).");
	}

	@Test
	void rejectsMonthFirstOrderWithAHintToWriteDayFirst() {
		rejecting("09/30/2019").withMessage("“09/30/2019” is not a real date: there is no month 30; months run from 1"
				+ " (January) to 12 (December). It looks like month-first (US) order; write dates as day/month/year,"
				+ " for example 30/09/2019.");
	}

	@Test
	void givesNoMonthFirstHintWhenSwappingWouldNotHelp() {
		rejecting("30/13/2019").withMessageNotContaining("US");
		rejecting("02/31/2019").withMessageNotContaining("US");
	}

	@Test
	void rejectsImpossibleIsoDates() {
		rejecting("2019-09-31").withMessage("“2019-09-31” is not a real date: September 2019 has 30 days.");
		rejecting("2019-13-01").withMessageContaining("there is no month 13").withMessageNotContaining("US");
	}

	@Test
	void rejectsImpossibleDatesWrittenInWords() {
		rejecting("31 September 2019")
			.withMessage("“31 September 2019” is not a real date: September 2019 has 30 days.");
	}

	@Test
	void rejectsATwoDigitYearInADate() {
		rejecting("30/09/19").withMessage(
				"“30/09/19” has a two-digit year, which is ambiguous: write the year in full, for example 30/09/2019.");
		rejecting("31/12/99").withMessageEndingWith("for example 31/12/1999.");
	}

	@Test
	void rejectsATwoDigitYearInAMonth() {
		rejecting("Sep 19").withMessage(
				"“Sep 19” has a two-digit year, which is ambiguous: write the year in full, for example Sep 2019.");
		rejecting("Sep-19").withMessageEndingWith("for example Sep 2019.");
		rejecting("09/19").withMessageEndingWith("for example Sep 2019.");
	}

	@Test
	void rejectsMonthNumbersOutsideOneToTwelve() {
		rejecting("13/2019").withMessage(
				"“13/2019” is not a month: there is no month 13; months run from 1 (January) to 12 (December).");
		rejecting("00/2019").withMessageContaining("there is no month 0");
	}

	@Test
	void rejectsAsAtWithoutADate() {
		rejecting("as at Sep 2019").withMessage("“as at Sep 2019” does not give a date after “as at”: write it as"
				+ " day/month/year, for example as at 30/09/2019.");
		rejecting("at 2019/20").withMessageContaining("after “at”");
	}

	private static ThrowableAssertAlternative<PeriodParseException> rejecting(String text) {
		return assertThatExceptionOfType(PeriodParseException.class).isThrownBy(() -> Periods.parse(text));
	}

}
