package uk.beacon.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodOrderingTest {

	@Test
	void ordersByEndThenStartThenKind() {
		List<Period> periods = new ArrayList<>(List.of(new AsAtDate(LocalDate.of(2020, 3, 31)), Month.of(2020, 3),
				new FinancialQuarter(2019, 4), new FinancialYear(2019), new CalendarYear(2019),
				new FinancialQuarter(2019, 3), new AcademicYear(2018), Month.of(2019, 8)));
		Collections.shuffle(periods);
		Collections.sort(periods);
		assertThat(periods).extracting(Period::key)
			.containsExactly("AY 2018/19", "Aug 2019", "CY 2019", "Q3 2019/20", "FY 2019/20", "Q4 2019/20", "Mar 2020",
					"31/03/2020");
	}

	@Test
	void aLongerPeriodSortsBeforeAShorterOneEndingTheSameDay() {
		Period year = new CalendarYear(2019);
		Period quarter = new FinancialQuarter(2019, 3);
		Period month = Month.of(2019, 12);
		Period day = new AsAtDate(LocalDate.of(2019, 12, 31));
		assertThat(year).isLessThan(quarter);
		assertThat(quarter).isLessThan(month);
		assertThat(month).isLessThan(day);
	}

	@Test
	void equalPeriodsCompareAsEqual() {
		assertThat(new FinancialQuarter(2019, 2)).isEqualByComparingTo(new FinancialQuarter(2019, 2));
		assertThat(new FinancialQuarter(2019, 2).compareTo(new FinancialQuarter(2019, 3))).isNegative();
		assertThat(new FinancialQuarter(2019, 3).compareTo(new FinancialQuarter(2019, 2))).isPositive();
	}

	@Test
	void periodsOfDifferentKindsAreNeverEqual() {
		assertThat(new FinancialYear(2019)).isNotEqualTo(new AcademicYear(2019));
		assertThat(new FinancialYear(2019).compareTo(new FinancialYear(2019).quarters().get(3))).isNegative();
	}

}
