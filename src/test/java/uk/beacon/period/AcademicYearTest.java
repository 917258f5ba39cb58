package uk.beacon.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AcademicYearTest {

	@Test
	void runsFromFirstSeptemberToThirtyFirstAugust() {
		AcademicYear year = new AcademicYear(2018);
		assertThat(year.start()).isEqualTo("2018-09-01");
		assertThat(year.end()).isEqualTo("2019-08-31");
	}

	@Test
	void isLabelledInWordsSoItIsNotTakenForAFinancialYear() {
		AcademicYear year = new AcademicYear(2018);
		assertThat(year.label()).isEqualTo("academic year 2018/19");
		assertThat(year.key()).isEqualTo("AY 2018/19");
		assertThat(year.kind()).isEqualTo(PeriodKind.ACADEMIC_YEAR);
		assertThat(new AcademicYear(1999).key()).isEqualTo("AY 1999/00");
	}

	@ParameterizedTest(name = "{0} is in the year starting {1}")
	@CsvSource({ "2019-01-10, 2018", "2019-02-10, 2018", "2019-03-10, 2018", "2019-04-10, 2018", "2019-05-10, 2018",
			"2019-06-10, 2018", "2019-07-10, 2018", "2019-08-10, 2018", "2019-09-10, 2019", "2019-10-10, 2019",
			"2019-11-10, 2019", "2019-12-10, 2019" })
	void containingFindsTheYearForEveryMonth(LocalDate date, int startYear) {
		assertThat(AcademicYear.containing(date)).isEqualTo(new AcademicYear(startYear));
	}

	@Test
	void thirtyFirstAugustAndFirstSeptemberFallInDifferentYears() {
		assertThat(AcademicYear.containing(LocalDate.of(2019, 8, 31))).isEqualTo(new AcademicYear(2018));
		assertThat(AcademicYear.containing(LocalDate.of(2019, 9, 1))).isEqualTo(new AcademicYear(2019));
		assertThat(new AcademicYear(2018).contains(LocalDate.of(2019, 8, 31))).isTrue();
		assertThat(new AcademicYear(2018).contains(LocalDate.of(2019, 9, 1))).isFalse();
	}

	@Test
	void previousAndSameTimeLastYearAreTheYearBefore() {
		assertThat(new AcademicYear(2018).previous()).isEqualTo(new AcademicYear(2017));
		assertThat(new AcademicYear(2000).sameTimeLastYear()).isEqualTo(new AcademicYear(1999));
	}

	@Test
	void rejectsImplausibleYears() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AcademicYear(1899));
		assertThatIllegalArgumentException().isThrownBy(() -> new AcademicYear(2201));
	}

}
