package uk.beacon.risk;

import java.util.List;

/**
 * Everything the risk page shows: the summary, its assessment history, controls, actions,
 * what it threatens, its moves between registers and the duplicates merged into it, and
 * whether the person looking sees its register's restricted items.
 */
public record RiskDetail(RiskSummary summary, List<RiskAssessment> history, List<RiskControl> controls,
		List<MitigatingAction> actions, List<RiskLink> links, List<RegisterMove> moves, List<RiskSummary> mergedFrom,
		java.util.Map<String, MergeRecord> mergeRecords, Risk mergedInto, MergeRecord merge, boolean canDeEscalate,
		java.time.LocalDate today, List<DuplicateSuggestion> duplicates, boolean seesRestricted) {

	/**
	 * Its score by quarter against its target score and its council's appetite, drawn as
	 * an indicator's trend is; {@code null} when it has never been scored.
	 */
	public uk.beacon.analytics.chart.Chart historyChart() {
		return RiskHistoryChart.of(this.summary, this.history);
	}

}
