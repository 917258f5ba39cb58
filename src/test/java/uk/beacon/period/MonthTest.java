package uk.beacon.period;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MonthTest {

	@Test
	void runsFromTheFirstToTheLastDayOfTheMonth() {
		assertThat(Month.of(2019, 9).start()).isEqualTo("2019-09-01");
		assertThat(Month.of(2019, 9).end()).isEqualTo("2019-09-30");
	}

	@Test
	void februaryEndsOnTheTwentyNinthInALeapYear() {
		assertThat(Month.of(2020, 2).end()).isEqualTo("2020-02-29");
		assertThat(Month.of(2019, 2).end()).isEqualTo("2019-02-28");
		assertThat(Month.of(1900, 2).end()).isEqualTo("1900-02-28");
		assertThat(Month.of(2000, 2).end()).isEqualTo("2000-02-29");
	}

	@ParameterizedTest(name = "month {0} is labelled {1}")
	@CsvSource({ "1, Jan 2019", "2, Feb 2019", "3, Mar 2019", "4, Apr 2019", "5, May 2019", "6, Jun 2019",
			"7, Jul 2019", "8, Aug 2019", "9, Sep 2019", "10, Oct 2019", "11, Nov 2019", "12, Dec 2019" })
	void isLabelledWithAThreeLetterEnglishAbbreviationWhateverTheLocale(int month, String label) {
		assertThat(Month.of(2019, month).label()).isEqualTo(label);
		assertThat(Month.of(2019, month).key()).isEqualTo(label);
	}

	@Test
	void wrapsAYearMonth() {
		Month month = new Month(YearMonth.of(2019, 9));
		assertThat(month.yearMonth()).isEqualTo(YearMonth.of(2019, 9));
		assertThat(month.kind()).isEqualTo(PeriodKind.MONTH);
		assertThat(month).isEqualTo(Month.of(2019, 9));
	}

	@Test
	void containingFindsTheMonthOfTheDate() {
		assertThat(Month.containing(LocalDate.of(2019, 9, 30))).isEqualTo(Month.of(2019, 9));
		assertThat(Month.containing(LocalDate.of(2019, 10, 1))).isEqualTo(Month.of(2019, 10));
	}

	@Test
	void previousOfJanuaryIsDecemberOfTheYearBefore() {
		assertThat(Month.of(2020, 1).previous()).isEqualTo(Month.of(2019, 12));
		assertThat(Month.of(2019, 9).previous()).isEqualTo(Month.of(2019, 8));
	}

	@Test
	void sameTimeLastYearIsTheSameMonthOfTheYearBefore() {
		assertThat(Month.of(2020, 2).sameTimeLastYear()).isEqualTo(Month.of(2019, 2));
	}

	@Test
	void rejectsAMissingOrImplausibleMonth() {
		assertThatNullPointerException().isThrownBy(() -> new Month(null));
		assertThatIllegalArgumentException().isThrownBy(() -> Month.of(1899, 12));
		assertThatIllegalArgumentException().isThrownBy(() -> Month.of(2201, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> Month.of(1900, 1).previous());
	}

}
