package uk.beacon.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.period.FinancialQuarter;

/**
 * Loads what the evaluator needs for many indicators at once and evaluates them for a
 * period.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorPerformances {

	private static final int RECENT = 30;

	// indicators whose whole histories are read at once: ten years of monthly figures
	// for 250 indicators is 30,000 rows
	private static final int BATCH = 250;

	private final Indicators indicators;

	private final Measurements measurements;

	private final IndicatorTargets targets;

	private final Benchmarks benchmarks;

	private final EvaluationCache cache;

	private final IndicatorDefinitions definitions;

	private final ComparatorValues groups;

	IndicatorPerformances(Indicators indicators, Measurements measurements, IndicatorTargets targets,
			Benchmarks benchmarks, EvaluationCache cache, IndicatorDefinitions definitions, ComparatorValues groups) {
		this.definitions = definitions;
		this.groups = groups;
		this.indicators = indicators;
		this.measurements = measurements;
		this.targets = targets;
		this.benchmarks = benchmarks;
		this.cache = cache;
	}

	/**
	 * @return each indicator's performance in {@code period}, by indicator identity, in
	 * the order given
	 */
	public Map<Long, Performance> at(Collection<Long> indicatorIds, FinancialQuarter period) {
		EvaluationCache.Entries cached = this.cache.current();
		Map<Long, Performance> result = new LinkedHashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Long id : indicatorIds) {
			Performance performance = cached.performance(id, period);
			result.put(id, performance);
			if (performance == null) {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			Map<Long, Performance> evaluated = evaluate(missing, period);
			cached.put(period, evaluated);
			result.putAll(evaluated);
		}
		result.values().removeIf(java.util.Objects::isNull);
		return result;
	}

	private Map<Long, Performance> evaluate(Collection<Long> indicatorIds, FinancialQuarter period) {
		// a year of monthly figures and more: enough for the latest value and its
		// comparison
		Map<Long, List<Measurement>> history = this.measurements.recentForIndicators(indicatorIds, period, RECENT);
		Map<Long, List<IndicatorTarget>> targetsById = this.targets.forIndicators(indicatorIds);
		Map<Long, List<Benchmark>> benchmarksById = this.benchmarks.forIndicators(indicatorIds);
		Map<Long, List<ComparatorValue>> groupsById = this.groups.forIndicators(indicatorIds);
		Map<Long, Performance> result = new HashMap<>();
		List<Indicator> found = this.indicators.findAllById(indicatorIds);
		Map<Long, Definitions> definitionsById = this.definitions.of(found);
		for (Indicator indicator : found) {
			long id = indicator.id();
			result.put(id,
					PerformanceEvaluator.evaluate(definitionsById.get(id), history.getOrDefault(id, List.of()),
							targetsById.getOrDefault(id, List.of()), benchmarksById.getOrDefault(id, List.of()),
							groupsById.getOrDefault(id, List.of()), period));
		}
		return result;
	}

	/**
	 * How a figure not yet recorded would stand if it were, by the rule every recorded
	 * figure is rated by (the target of its reporting period with its own or the
	 * council's tolerances, under the definition in force then), and compared with the
	 * figures before it. A figure held for the same data period is set aside, as the
	 * proposed one would replace it.
	 * @param proposed the figure, with its indicator, data period and reporting period
	 */
	public Performance proposed(Measurement proposed) {
		long id = proposed.indicatorId();
		Indicator current = this.indicators.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No indicator " + id));
		List<Measurement> history = new ArrayList<>(this.measurements.forIndicator(id));
		history.removeIf(m -> m.dataPeriod().equals(proposed.dataPeriod()));
		history.add(proposed);
		return PerformanceEvaluator.evaluate(this.definitions.of(current), proposed, history,
				this.targets.forIndicator(id), this.benchmarks.forIndicator(id), this.groups.forIndicator(id),
				proposed.reportingPeriod());
	}

	/**
	 * @return every measurement of the indicator, oldest first, each as it stood when
	 * reported
	 */
	public List<Performance> history(Indicator indicator) {
		List<Measurement> all = this.measurements.forIndicator(indicator.id());
		List<IndicatorTarget> indicatorTargets = this.targets.forIndicator(indicator.id());
		List<Benchmark> comparators = this.benchmarks.forIndicator(indicator.id());
		return PerformanceEvaluator.evaluateEach(this.definitions.of(indicator), all, indicatorTargets, comparators,
				this.groups.forIndicator(indicator.id()));
	}

	/**
	 * What looks wrong with each indicator's figures and latest target, as its page says
	 * it, worked out for many at once: their histories are read a batch at a time, and
	 * what is worked out is kept for the data as they are.
	 * @return the flags of each indicator found, by identity, in the order given
	 */
	Map<Long, List<FiguresToCheck.Flagged>> figuresToCheck(Collection<Long> indicatorIds) {
		EvaluationCache.Entries cached = this.cache.current();
		Map<Long, List<FiguresToCheck.Flagged>> result = new LinkedHashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Long id : indicatorIds) {
			List<FiguresToCheck.Flagged> flags = cached.flags(id);
			result.put(id, flags);
			if (flags == null) {
				missing.add(id);
			}
		}
		for (int from = 0; from < missing.size(); from += BATCH) {
			Map<Long, List<FiguresToCheck.Flagged>> worked = flag(
					missing.subList(from, Math.min(missing.size(), from + BATCH)));
			cached.putFlags(worked);
			result.putAll(worked);
		}
		result.values().removeIf(java.util.Objects::isNull);
		return result;
	}

	// every figure of a batch of indicators, each rated as when it was reported
	private Map<Long, List<FiguresToCheck.Flagged>> flag(List<Long> indicatorIds) {
		Map<Long, List<FiguresToCheck.Flagged>> result = new HashMap<>();
		historiesOf(indicatorIds)
			.forEach((id, history) -> result.put(id, FiguresToCheck.of(IndicatorSeries.of(history, null))));
		return result;
	}

	/**
	 * Every measurement of each indicator, as {@link #history(Indicator)} gives it, read
	 * in one go for a page of many indicators.
	 * @return by indicator identity; an indicator with no measurement has an empty list
	 */
	public Map<Long, List<Performance>> histories(Collection<Indicator> indicators) {
		return historiesOf(indicators.stream().map(Indicator::id).distinct().toList());
	}

	private Map<Long, List<Performance>> historiesOf(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Measurement>> all = this.measurements.forIndicators(ids);
		Map<Long, List<IndicatorTarget>> targetsById = this.targets.forIndicators(ids);
		Map<Long, List<Benchmark>> benchmarksById = this.benchmarks.forIndicators(ids);
		Map<Long, List<ComparatorValue>> groupsById = this.groups.forIndicators(ids);
		List<Indicator> found = this.indicators.findAllById(ids);
		Map<Long, Definitions> definitionsById = this.definitions.of(found);
		Map<Long, List<Performance>> result = new HashMap<>();
		for (Indicator indicator : found) {
			long id = indicator.id();
			result.put(id,
					PerformanceEvaluator.evaluateEach(definitionsById.get(id), all.getOrDefault(id, List.of()),
							targetsById.getOrDefault(id, List.of()), benchmarksById.getOrDefault(id, List.of()),
							groupsById.getOrDefault(id, List.of())));
		}
		return result;
	}

	/**
	 * @return the distinct quarters in which any of the indicators was reported, oldest
	 * first
	 */
	public List<FinancialQuarter> reportingPeriods(Collection<Long> indicatorIds) {
		return this.cache.current()
			.reportingPeriods(List.copyOf(indicatorIds),
					(ids) -> List.copyOf(this.measurements.reportingPeriodsOf(ids)));
	}

}
