package uk.beacon.indicator;

import java.time.Instant;

import uk.beacon.period.FinancialQuarter;

/**
 * A measure of an indicator and the quarters it applies to: figures reported in them are
 * rated and shown as it says.
 *
 * @param measure how the indicator was measured and rated
 * @param from the first quarter it applies to, {@code null} when it applies from the
 * start
 * @param until the first quarter it no longer applies to, {@code null} for the measure in
 * use
 * @param reason why the council changed it, given when it was replaced
 * @param changedBy who replaced it
 * @param changedAt when
 */
public record DefinitionPeriod(Measure measure, FinancialQuarter from, FinancialQuarter until, String reason,
		String changedBy, Instant changedAt) {

	public boolean appliesTo(FinancialQuarter quarter) {
		return (this.from == null || !quarter.start().isBefore(this.from.start()))
				&& (this.until == null || quarter.start().isBefore(this.until.start()));
	}

	/** "From Q3 2025/26", "Until Q2 2025/26", "Q1 2024/25 to Q2 2025/26", "Always". */
	public String span() {
		if (this.from == null) {
			return (this.until == null) ? "Every quarter" : "Until " + this.until.plusQuarters(-1).label();
		}
		return (this.until == null) ? "From " + this.from.label()
				: this.from.label() + " to " + this.until.plusQuarters(-1).label();
	}

}
