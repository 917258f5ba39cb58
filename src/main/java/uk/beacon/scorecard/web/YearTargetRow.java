package uk.beacon.scorecard.web;

import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.Tolerance;

/**
 * An indicator on the page of a year's targets: its latest figure, the target in force
 * before the year, and whether its target for the year can be set here.
 *
 * @param latest its performance in the quarter before the year, {@code null} when it has
 * no figure
 * @param before the target in force in the quarter before the year, {@code null} when
 * none
 * @param open the target that applies until replaced, {@code null} when none does
 * @param keeps whether the person keeps the indicator's targets
 * @param editable whether a value target can be set here from the year's first quarter
 * @param why why it cannot, said beside it, {@code null} when it can
 */
record YearTargetRow(Indicator indicator, Performance latest, IndicatorTarget before, IndicatorTarget open,
		boolean keeps, boolean editable, String why) {

	/** The open target as the page showed it, which saving checks. */
	public String seen() {
		return (this.open != null) ? this.open.fingerprint() : "";
	}

	/**
	 * A new target keeps the RAG rule of the one it follows: its own tolerances, or the
	 * council's rule; with none before it, the council's.
	 */
	RagRule carriedRule() {
		return (this.open != null) ? this.open.rule().asKept() : RagRule.council(Tolerance.none(), Tolerance.none());
	}

	public String beforeText() {
		return (this.before != null)
				? this.before.target().describe(this.indicator.unit(), this.indicator.decimalPlaces()) : "None";
	}

	public String ruleText() {
		RagRule rule = carriedRule();
		return rule.isCouncils() ? "The council's RAG rule"
				: rule.describe(this.indicator.unit(), this.indicator.decimalPlaces());
	}

}
