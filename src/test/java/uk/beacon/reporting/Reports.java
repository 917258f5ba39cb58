package uk.beacon.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports made in memory for the unit tests of what is built from them.
 */
final class Reports {

	private Reports() {
	}

	static CabinetReport of(List<IndicatorLine> lines, RiskSection risks) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String status : List.of("GREEN", "AMBER", "RED", "NOT_RATED", "NO_DATA")) {
			counts.put(status, lines.stream().filter(l -> l.status().equals(status)).count());
		}
		List<Summary.StatusCount> statusCounts = new ArrayList<>();
		counts.forEach((status, count) -> statusCounts
			.add(new Summary.StatusCount(status, status.charAt(0) + status.substring(1).toLowerCase(), count)));
		List<Summary.Movement> movements = lines.stream()
			.filter(IndicatorLine::moved)
			.map(l -> new Summary.Movement(l.code(), l.title(), l.section(), l.previousStatus(), l.status(), l.value(),
					l.target(), l.previousRuleStatus(), l.ruleStatus()))
			.toList();
		return new CabinetReport(1, "Corporate Scorecard", "Council", "A Council", "Q2 2019/20", "Q1 2019/20",
				new Summary(lines.size(), statusCounts, lines.size(), 0, movements), lines, List.of(), risks, List.of(),
				null);
	}

	static IndicatorLine line(String code, String title, String status, String previous, String value, String target) {
		return new IndicatorLine(code, title, "Section", "higher is better", "percent", target, null, value, null,
				"Q2 2019/20", "Q2 2019/20", status, label(status), status, label(status), label(status) + ": why.",
				null, previous, label(previous), "Improving", "Improving: compared with Q1 2019/20.", true, false,
				"What it measures", null, null, null, previous, label(previous));
	}

	/**
	 * A line whose officers' assessed status may differ from the rule's, now and at the
	 * last report.
	 */
	static IndicatorLine assessed(String code, String title, String status, String ruleStatus, String previous,
			String previousRule, String value, String target) {
		return new IndicatorLine(code, title, "Section", "higher is better", "percent", target, null, value, null,
				"Q2 2019/20", "Q2 2019/20", status, label(status), ruleStatus, label(ruleStatus),
				label(ruleStatus) + ": why.", status.equals(ruleStatus) ? null : "The officers' reason.", previous,
				label(previous), "Worsening", "Worsening: compared with Q1 2019/20.", true, false, "What it measures",
				null, null, null, previousRule, (previousRule != null) ? label(previousRule) : null);
	}

	static RiskEntry risk(String reference, String title, String level, String previousLevel) {
		return new RiskEntry(reference, title, "Corporate Risk Register", null, null, level, level.toUpperCase(),
				previousLevel, "16 Major/Likely", null, "Increased", null, List.of(), "Next review 31/12/2019", null,
				0);
	}

	static RiskSection noRisks() {
		return new RiskSection(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	private static String label(String status) {
		return status.equals("NOT_RATED") ? "Not rated"
				: status.equals("NO_DATA") ? "No data" : status.charAt(0) + status.substring(1).toLowerCase();
	}

}
