package uk.beacon.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.beacon.period.FinancialQuarter;

/**
 * A register's risk profile: how many risks are at each level, by quarter how many are
 * due to reach their target score and how many have, and which are above the council's
 * risk appetite.
 *
 * @param heldToAppetite how many open risks are scored in a category the council sets an
 * appetite for
 * @param aboveAppetite those above it, furthest above first
 */
public record RiskProfile(Map<String, Long> byLevel, List<TargetQuarter> targets, long withoutTargetDate,
		long heldToAppetite, List<RiskSummary> aboveAppetite) {

	/**
	 * The risks whose target date falls in one quarter.
	 */
	public record TargetQuarter(FinancialQuarter quarter, long due, long reached, long passedAboveTarget) {
	}

	/**
	 * The levels from the most severe down, as the council's bands run; a printed rating
	 * the bands do not name, and "Not assessed", after them in the order met.
	 */
	private static Map<String, Long> mostSevereFirst(Map<String, Long> byLevel, List<RiskSummary> risks) {
		Map<String, Integer> lowestScore = new java.util.HashMap<>();
		for (RiskSummary summary : risks) {
			summary.matrix().bands().forEach(band -> lowestScore.merge(band.level(), band.fromScore(), Math::max));
		}
		Map<String, Long> ordered = new LinkedHashMap<>();
		byLevel.entrySet()
			.stream()
			.sorted(java.util.Comparator.comparingInt(e -> -lowestScore.getOrDefault(e.getKey(), 0)))
			.forEach(e -> ordered.put(e.getKey(), e.getValue()));
		return ordered;
	}

	public static RiskProfile of(List<RiskSummary> risks, LocalDate today) {
		Map<String, Long> byLevel = new LinkedHashMap<>();
		Map<FinancialQuarter, long[]> quarters = new TreeMap<>();
		long withoutDate = 0;
		for (RiskSummary summary : risks) {
			byLevel.merge(summary.levelName(), 1L, Long::sum);
			RiskAssessment latest = summary.latest();
			if (latest == null || latest.targetDate() == null) {
				withoutDate++;
				continue;
			}
			long[] counts = quarters.computeIfAbsent(FinancialQuarter.containing(latest.targetDate()),
					q -> new long[3]);
			counts[0]++;
			if (RiskRules.targetReached(latest, summary.risk().kind())) {
				counts[1]++;
			}
			if (RiskRules.targetDatePassed(latest, summary.risk().kind(), today)) {
				counts[2]++;
			}
		}
		List<TargetQuarter> targets = new ArrayList<>();
		quarters.forEach((quarter, counts) -> targets.add(new TargetQuarter(quarter, counts[0], counts[1], counts[2])));
		List<RiskSummary> above = risks.stream()
			.filter(RiskSummary::aboveAppetite)
			.sorted(java.util.Comparator.comparingInt(RiskSummary::aboveAppetiteBy)
				.reversed()
				.thenComparing(s -> s.risk().reference()))
			.toList();
		return new RiskProfile(mostSevereFirst(byLevel, risks), targets, withoutDate,
				risks.stream().filter(RiskSummary::heldToAppetite).count(), above);
	}

}
