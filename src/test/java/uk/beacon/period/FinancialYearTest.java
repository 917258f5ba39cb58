package uk.beacon.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FinancialYearTest {

	@Test
	void runsFromFirstAprilToThirtyFirstMarch() {
		FinancialYear year = new FinancialYear(2019);
		assertThat(year.start()).isEqualTo("2019-04-01");
		assertThat(year.end()).isEqualTo("2020-03-31");
	}

	@Test
	void isLabelledWithBothYearsAndKeyedWithFy() {
		FinancialYear year = new FinancialYear(2019);
		assertThat(year.label()).isEqualTo("2019/20");
		assertThat(year.key()).isEqualTo("FY 2019/20");
		assertThat(year.kind()).isEqualTo(PeriodKind.FINANCIAL_YEAR);
	}

	@Test
	void printsTheSecondYearAsTwoDigitsAcrossACentury() {
		assertThat(new FinancialYear(1999).label()).isEqualTo("1999/00");
		assertThat(new FinancialYear(2099).label()).isEqualTo("2099/00");
		assertThat(new FinancialYear(2000).label()).isEqualTo("2000/01");
		assertThat(new FinancialYear(2009).label()).isEqualTo("2009/10");
	}

	@ParameterizedTest(name = "{0} is in {1}")
	@CsvSource({ "2019-01-01, 2018", "2019-02-28, 2018", "2019-03-31, 2018", "2019-04-01, 2019", "2019-05-31, 2019",
			"2019-06-30, 2019", "2019-07-31, 2019", "2019-08-31, 2019", "2019-09-30, 2019", "2019-10-31, 2019",
			"2019-11-30, 2019", "2019-12-31, 2019" })
	void containingFindsTheYearForEveryMonth(LocalDate date, int startYear) {
		assertThat(FinancialYear.containing(date)).isEqualTo(new FinancialYear(startYear));
	}

	@Test
	void thirtyFirstMarchAndFirstAprilFallInDifferentYears() {
		assertThat(FinancialYear.containing(LocalDate.of(2020, 3, 31)).label()).isEqualTo("2019/20");
		assertThat(FinancialYear.containing(LocalDate.of(2020, 4, 1)).label()).isEqualTo("2020/21");
	}

	@Test
	void hasFourQuartersInOrder() {
		assertThat(new FinancialYear(2019).quarters()).extracting(Period::label)
			.containsExactly("Q1 2019/20", "Q2 2019/20", "Q3 2019/20", "Q4 2019/20");
	}

	@Test
	void quartersExactlyCoverTheYear() {
		FinancialYear year = new FinancialYear(2019);
		assertThat(year.quarters().get(0).start()).isEqualTo(year.start());
		assertThat(year.quarters().get(3).end()).isEqualTo(year.end());
	}

	@Test
	void previousAndSameTimeLastYearAreTheYearBefore() {
		assertThat(new FinancialYear(2019).previous()).isEqualTo(new FinancialYear(2018));
		assertThat(new FinancialYear(2000).sameTimeLastYear()).isEqualTo(new FinancialYear(1999));
	}

	@Test
	void rejectsImplausibleYears() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialYear(1899))
			.withMessage("The financial year starting in 1899 is outside the years Beacon accepts, 1900 to 2200.");
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialYear(2201));
		assertThatIllegalArgumentException().isThrownBy(() -> new FinancialYear(1900).previous());
	}

}
