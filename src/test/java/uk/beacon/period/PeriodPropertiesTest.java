package uk.beacon.period;

import java.time.LocalDate;
import java.time.YearMonth;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodPropertiesTest {

	@Property
	void parsingTheKeyGivesBackThePeriod(@ForAll("periods") Period period) {
		assertThat(Periods.parse(period.key())).isEqualTo(period);
	}

	@Property
	void parsingTheLabelGivesBackThePeriod(@ForAll("periods") Period period) {
		assertThat(Periods.parse(period.label())).isEqualTo(period);
	}

	@Property
	void parsingTheLabelAsItsOwnKindGivesBackThePeriod(@ForAll("periods") Period period) {
		assertThat(Periods.parse(period.label(), period.kind())).isEqualTo(period);
	}

	@Property
	void parsingIgnoresCaseAndSurroundingSpace(@ForAll("periods") Period period) {
		assertThat(Periods.parse("  " + period.key().toUpperCase() + " ")).isEqualTo(period);
		assertThat(Periods.parse(period.label().toLowerCase())).isEqualTo(period);
	}

	@Property
	void aPeriodStartsNoLaterThanItEnds(@ForAll("periods") Period period) {
		assertThat(period.start()).isBeforeOrEqualTo(period.end());
		assertThat(period.contains(period.start())).isTrue();
		assertThat(period.contains(period.end())).isTrue();
		assertThat(period.contains(period.start().minusDays(1))).isFalse();
		assertThat(period.contains(period.end().plusDays(1))).isFalse();
	}

	@Property
	void theQuarterContainingADateContainsIt(@ForAll("dates") LocalDate date) {
		assertThat(FinancialQuarter.containing(date).contains(date)).isTrue();
		assertThat(FinancialQuarter.containing(date).financialYear()).isEqualTo(FinancialYear.containing(date));
	}

	@Property
	void everyKindHasAPeriodContainingAnyDate(@ForAll("dates") LocalDate date, @ForAll PeriodKind kind) {
		assertThat(Periods.containing(date, kind).contains(date)).isTrue();
	}

	@Property
	void thePreviousPeriodEndsBeforeThisOneStarts(@ForAll("periods") Period period) {
		Period previous = period.previous();
		assertThat(previous.end()).isBefore(period.start());
		assertThat(previous.kind()).isEqualTo(period.kind());
	}

	@Property
	void periodsOtherThanSnapshotsFollowOnWithoutAGap(@ForAll("periods") Period period) {
		Assume.that(period.kind() != PeriodKind.AS_AT_DATE);
		assertThat(period.previous().end().plusDays(1)).isEqualTo(period.start());
	}

	@Property
	void sameTimeLastYearIsOneYearEarlier(@ForAll("periods") Period period) {
		Period lastYear = period.sameTimeLastYear();
		assertThat(lastYear.kind()).isEqualTo(period.kind());
		assertThat(lastYear.end()).isBefore(period.start().plusDays(1));
		assertThat(YearMonth.from(lastYear.end())).isEqualTo(YearMonth.from(period.end()).minusYears(1));
		if (period.kind() != PeriodKind.AS_AT_DATE) {
			// spans start on the first of a month; an as-at month end stays a month end
			// (29 Feb -> 28 Feb)
			assertThat(lastYear.start()).isEqualTo(period.start().minusYears(1));
		}
	}

	@Property
	void addingThenSubtractingQuartersChangesNothing(@ForAll("quarters") FinancialQuarter quarter,
			@ForAll @IntRange(min = -200, max = 200) int n) {
		Assume.that(Years.isPlausible(quarter.startYear() + Math.floorDiv(quarter.quarter() - 1 + n, 4)));
		assertThat(quarter.plusQuarters(n).plusQuarters(-n)).isEqualTo(quarter);
	}

	@Property
	void addingQuartersMovesThreeMonthsAtATime(@ForAll("quarters") FinancialQuarter quarter,
			@ForAll @IntRange(min = -40, max = 40) int n) {
		Assume.that(Years.isPlausible(quarter.startYear() + Math.floorDiv(quarter.quarter() - 1 + n, 4)));
		assertThat(quarter.plusQuarters(n).start()).isEqualTo(quarter.start().plusMonths(3L * n));
	}

	@Property
	void orderingAgreesWithEquality(@ForAll("periods") Period a, @ForAll("periods") Period b) {
		assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
		assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
	}

	@Property
	void aPeriodSortsAfterItsPredecessor(@ForAll("periods") Period period) {
		assertThat(period.previous()).isLessThan(period);
	}

	/**
	 * Kept a year inside Beacon's range so that previous() and sameTimeLastYear() stay in
	 * it too.
	 */
	@Provide
	Arbitrary<Period> periods() {
		Arbitrary<Integer> years = Arbitraries.integers().between(Years.EARLIEST + 1, Years.LATEST);
		return Arbitraries.oneOf(quarters().map(Period.class::cast), years.map(FinancialYear::new),
				years.map(AcademicYear::new), years.map(CalendarYear::new),
				Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(Month::of),
				dates().map(AsAtDate::new));
	}

	@Provide
	Arbitrary<FinancialQuarter> quarters() {
		return Combinators
			.combine(Arbitraries.integers().between(Years.EARLIEST + 1, Years.LATEST),
					Arbitraries.integers().between(1, 4))
			.as(FinancialQuarter::new);
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.longs()
			.between(LocalDate.of(Years.EARLIEST + 1, 4, 1).toEpochDay(),
					LocalDate.of(Years.LATEST, 12, 31).toEpochDay())
			.map(LocalDate::ofEpochDay);
	}

}
