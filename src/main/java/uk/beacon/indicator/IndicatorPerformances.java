package uk.beacon.indicator;

import java.util.Collection;
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

	private final Indicators indicators;

	private final Measurements measurements;

	private final IndicatorTargets targets;

	private final Benchmarks benchmarks;

	IndicatorPerformances(Indicators indicators, Measurements measurements, IndicatorTargets targets,
			Benchmarks benchmarks) {
		this.indicators = indicators;
		this.measurements = measurements;
		this.targets = targets;
		this.benchmarks = benchmarks;
	}

	/**
	 * @return each indicator's performance in {@code period}, by indicator identity
	 */
	public Map<Long, Performance> at(Collection<Long> indicatorIds, FinancialQuarter period) {
		// a year of monthly figures and more: enough for the latest value and its
		// comparison
		Map<Long, List<Measurement>> history = this.measurements.recentForIndicators(indicatorIds, period, RECENT);
		Map<Long, List<IndicatorTarget>> targetsById = this.targets.forIndicators(indicatorIds);
		Map<Long, List<Benchmark>> benchmarksById = this.benchmarks.forIndicators(indicatorIds);
		Map<Long, Performance> result = new java.util.LinkedHashMap<>();
		for (Indicator indicator : this.indicators.findAllById(indicatorIds)) {
			long id = indicator.id();
			result.put(id, PerformanceEvaluator.evaluate(indicator, history.getOrDefault(id, List.of()),
					targetsById.getOrDefault(id, List.of()), benchmarksById.getOrDefault(id, List.of()), period));
		}
		return result;
	}

	/**
	 * @return every measurement of the indicator, oldest first, each as it stood when
	 * reported
	 */
	public List<Performance> history(Indicator indicator) {
		List<Measurement> all = this.measurements.forIndicator(indicator.id());
		List<IndicatorTarget> indicatorTargets = this.targets.forIndicator(indicator.id());
		List<Benchmark> comparators = this.benchmarks.forIndicator(indicator.id());
		return all.stream()
			.map(m -> PerformanceEvaluator.evaluate(indicator, m, all, indicatorTargets, comparators,
					m.reportingPeriod()))
			.toList();
	}

	public List<FinancialQuarter> reportingPeriods(Collection<Long> indicatorIds) {
		return this.measurements.reportingPeriodsOf(indicatorIds);
	}

}
