package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.List;

import uk.beacon.period.FinancialQuarter;

/**
 * How an indicator stood in a reporting period: its latest value, target, both statuses
 * and direction of travel, each explained.
 *
 * @param indicator the indicator
 * @param period the reporting period looked at
 * @param measurement the latest measurement reported up to that period, {@code null} if
 * none
 * @param value the figure, typed or derived from its ratio
 * @param target the target that applied when the figure was reported, {@code null} if
 * none
 * @param rule the status the rule gives, with its explanation
 * @param assessed the status an officer assessed: the rule's unless overridden
 * @param assessmentReason why an officer's status differs, {@code null} when the rule's
 * stands
 * @param direction the direction of travel with its explanation
 * @param updatedThisPeriod whether the figure was reported in {@code period}
 * @param benchmarks comparators for the figure's data period
 */
public record Performance(Indicator indicator, FinancialQuarter period, Measurement measurement, BigDecimal value,
		IndicatorTarget target, StatusAssessment rule, Status assessed, String assessmentReason,
		DirectionAssessment direction, boolean updatedThisPeriod, List<Benchmark> benchmarks) {

	public boolean statusesDiffer() {
		return this.rule.status() != this.assessed;
	}

	public String formattedValue() {
		return (this.value != null) ? this.indicator.format(this.value) : "No figure";
	}

	public String formattedTarget() {
		if (this.target == null) {
			return "No target";
		}
		return this.target.target().describe(this.indicator.unit(), this.indicator.decimalPlaces());
	}

}
