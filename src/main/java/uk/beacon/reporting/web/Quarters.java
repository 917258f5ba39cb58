package uk.beacon.reporting.web;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Periods;

/**
 * The quarter a stored report is for, from the key it is kept under. A quarter named in a
 * request is read once for every controller ({@code uk.beacon.web.QuarterParameter}).
 */
final class Quarters {

	private Quarters() {
	}

	static FinancialQuarter fromKey(String key) {
		return (FinancialQuarter) Periods.fromKey(key);
	}

	/** The quarter a draft report is for, from its label ("Q2 2025/26"). */
	static FinancialQuarter fromLabel(String label) {
		return (FinancialQuarter) Periods.parse(label);
	}

}
