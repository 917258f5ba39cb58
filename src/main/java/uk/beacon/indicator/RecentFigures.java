package uk.beacon.indicator;

import java.util.List;

import uk.beacon.analytics.chart.Chart;
import uk.beacon.period.FinancialQuarter;

/**
 * What an owner needs beside the figure they are asked for: the indicator as it is
 * measured in the quarter, the target and RAG rule that will rate the figure, and the
 * latest figures before it with their statuses and a small trend chart.
 *
 * @param indicator the indicator as defined in the quarter
 * @param quarter the quarter the figure is reported in
 * @param target the target applying in that quarter, {@code null} when there is none
 * @param points the latest figures reported up to the quarter, like with like, oldest
 * first, each rated as it was when reported
 * @param chart their trend, with the target and the bands of its rule; {@code null} when
 * there are no figures yet
 */
public record RecentFigures(Indicator indicator, FinancialQuarter quarter, IndicatorTarget target,
		List<Performance> points, Chart chart) {

	public RecentFigures {
		points = List.copyOf(points);
	}

	/** "90%", "between 5 and 10 days", "No target for Q3 2019/20". */
	public String targetText() {
		if (this.target == null || this.target.target() instanceof Target.None) {
			return "No target for " + this.quarter.label();
		}
		return this.target.target().describe(this.indicator.unit(), this.indicator.decimalPlaces());
	}

	/**
	 * How the figure will be rated against the target, after "Rated": "green within 5% of
	 * the target, amber within 10% (the council's rule)"; {@code null} with no target.
	 */
	public String ruleText() {
		if (this.target == null || this.target.target() instanceof Target.None) {
			return null;
		}
		if (this.target.target() instanceof Target.Quartile) {
			return "by the quartile the figure falls in among the council's comparators";
		}
		return this.target.rule().describe(this.indicator.unit(), this.indicator.decimalPlaces())
				+ (this.target.rule().isCouncils() ? " (the council's rule)" : " (this target's own rule)");
	}

}
