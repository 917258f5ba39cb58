package uk.beacon.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CalendarYearTest {

	@Test
	void runsFromFirstJanuaryToThirtyFirstDecember() {
		CalendarYear year = new CalendarYear(2019);
		assertThat(year.start()).isEqualTo("2019-01-01");
		assertThat(year.end()).isEqualTo("2019-12-31");
	}

	@Test
	void isLabelledAsTheBareYearAndKeyedWithCy() {
		CalendarYear year = new CalendarYear(2019);
		assertThat(year.label()).isEqualTo("2019");
		assertThat(year.key()).isEqualTo("CY 2019");
		assertThat(year.kind()).isEqualTo(PeriodKind.CALENDAR_YEAR);
	}

	@Test
	void containingFindsTheYearAtBothEnds() {
		assertThat(CalendarYear.containing(LocalDate.of(2019, 12, 31))).isEqualTo(new CalendarYear(2019));
		assertThat(CalendarYear.containing(LocalDate.of(2020, 1, 1))).isEqualTo(new CalendarYear(2020));
	}

	@Test
	void previousAndSameTimeLastYearAreTheYearBefore() {
		assertThat(new CalendarYear(2000).previous()).isEqualTo(new CalendarYear(1999));
		assertThat(new CalendarYear(2019).sameTimeLastYear()).isEqualTo(new CalendarYear(2018));
	}

	@Test
	void rejectsImplausibleYears() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarYear(1899))
			.withMessage("The calendar year 1899 is outside the years Beacon accepts, 1900 to 2200.");
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarYear(2201));
		assertThat(new CalendarYear(1900).label()).isEqualTo("1900");
		assertThat(new CalendarYear(2200).label()).isEqualTo("2200");
	}

}
