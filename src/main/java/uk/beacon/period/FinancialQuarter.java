package uk.beacon.period;

import java.time.LocalDate;

/**
 * A quarter of the UK public-sector financial year, which starts on 1 April: Q1 is April
 * to June, Q2 July to September, Q3 October to December and Q4 January to March of the
 * following calendar year.
 *
 * @param startYear the calendar year in which the financial year starts, 2019 for 2019/20
 * @param quarter 1 to 4
 */
public record FinancialQuarter(int startYear, int quarter) implements Period {

	public FinancialQuarter {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("A financial year has quarters 1 to 4, not " + quarter + ".");
		}
		Years.requirePlausible(startYear, "financial year starting in");
	}

	public static FinancialQuarter containing(LocalDate date) {
		int monthsIntoYear = Math.floorMod(date.getMonthValue() - 4, 12);
		return new FinancialQuarter(FinancialYear.containing(date).startYear(), monthsIntoYear / 3 + 1);
	}

	/**
	 * The quarter {@code n} quarters later, or earlier when {@code n} is negative,
	 * crossing financial years as needed.
	 */
	public FinancialQuarter plusQuarters(int n) {
		long index = this.startYear * 4L + (this.quarter - 1) + n;
		int year = Years.requirePlausible(Math.floorDiv(index, 4), "financial year starting in");
		return new FinancialQuarter(year, (int) Math.floorMod(index, 4) + 1);
	}

	public FinancialYear financialYear() {
		return new FinancialYear(this.startYear);
	}

	/**
	 * Months of the financial year completed by the end of this quarter: 3, 6, 9 or 12.
	 * Year-to-date figures and pro-rata targets are scaled by this.
	 */
	public int monthsElapsedInYear() {
		return this.quarter * 3;
	}

	@Override
	public PeriodKind kind() {
		return PeriodKind.FINANCIAL_QUARTER;
	}

	@Override
	public LocalDate start() {
		return LocalDate.of(this.startYear, 4, 1).plusMonths(3L * (this.quarter - 1));
	}

	@Override
	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	@Override
	public String label() {
		return "Q" + this.quarter + " " + Years.span(this.startYear);
	}

	@Override
	public String key() {
		return label();
	}

	@Override
	public FinancialQuarter previous() {
		return plusQuarters(-1);
	}

	@Override
	public FinancialQuarter sameTimeLastYear() {
		return plusQuarters(-4);
	}

}
