package uk.beacon.period;

import java.time.LocalDate;

/**
 * A reporting period as councils use it: a span of whole days with a label officers
 * recognise and a key that is safe to store.
 * <p>
 * All periods are values: two periods are equal when they are of the same kind and cover
 * the same days. Periods, and the arithmetic on them, are confined to years 1900 to 2200;
 * stepping outside that range throws {@link IllegalArgumentException}.
 */
public sealed interface Period extends Comparable<Period>
		permits FinancialQuarter, FinancialYear, Month, AcademicYear, CalendarYear, AsAtDate {

	PeriodKind kind();

	/**
	 * The first day of the period, inclusive.
	 */
	LocalDate start();

	/**
	 * The last day of the period, inclusive.
	 */
	LocalDate end();

	/**
	 * The period as councils print it, for example "Q2 2019/20" or "Sep 2019".
	 * {@link Periods#parse(String)} reads every label back to an equal period.
	 */
	String label();

	/**
	 * The canonical form for storage. It never changes for a given period, and
	 * {@link Periods#parse(String)} reads it back to an equal period.
	 */
	String key();

	/**
	 * The period of the same kind immediately before this one.
	 */
	Period previous();

	/**
	 * The period of the same kind one year earlier, for year-on-year comparison.
	 */
	Period sameTimeLastYear();

	/**
	 * Whether the day falls within the period, both ends included.
	 */
	default boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	/**
	 * Orders by last day, then first day, then kind, so a run of periods reads in the
	 * order their figures became final, and a year sorts before the quarter that ends it.
	 */
	@Override
	default int compareTo(Period other) {
		int byEnd = end().compareTo(other.end());
		if (byEnd != 0) {
			return byEnd;
		}
		int byStart = start().compareTo(other.start());
		return (byStart != 0) ? byStart : kind().compareTo(other.kind());
	}

}
