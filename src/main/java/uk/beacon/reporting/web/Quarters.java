package uk.beacon.reporting.web;

import java.util.Optional;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.Periods;

/**
 * Reads the quarter a request names, such as "Q2 2019/20".
 */
final class Quarters {

	private Quarters() {
	}

	/**
	 * @throws uk.beacon.period.PeriodParseException saying what was wrong, when the text
	 * is not a quarter
	 */
	static Optional<FinancialQuarter> parse(Optional<String> text) {
		return text.filter(t -> !t.isBlank())
			.map(t -> (FinancialQuarter) Periods.parse(t, PeriodKind.FINANCIAL_QUARTER));
	}

	static FinancialQuarter fromKey(String key) {
		return (FinancialQuarter) Periods.fromKey(key);
	}

}
