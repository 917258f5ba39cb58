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
 */
public record IndicatorLine(String code, String title, String section, String polarity, String unit, String target,
		BigDecimal targetFigure, String value, BigDecimal valueFigure, String dataPeriod, String reportingPeriod,
		String status, String statusLabel, String ruleStatus, String ruleStatusLabel, String explanation,
		String assessmentReason, String previousStatus, String previousStatusLabel, String direction,
		String directionExplanation, boolean updatedThisPeriod, boolean provisional, String definition,
		String performanceDetails, String currentActivity, String futureActivity) {

	public boolean moved() {
		return !this.previousStatus.equals("NO_DATA") && !this.previousStatus.equals(this.status);
	}

	public boolean statusesDiffer() {
		return !this.status.equals(this.ruleStatus);
	}

	/**
	 * "Previously Green", "Unchanged" or "New this quarter": movement since the last
	 * report.
	 */
	public String movement() {
		if (this.previousStatus.equals("NO_DATA")) {
			return "Not in the last report";
		}
		return moved() ? "Previously " + this.previousStatusLabel : "Unchanged";
	}

}
