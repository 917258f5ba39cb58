package uk.beacon.indicator;

import java.math.BigDecimal;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;
import uk.beacon.period.Periods;

/**
 * Builds indicators, measurements and targets for tests in the council's own terms.
 */
final class Fixtures {

	private Fixtures() {
	}

	static Indicator percent(Polarity polarity) {
		return indicator(Unit.PERCENT, polarity, Frequency.QUARTERLY, Accumulation.SNAPSHOT);
	}

	static Indicator indicator(Unit unit, Polarity polarity, Frequency frequency, Accumulation accumulation) {
		return new Indicator(1L, "T-1", "Test indicator", null, 1, unit, 1, polarity, frequency, accumulation, 0,
				Comparison.defaultFor(frequency, accumulation), null, null, null, true, null, 0);
	}

	static Measurement measurement(String dataPeriod, String reportingPeriod, String value) {
		return new Measurement(null, 1, Periods.parse(dataPeriod), quarter(reportingPeriod), new BigDecimal(value),
				null, null, false, false, null, null, null, null, 0);
	}

	static Measurement overridden(String dataPeriod, String reportingPeriod, String value, Status status) {
		return new Measurement(null, 1, Periods.parse(dataPeriod), quarter(reportingPeriod), new BigDecimal(value),
				null, null, false, false, null, null, new StatusOverride(status, "Officers' judgement"), null, 0);
	}

	static IndicatorTarget value(String value, String from, String to, Tolerance tolerance) {
		return new IndicatorTarget(null, 1, new Target.Value(new BigDecimal(value)), Periods.parse(from),
				(to != null) ? Periods.parse(to) : null, RagRule.amberOnly(tolerance), null, null);
	}

	static IndicatorTarget profile(String value, String quarter) {
		Period period = Periods.parse(quarter);
		return new IndicatorTarget(null, 1, new Target.Profile(new BigDecimal(value), period.label()), period, null,
				RagRule.none(), null, null);
	}

	static FinancialQuarter quarter(String label) {
		return (FinancialQuarter) Periods.parse(label);
	}

}
