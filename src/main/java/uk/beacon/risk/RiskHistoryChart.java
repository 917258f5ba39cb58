package uk.beacon.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.beacon.analytics.chart.Chart;
import uk.beacon.analytics.chart.Series;
import uk.beacon.analytics.chart.TrendChart;
import uk.beacon.analytics.chart.TrendChartData;
import uk.beacon.period.FinancialQuarter;

/**
 * A risk's history as the indicators' trend chart draws it: the score its level comes
 * from at each quarter's latest review, against its target score and, for a risk held to
 * one, its council's appetite, with the same figures as a table.
 */
final class RiskHistoryChart {

	/** At most ten years of quarters are drawn, the latest. */
	static final int MOST_QUARTERS = 40;

	private RiskHistoryChart() {
	}

	/**
	 * @return the chart, or {@code null} when no review gave a score
	 */
	static Chart of(RiskSummary summary, List<RiskAssessment> history) {
		List<RiskAssessment> scored = history.stream().filter(a -> a.rated() != null).toList();
		if (scored.isEmpty()) {
			return null;
		}
		FinancialQuarter last = scored.stream()
			.map(RiskAssessment::reportingPeriod)
			.max(Comparator.comparing(FinancialQuarter::start))
			.orElseThrow();
		FinancialQuarter first = scored.stream()
			.map(RiskAssessment::reportingPeriod)
			.min(Comparator.comparing(FinancialQuarter::start))
			.orElseThrow();
		if (first.plusQuarters(MOST_QUARTERS - 1).start().isBefore(last.start())) {
			first = last.plusQuarters(1 - MOST_QUARTERS);
		}
		List<String> labels = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		List<Double> targets = new ArrayList<>();
		List<Double> appetite = new ArrayList<>();
		boolean heldToAppetite = summary.appetite() != null && summary.risk().kind() == RiskKind.RISK;
		for (FinancialQuarter quarter = first; !quarter.start().isAfter(last.start()); quarter = quarter
			.plusQuarters(1)) {
			FinancialQuarter shown = quarter;
			RiskAssessment latest = scored.stream()
				.filter(a -> a.reportingPeriod().equals(shown))
				.max(Comparator.comparing(RiskAssessment::assessedOn))
				.orElse(null);
			labels.add(quarter.label());
			scores.add((latest != null) ? (double) latest.rated().score() : null);
			// where no current score is recorded the score drawn is the residual itself
			targets.add((latest != null && latest.current() != null && latest.residual() != null)
					? (double) latest.residual().score() : null);
			appetite.add(heldToAppetite ? (double) summary.appetite().score() : null);
		}
		String title = summary.risk().reference() + " " + summary.risk().title() + ": score by quarter";
		List<Series> comparators = heldToAppetite
				? List.of(new Series("Risk appetite (tolerable score, as set now)", appetite)) : List.of();
		return TrendChart.render(
				new TrendChartData(title, labels, new Series("Score", scores), new Series("Target score", targets),
						null, null, comparators, score -> Long.toString(Math.round(score))),
				"risk-" + summary.risk().reference());
	}

}
