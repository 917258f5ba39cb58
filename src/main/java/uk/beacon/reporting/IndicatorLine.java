package uk.beacon.reporting;

import java.math.BigDecimal;

/**
 * One indicator as the report prints it, with the figures kept as numbers too for the
 * workbook.
 *
 * @param code the council's code
 * @param title its title
 * @param section the scorecard section it sits in
 * @param polarity which way is better, in words
 * @param unit the unit's code, such as "percent"
 * @param target the target as printed, "No target" when there is none
 * @param targetFigure the target's single figure, {@code null} when it has none
 * @param value the latest value as printed, "No figure" when there is none
 * @param valueFigure the latest value, {@code null} when there is none
 * @param dataPeriod what the value measures, such as "30/09/2019"
 * @param reportingPeriod the quarter it was reported in
 * @param status the assessed status's name, such as {@code RED}
 * @param statusLabel how a reader sees it
 * @param ruleStatus the rule's status's name
 * @param ruleStatusLabel how a reader sees it
 * @param explanation why the rule gives its status, with the numbers
 * @param assessmentReason why the officer's status differs, or {@code null}
 * @param previousStatus the assessed status at the last report's name, {@code NO_DATA}
 * when it had none
 * @param previousStatusLabel how a reader sees it
 * @param direction the direction of travel in words
 * @param directionExplanation what it was compared with
 * @param updatedThisPeriod whether the figure was reported in the quarter
 * @param provisional whether the figure may still change
 * @param definition what is measured and how, or {@code null}
 * @param performanceDetails the owner's commentary on performance, or {@code null}
 * @param currentActivity what is being done now, or {@code null}
 * @param futureActivity what will be done, or {@code null}
 * @param previousRuleStatus the rule's status at the last report's name, {@code NO_DATA}
 * when it had none; {@code null} in a report published before Beacon kept it
 * @param previousRuleStatusLabel how a reader sees it
 */
public record IndicatorLine(String code, String title, String section, String polarity, String unit, String target,
		BigDecimal targetFigure, String value, BigDecimal valueFigure, String dataPeriod, String reportingPeriod,
		String status, String statusLabel, String ruleStatus, String ruleStatusLabel, String explanation,
		String assessmentReason, String previousStatus, String previousStatusLabel, String direction,
		String directionExplanation, boolean updatedThisPeriod, boolean provisional, String definition,
		String performanceDetails, String currentActivity, String futureActivity, String previousRuleStatus,
		String previousRuleStatusLabel) {

	/**
	 * Whether the rating moved since the last report, like with like: the assessed status
	 * against the assessed status, the rule's against the rule's.
	 */
	public boolean moved() {
		return assessedMoved() || ruleMoved();
	}

	/** Whether the assessed status differs from the last report's assessed status. */
	public boolean assessedMoved() {
		return !this.previousStatus.equals("NO_DATA") && !this.previousStatus.equals(this.status);
	}

	/** Whether the rule's status differs from the last report's rule status. */
	public boolean ruleMoved() {
		return this.previousRuleStatus != null && !this.previousRuleStatus.equals("NO_DATA")
				&& !this.previousRuleStatus.equals(this.ruleStatus);
	}

	/**
	 * Whether the assessed and rule status differ now or at the last report, so that a
	 * movement must say which is which.
	 */
	private boolean ruleWorthSaying() {
		return statusesDiffer() || (this.previousRuleStatus != null && !this.previousRuleStatus.equals("NO_DATA")
				&& !this.previousRuleStatus.equals(this.previousStatus));
	}

	public boolean statusesDiffer() {
		return !this.status.equals(this.ruleStatus);
	}

	/**
	 * "Previously Green", "Unchanged" or "Not in the last report": movement since the
	 * last report, assessed status with assessed status; where the assessed and rule
	 * status differ, now or then, the rule's with the rule's too: "Previously Amber; by
	 * the rule Red, previously Amber".
	 */
	public String movement() {
		if (this.previousStatus.equals("NO_DATA")) {
			return "Not in the last report";
		}
		String assessed = assessedMoved() ? "Previously " + this.previousStatusLabel : "Unchanged";
		if (this.previousRuleStatus == null || this.previousRuleStatus.equals("NO_DATA") || !ruleWorthSaying()) {
			return assessed;
		}
		return assessed + "; by the rule " + this.ruleStatusLabel
				+ (ruleMoved() ? ", previously " + this.previousRuleStatusLabel : ", unchanged");
	}

}
