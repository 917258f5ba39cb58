package uk.beacon.period;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The UK public-sector financial year, 1 April to 31 March, written "2019/20".
 *
 * @param startYear the calendar year in which it starts, 2019 for 2019/20
 */
public record FinancialYear(int startYear) implements Period {

	public FinancialYear {
		Years.requirePlausible(startYear, "financial year starting in");
	}

	public static FinancialYear containing(LocalDate date) {
		return new FinancialYear((date.getMonthValue() >= 4) ? date.getYear() : date.getYear() - 1);
	}

	/**
	 * Q1 to Q4, in order.
	 */
	public List<FinancialQuarter> quarters() {
		return IntStream.rangeClosed(1, 4)
			.mapToObj((quarter) -> new FinancialQuarter(this.startYear, quarter))
			.toList();
	}

	@Override
	public PeriodKind kind() {
		return PeriodKind.FINANCIAL_YEAR;
	}

	@Override
	public LocalDate start() {
		return LocalDate.of(this.startYear, 4, 1);
	}

	@Override
	public LocalDate end() {
		return LocalDate.of(this.startYear + 1, 3, 31);
	}

	@Override
	public String label() {
		return Years.span(this.startYear);
	}

	@Override
	public String key() {
		return "FY " + label();
	}

	@Override
	public FinancialYear previous() {
		return new FinancialYear(this.startYear - 1);
	}

	@Override
	public FinancialYear sameTimeLastYear() {
		return previous();
	}

}
