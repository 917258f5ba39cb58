package uk.beacon.period;

import java.time.LocalDate;

/**
 * The school academic year, 1 September to 31 August, as schools and the Department for
 * Education report it.
 *
 * @param startYear the calendar year in which it starts, 2018 for 2018/19
 */
public record AcademicYear(int startYear) implements Period {

	public AcademicYear {
		Years.requirePlausible(startYear, "academic year starting in");
	}

	public static AcademicYear containing(LocalDate date) {
		return new AcademicYear((date.getMonthValue() >= 9) ? date.getYear() : date.getYear() - 1);
	}

	@Override
	public PeriodKind kind() {
		return PeriodKind.ACADEMIC_YEAR;
	}

	@Override
	public LocalDate start() {
		return LocalDate.of(this.startYear, 9, 1);
	}

	@Override
	public LocalDate end() {
		return LocalDate.of(this.startYear + 1, 8, 31);
	}

	/**
	 * Spelled out because a bare "2018/19" is read as a financial year.
	 */
	@Override
	public String label() {
		return "academic year " + Years.span(this.startYear);
	}

	@Override
	public String key() {
		return "AY " + Years.span(this.startYear);
	}

	@Override
	public AcademicYear previous() {
		return new AcademicYear(this.startYear - 1);
	}

	@Override
	public AcademicYear sameTimeLastYear() {
		return previous();
	}

}
