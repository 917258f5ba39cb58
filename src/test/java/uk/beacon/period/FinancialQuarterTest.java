package uk.beacon.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FinancialQuarterTest {

	@Test
	void quarterOneRunsAprilToJune() {
		assertDates(new FinancialQuarter(2019, 1), "2019-04-01", "2019-06-30");
	}

	@Test
	void quarterTwoRunsJulyToSeptember() {
		assertDates(new FinancialQuarter(2019, 2), "2019-07-01", "2019-09-30");
	}

	@Test
	void quarterThreeRunsOctoberToDecember() {
		assertDates(new FinancialQuarter(2019, 3), "2019-10-01", "2019-12-31");
	}

	@Test
	void quarterFourRunsJanuaryToMarchOfTheFollowingYear() {
		assertDates(new FinancialQuarter(2019, 4), "2020-01-01", "2020-03-31");
	}

	@Test
	void isLabelledWithQuarterAndFinancialYear() {
		FinancialQuarter quarter = new FinancialQuarter(2019, 2);
		assertThat(quarter.label()).isEqualTo("Q2 2019/20");
		assertThat(quarter.key()).isEqualTo("Q2 2019/20");
		assertThat(quarter.kind()).isEqualTo(PeriodKind.FINANCIAL_QUARTER);
	}

	@Test
	void printsTheSecondYearAsTwoDigitsAcrossACentury() {
		assertThat(new FinancialQuarter(1999, 4).label()).isEqualTo("Q4 1999/00");
		assertThat(new FinancialQuarter(2099, 1).label()).isEqualTo("Q1 2099/00");
	}

	@ParameterizedTest(name = "{0} is in {1}")
	@CsvSource({ "2019-01-15, Q4 2018/19", "2019-02-15, Q4 2018/19", "2019-03-15, Q4 2018/19", "2019-04-15, Q1 2019/20",
			"2019-05-15, Q1 2019/20", "2019-06-15, Q1 2019/20", "2019-07-15, Q2 2019/20", "2019-08-15, Q2 2019/20",
			"2019-09-15, Q2 2019/20", "2019-10-15, Q3 2019/20", "2019-11-15, Q3 2019/20", "2019-12-15, Q3 2019/20" })
	void containingFindsTheQuarterForEveryMonth(LocalDate date, String expected) {
		assertThat(FinancialQuarter.containing(date).label()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is in {1}")
	@CsvSource({ "2019-03-31, Q4 2018/19", "2019-04-01, Q1 2019/20", "2019-06-30, Q1 2019/20", "2019-07-01, Q2 2019/20",
			"2019-09-30, Q2 2019/20", "2019-10-01, Q3 2019/20", "2019-12-31, Q3 2019/20", "2020-01-01, Q4 2019/20" })
	void containingRespectsQuarterBoundaries(LocalDate date, String expected) {
		assertThat(FinancialQuarter.containing(date).label()).isEqualTo(expected);
	}

	@Test
	void previousOfQuarterOneIsQuarterFourOfTheYearBefore() {
		assertThat(new FinancialQuarter(2019, 1).previous()).isEqualTo(new FinancialQuarter(2018, 4));
	}

	@Test
	void previousWithinAYearIsTheQuarterBefore() {
		assertThat(new FinancialQuarter(2019, 3).previous()).isEqualTo(new FinancialQuarter(2019, 2));
	}

	@Test
	void sameTimeLastYearIsTheSameQuarterOfTheYearBefore() {
		assertThat(new FinancialQuarter(2019, 4).sameTimeLastYear()).isEqualTo(new FinancialQuarter(2018, 4));
		assertThat(new FinancialQuarter(2000, 1).sameTimeLastYear()).isEqualTo(new FinancialQuarter(1999, 1));
	}

	@Test
	void plusQuartersCrossesFinancialYearsBothWays() {
		FinancialQuarter q3 = new FinancialQuarter(2019, 3);
		assertThat(q3.plusQuarters(0)).isEqualTo(q3);
		assertThat(q3.plusQuarters(1)).isEqualTo(new FinancialQuarter(2019, 4));
		assertThat(q3.plusQuarters(2)).isEqualTo(new FinancialQuarter(2020, 1));
		assertThat(q3.plusQuarters(9)).isEqualTo(new FinancialQuarter(2021, 4));
		assertThat(q3.plusQuarters(-3)).isEqualTo(new FinancialQuarter(2018, 4));
		assertThat(q3.plusQuarters(-10)).isEqualTo(new FinancialQuarter(2017, 1));
	}

	@Test
	void plusQuartersRefusesToLeaveThePlausibleYears() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialQuarter(1900, 1).previous())
			.withMessageContaining("1899")
			.withMessageContaining("1900 to 2200");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FinancialQuarter(2019, 1).plusQuarters(Integer.MAX_VALUE))
			.withMessageContaining("1900 to 2200");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FinancialQuarter(2019, 1).plusQuarters(Integer.MIN_VALUE))
			.withMessageContaining("1900 to 2200");
	}

	@Test
	void belongsToItsFinancialYear() {
		assertThat(new FinancialQuarter(2019, 4).financialYear()).isEqualTo(new FinancialYear(2019));
	}

	@Test
	void monthsElapsedInYearCountsCompletedMonthsAtQuarterEnd() {
		assertThat(new FinancialQuarter(2019, 1).monthsElapsedInYear()).isEqualTo(3);
		assertThat(new FinancialQuarter(2019, 2).monthsElapsedInYear()).isEqualTo(6);
		assertThat(new FinancialQuarter(2019, 3).monthsElapsedInYear()).isEqualTo(9);
		assertThat(new FinancialQuarter(2019, 4).monthsElapsedInYear()).isEqualTo(12);
	}

	@Test
	void rejectsQuartersOutsideOneToFour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialQuarter(2019, 0))
			.withMessage("A financial year has quarters 1 to 4, not 0.");
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialQuarter(2019, 5))
			.withMessage("A financial year has quarters 1 to 4, not 5.");
	}

	@Test
	void rejectsImplausibleYears() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialQuarter(1899, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialQuarter(2201, 1));
		assertThat(new FinancialQuarter(1900, 1).start()).isEqualTo("1900-04-01");
		assertThat(new FinancialQuarter(2200, 4).end()).isEqualTo("2201-03-31");
	}

	@Test
	void containsOnlyItsOwnDays() {
		FinancialQuarter quarter = new FinancialQuarter(2019, 2);
		assertThat(quarter.contains(LocalDate.of(2019, 6, 30))).isFalse();
		assertThat(quarter.contains(LocalDate.of(2019, 7, 1))).isTrue();
		assertThat(quarter.contains(LocalDate.of(2019, 9, 30))).isTrue();
		assertThat(quarter.contains(LocalDate.of(2019, 10, 1))).isFalse();
	}

	private static void assertDates(Period period, String start, String end) {
		assertThat(period.start()).isEqualTo(start);
		assertThat(period.end()).isEqualTo(end);
	}

}
