package uk.beacon.indicator.web;

import uk.beacon.access.ChangeRejected;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.PeriodParseException;
import uk.beacon.period.Periods;

/**
 * A quarter typed into a form or an API body, refused with the reason (as a change is)
 * rather than answered as a bad request, so that the page it came from can say why.
 */
final class TypedQuarter {

	private TypedQuarter() {
	}

	/**
	 * @return the quarter, or {@code null} when nothing was typed
	 */
	static FinancialQuarter read(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return (FinancialQuarter) Periods.parse(typed, PeriodKind.FINANCIAL_QUARTER);
		}
		catch (PeriodParseException ex) {
			throw new ChangeRejected(ex.getMessage());
		}
	}

}
