package uk.beacon.period;

import java.time.LocalDate;

/**
 * A calendar year, 1 January to 31 December, as used for population estimates and some
 * national returns.
 *
 * @param year the year
 */
public record CalendarYear(int year) implements Period {

	public CalendarYear {
		Years.requirePlausible(year, "calendar year");
	}

	public static CalendarYear containing(LocalDate date) {
		return new CalendarYear(date.getYear());
	}

	@Override
	public PeriodKind kind() {
		return PeriodKind.CALENDAR_YEAR;
	}

	@Override
	public LocalDate start() {
		return LocalDate.of(this.year, 1, 1);
	}

	@Override
	public LocalDate end() {
		return LocalDate.of(this.year, 12, 31);
	}

	@Override
	public String label() {
		return Integer.toString(this.year);
	}

	@Override
	public String key() {
		return "CY " + this.year;
	}

	@Override
	public CalendarYear previous() {
		return new CalendarYear(this.year - 1);
	}

	@Override
	public CalendarYear sameTimeLastYear() {
		return previous();
	}

}
