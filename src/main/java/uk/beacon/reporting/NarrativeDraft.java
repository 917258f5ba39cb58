package uk.beacon.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts the narrative of a report from its figures alone: every sentence is a count, a
 * name or a figure the report already holds, so nothing is invented. Officers edit it
 * before publishing.
 */
final class NarrativeDraft {

	private NarrativeDraft() {
	}

	static String of(CabinetReport report) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(counts(report));
		paragraphs.add(movements(report));
		String watch = toWatch(report);
		if (watch != null) {
			paragraphs.add(watch);
		}
		if (report.risks() != null) {
			paragraphs.add(risks(report.risks()));
		}
		return String.join("\n\n", paragraphs);
	}

	private static String counts(CabinetReport report) {
		Summary s = report.summary();
		List<String> parts = new ArrayList<>();
		for (Summary.StatusCount count : s.counts()) {
			if (count.count() > 0 && !count.status().equals("GREEN")) {
				parts.add(count.count() + " " + count.label().toLowerCase(java.util.Locale.UK));
			}
		}
		String text = s.count("GREEN") + " of " + s.total() + " " + plural(s.total(), "indicator", "indicators") + " "
				+ ((s.count("GREEN") == 1) ? "is" : "are") + " green"
				+ (parts.isEmpty() ? "" : ", " + Words.list(parts)) + " in " + report.period() + "; "
				+ s.updatedThisPeriod() + " " + ((s.updatedThisPeriod() == 1) ? "was" : "were")
				+ " updated this quarter.";
		if (s.statusesDiffering() > 0) {
			text += " For " + s.statusesDiffering() + " " + plural(s.statusesDiffering(), "indicator", "indicators")
					+ " the officers' assessed status differs from the rule's.";
		}
		return text;
	}

	private static String movements(CabinetReport report) {
		boolean anyEarlier = report.indicators().stream().anyMatch(i -> !i.previousStatus().equals("NO_DATA"));
		if (!anyEarlier) {
			return "No indicator had a rating in the last report (" + report.previousPeriod()
					+ "), so no movement is shown.";
		}
		if (report.summary().movements().isEmpty()) {
			return "No indicator changed rating since the last report (" + report.previousPeriod() + ").";
		}
		Map<String, List<Summary.Movement>> byStatus = new LinkedHashMap<>();
		for (String status : List.of("RED", "AMBER", "GREEN", "NOT_RATED", "NO_DATA")) {
			report.summary()
				.movements()
				.stream()
				.filter(m -> m.assessedMoved() && m.to().equals(status))
				.forEach(m -> byStatus.computeIfAbsent(status, k -> new ArrayList<>()).add(m));
		}
		List<String> sentences = new ArrayList<>();
		byStatus.forEach((status, moved) -> {
			List<String> names = moved.stream().map(NarrativeDraft::movedIndicator).toList();
			sentences.add(moved.size() + " " + plural(moved.size(), "indicator", "indicators") + " "
					+ becameWords(status) + " this quarter: " + String.join("; ", names) + ".");
		});
		List<String> ruleOnly = report.summary()
			.movements()
			.stream()
			.filter(m -> !m.assessedMoved())
			.map(m -> m.title() + " (" + label(m.to()) + " as assessed; by the rule " + label(m.ruleTo())
					+ ", previously " + label(m.ruleFrom()) + ")")
			.toList();
		if (!ruleOnly.isEmpty()) {
			sentences.add(ruleOnly.size() + " " + plural(ruleOnly.size(), "indicator's", "indicators'")
					+ " rule status changed while the officers' assessed status did not: " + String.join("; ", ruleOnly)
					+ ".");
		}
		return String.join(" ", sentences);
	}

	private static String movedIndicator(Summary.Movement m) {
		String figures = m.value() + (m.target().equalsIgnoreCase("No target") ? "" : " against " + m.target());
		// like with like: where the officers' status differs from the rule's, both are
		// said
		String before = label(m.from()) + ((m.ruleFrom() != null && !m.ruleFrom().equals(m.from()))
				? ", " + label(m.ruleFrom()) + " by the rule" : "");
		String now = (m.ruleTo() != null && !m.ruleTo().equals(m.to())) ? "; " + label(m.ruleTo()) + " by the rule now"
				: "";
		return m.title() + ", " + figures + " (previously " + before + now + ")";
	}

	private static String toWatch(CabinetReport report) {
		List<IndicatorLine> watch = report.toWatch();
		if (watch.isEmpty()) {
			return null;
		}
		return watch.size() + " red " + plural(watch.size(), "indicator was", "indicators were")
				+ " updated this quarter and " + ((watch.size() == 1) ? "is" : "are")
				+ " listed as indicators to watch, each with an exception report.";
	}

	private static String risks(RiskSection risks) {
		if (risks.registers().isEmpty()) {
			return "The council has no corporate risk register in Beacon.";
		}
		List<String> levels = risks.byLevel()
			.stream()
			.map(l -> l.count() + " " + l.level().toLowerCase(java.util.Locale.UK))
			.toList();
		String text = "The corporate risk register holds " + risks.total() + " "
				+ plural(risks.total(), "risk", "risks") + (levels.isEmpty() ? "" : ": " + Words.list(levels)) + ".";
		if (!risks.turnedRed().isEmpty()) {
			text += " " + risks.turnedRed().size() + " " + plural(risks.turnedRed().size(), "risk", "risks")
					+ " turned red since the last report: "
					+ String.join("; ", risks.turnedRed().stream().map(r -> r.reference() + " " + r.title()).toList())
					+ ".";
		}
		if (!risks.leftRed().isEmpty()) {
			text += " " + risks.leftRed().size() + " " + plural(risks.leftRed().size(), "risk", "risks")
					+ " left red since the last report: "
					+ String.join("; ", risks.leftRed().stream().map(r -> r.reference() + " " + r.title()).toList())
					+ ".";
		}
		if (risks.aboveAppetite() != null && !risks.aboveAppetite().isEmpty()) {
			int above = risks.aboveAppetite().size();
			text += " " + above + " " + plural(above, "risk is", "risks are") + " above the council's risk appetite: "
					+ String.join("; ",
							risks.aboveAppetite()
								.stream()
								.map(r -> r.reference() + " " + r.title() + " (by " + r.aboveAppetiteBy() + ")")
								.toList())
					+ ".";
		}
		return text;
	}

	private static String becameWords(String status) {
		return switch (status) {
			case "RED" -> "turned red";
			case "AMBER" -> "turned amber";
			case "GREEN" -> "turned green";
			case "NOT_RATED" -> "became not rated";
			default -> "had no data";
		};
	}

	private static String label(String status) {
		return switch (status) {
			case "NOT_RATED" -> "not rated";
			case "NO_DATA" -> "no data";
			default -> status.charAt(0) + status.substring(1).toLowerCase(java.util.Locale.UK);
		};
	}

	private static String plural(long count, String one, String many) {
		return (count == 1) ? one : many;
	}

	/** Lists in the council's style: "a, b and c". */
	static final class Words {

		private Words() {
		}

		static String list(List<String> items) {
			if (items.size() <= 1) {
				return String.join("", items);
			}
			return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
		}

	}

}
