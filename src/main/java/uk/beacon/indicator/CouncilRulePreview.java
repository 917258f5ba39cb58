package uk.beacon.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a change to a council's RAG rule would rate each indicator's latest figure, shown
 * before the change is saved: how many follow the council's rule, and how many would
 * change rating, from which status to which. It names no indicator, so that one not for
 * publication is not told to someone who may not see it.
 *
 * @param following how many of the council's indicators are rated by its rule now (their
 * latest figure's target follows it)
 * @param changes how many would change rating, by "Amber to Green"
 */
public record CouncilRulePreview(int following, Map<String, Integer> changes) {

	public CouncilRulePreview {
		changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
	}

	/** How many of the latest figures would change rating. */
	public int changing() {
		return this.changes.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * @param histories each indicator's figures
	 * @param targets each indicator's targets as they are, with the council's rule as it
	 * is
	 * @param proposed the council's rule as it would be
	 */
	static CouncilRulePreview of(List<Indicator> indicators, Map<Long, List<Measurement>> histories,
			Map<Long, List<IndicatorTarget>> targets, Map<Long, List<Benchmark>> benchmarks, RagRule proposed) {
		int following = 0;
		Map<String, Integer> changes = new java.util.TreeMap<>();
		for (Indicator indicator : indicators) {
			List<Measurement> history = histories.getOrDefault(indicator.id(), List.of());
			List<IndicatorTarget> now = targets.getOrDefault(indicator.id(), List.of());
			Measurement latest = history.stream()
				.filter(Measurement::hasFigure)
				.max(Comparator.comparing((Measurement m) -> m.reportingPeriod().start())
					.thenComparing(m -> m.dataPeriod().end()))
				.orElse(null);
			IndicatorTarget target = (latest != null) ? PerformanceEvaluator.targetFor(now, latest.reportingPeriod())
					: null;
			if (target == null || !target.rule().isCouncils()) {
				continue;
			}
			following++;
			List<IndicatorTarget> then = new ArrayList<>();
			for (IndicatorTarget t : now) {
				then.add(t.rule().isCouncils() ? t.with(t.target(), proposed).withPrinted(t.textAsPrinted()) : t);
			}
			List<Benchmark> comparators = benchmarks.getOrDefault(indicator.id(), List.of());
			Status before = PerformanceEvaluator
				.evaluate(indicator, latest, history, now, comparators, latest.reportingPeriod())
				.rule()
				.status();
			Status after = PerformanceEvaluator
				.evaluate(indicator, latest, history, then, comparators, latest.reportingPeriod())
				.rule()
				.status();
			if (before != after) {
				changes.merge(before.label() + " to " + after.label(), 1, Integer::sum);
			}
		}
		return new CouncilRulePreview(following, changes);
	}

}
