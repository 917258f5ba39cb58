package uk.beacon.period;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A single day on which a snapshot is taken, such as a caseload or a waiting list "as at
 * 30/09/2019". Its start and end are both that day.
 *
 * @param date the day of the snapshot
 */
public record AsAtDate(LocalDate date) implements Period {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	public AsAtDate {
		Objects.requireNonNull(date, "A date is needed.");
		Years.requirePlausible(date.getYear(), "year");
	}

	@Override
	public PeriodKind kind() {
		return PeriodKind.AS_AT_DATE;
	}

	@Override
	public LocalDate start() {
		return this.date;
	}

	@Override
	public LocalDate end() {
		return this.date;
	}

	@Override
	public String label() {
		return this.date.format(DAY_MONTH_YEAR);
	}

	@Override
	public String key() {
		return label();
	}

	/**
	 * The snapshot three months earlier, because councils take snapshots at quarter ends.
	 * A month end maps to the month end three months before (30/06/2019 gives 31/03/2019,
	 * not 30/03/2019); any other day maps to the same day of the month, or the month's
	 * last day when it is shorter.
	 */
	@Override
	public AsAtDate previous() {
		return new AsAtDate(monthEndPreserving(this.date.minusMonths(3)));
	}

	/**
	 * The same day a year earlier. A month end maps to the month end (29/02/2020 gives
	 * 28/02/2019 and 28/02/2021 gives 29/02/2020), so quarter-end and year-end snapshots
	 * line up.
	 */
	@Override
	public AsAtDate sameTimeLastYear() {
		return new AsAtDate(monthEndPreserving(this.date.minusYears(1)));
	}

	private LocalDate monthEndPreserving(LocalDate shifted) {
		boolean monthEnd = this.date.getDayOfMonth() == this.date.lengthOfMonth();
		return monthEnd ? shifted.withDayOfMonth(shifted.lengthOfMonth()) : shifted;
	}

}
