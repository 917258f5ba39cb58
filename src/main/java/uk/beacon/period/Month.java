package uk.beacon.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar month, written "Sep 2019".
 *
 * @param yearMonth the month
 */
public record Month(YearMonth yearMonth) implements Period {

	public Month {
		Objects.requireNonNull(yearMonth, "A month is needed.");
		Years.requirePlausible(yearMonth.getYear(), "year");
	}

	public static Month of(int year, int month) {
		return new Month(YearMonth.of(year, month));
	}

	public static Month containing(LocalDate date) {
		return new Month(YearMonth.from(date));
	}

	@Override
	public PeriodKind kind() {
		return PeriodKind.MONTH;
	}

	@Override
	public LocalDate start() {
		return this.yearMonth.atDay(1);
	}

	@Override
	public LocalDate end() {
		return this.yearMonth.atEndOfMonth();
	}

	@Override
	public String label() {
		return MonthNames.abbreviation(this.yearMonth.getMonthValue()) + " " + this.yearMonth.getYear();
	}

	@Override
	public String key() {
		return label();
	}

	@Override
	public Month previous() {
		return new Month(this.yearMonth.minusMonths(1));
	}

	@Override
	public Month sameTimeLastYear() {
		return new Month(this.yearMonth.minusYears(1));
	}

}
