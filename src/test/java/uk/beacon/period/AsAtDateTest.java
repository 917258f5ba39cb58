package uk.beacon.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AsAtDateTest {

	@Test
	void startsAndEndsOnItsDay() {
		AsAtDate asAt = new AsAtDate(LocalDate.of(2019, 9, 30));
		assertThat(asAt.start()).isEqualTo("2019-09-30");
		assertThat(asAt.end()).isEqualTo("2019-09-30");
		assertThat(asAt.contains(LocalDate.of(2019, 9, 30))).isTrue();
		assertThat(asAt.contains(LocalDate.of(2019, 9, 29))).isFalse();
		assertThat(asAt.contains(LocalDate.of(2019, 10, 1))).isFalse();
	}

	@Test
	void isLabelledAndKeyedDayMonthYearWithLeadingZeros() {
		AsAtDate asAt = new AsAtDate(LocalDate.of(2019, 9, 3));
		assertThat(asAt.label()).isEqualTo("03/09/2019");
		assertThat(asAt.key()).isEqualTo("03/09/2019");
		assertThat(asAt.kind()).isEqualTo(PeriodKind.AS_AT_DATE);
	}

	@ParameterizedTest(name = "before {0} comes {1}")
	@CsvSource({ "2019-09-30, 2019-06-30", "2019-06-30, 2019-03-31", "2019-03-31, 2018-12-31", "2019-12-31, 2019-09-30",
			"2019-05-31, 2019-02-28", "2020-05-31, 2020-02-29", "2020-02-29, 2019-11-30" })
	void previousOfAMonthEndIsTheMonthEndThreeMonthsBefore(LocalDate date, LocalDate expected) {
		assertThat(new AsAtDate(date).previous()).isEqualTo(new AsAtDate(expected));
	}

	@ParameterizedTest(name = "before {0} comes {1}")
	@CsvSource({ "2019-09-15, 2019-06-15", "2019-02-01, 2018-11-01", "2019-05-30, 2019-02-28", "2020-05-29, 2020-02-29",
			"2019-11-29, 2019-08-29" })
	void previousOfAnyOtherDayIsTheSameDayThreeMonthsBefore(LocalDate date, LocalDate expected) {
		assertThat(new AsAtDate(date).previous()).isEqualTo(new AsAtDate(expected));
	}

	@ParameterizedTest(name = "a year before {0} is {1}")
	@CsvSource({ "2020-02-29, 2019-02-28", "2021-02-28, 2020-02-29", "2019-09-30, 2018-09-30", "2020-02-28, 2019-02-28",
			"2019-03-31, 2018-03-31", "2019-09-15, 2018-09-15" })
	void sameTimeLastYearKeepsMonthEndsAtMonthEnds(LocalDate date, LocalDate expected) {
		assertThat(new AsAtDate(date).sameTimeLastYear()).isEqualTo(new AsAtDate(expected));
	}

	@Test
	void rejectsAMissingOrImplausibleDate() {
		assertThatNullPointerException().isThrownBy(() -> new AsAtDate(null));
		assertThatIllegalArgumentException().isThrownBy(() -> new AsAtDate(LocalDate.of(1899, 12, 31)));
		assertThatIllegalArgumentException().isThrownBy(() -> new AsAtDate(LocalDate.of(2201, 1, 1)));
	}

}
