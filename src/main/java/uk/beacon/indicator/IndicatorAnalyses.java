package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.analytics.Forecast;
import uk.beacon.analytics.Improvement;
import uk.beacon.analytics.Spc;
import uk.beacon.analytics.SpcAnalysis;
import uk.beacon.analytics.SpcIcons;
import uk.beacon.analytics.SpcSettings;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.FinancialYear;

/**
 * Analyses an indicator as it stood in a quarter: statistical process control, a year-end
 * forecast, its position in comparator groups, data-quality flags and its charts.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorAnalyses {

	/** The periods a sparkline shows: two years of quarters. */
	static final int GLANCE_PERIODS = 8;

	private final IndicatorPerformances performances;

	private final IndicatorTargets targets;

	private final Benchmarks benchmarks;

	private final ComparatorValues comparators;

	private final SpcSettings settings;

	private final IndicatorDefinitions definitions;

	private final EvaluationCache cache;

	IndicatorAnalyses(IndicatorPerformances performances, IndicatorTargets targets, Benchmarks benchmarks,
			ComparatorValues comparators, IndicatorDefinitions definitions, EvaluationCache cache,
			@Value("${beacon.spc.run-length:7}") int runLength, @Value("${beacon.spc.trend-length:7}") int trendLength,
			@Value("${beacon.spc.minimum-points:13}") int minimumPoints,
			@Value("${beacon.spc.screen-moving-ranges:false}") boolean screen) {
		this.performances = performances;
		this.targets = targets;
		this.benchmarks = benchmarks;
		this.comparators = comparators;
		this.definitions = definitions;
		this.cache = cache;
		this.settings = new SpcSettings(runLength, trendLength, minimumPoints, screen);
	}

	/**
	 * @param upTo the quarter looked at, {@code null} for everything reported
	 * @param baselinePoints fix the process limits from the first this-many points, as a
	 * person chooses after a change in the service; {@code null} for all points
	 * @throws BaselineRejected when the baseline cannot be used, with the reason
	 */
	public IndicatorAnalysis analyse(Indicator current, FinancialQuarter upTo, Integer baselinePoints) {
		IndicatorSeries series = IndicatorSeries.of(this.performances.history(current), upTo);
		// the figures are analysed as they were measured, which is not always as now
		Indicator indicator = series.isEmpty() ? current : series.latest().indicator();
		List<Double> values = series.values();
		Improvement improvement = improvement(indicator.polarity());
		boolean cumulative = indicator.accumulation() == Accumulation.CUMULATIVE_YTD;
		Double target = series.isEmpty() ? null : AnalysisCharts.figure(series.latest());
		// a baseline below the minimum gives trial limits, which the analysis says
		if (baselinePoints != null && (baselinePoints < 2 || baselinePoints > values.size())) {
			throw new BaselineRejected(
					"The baseline must be from 2 to " + values.size() + " points, the number of points there are.");
		}
		SpcAnalysis spc = spc(indicator, series, baselinePoints);
		String spcNote = cumulative
				? "Statistical process control is not used for year-to-date totals, which rise through each year by design."
				: spc.explanation();
		DoubleFunction<String> format = v -> indicator.format(BigDecimal.valueOf(v));
		List<Benchmark> benchmarkList = this.benchmarks.forIndicator(indicator.id());
		List<ComparatorValue> groupValues = this.comparators.forIndicator(indicator.id());
		List<IndicatorAnalysis.GroupPosition> positions = positions(indicator, series, groupValues);
		return new IndicatorAnalysis(indicator, series.pointLabels(), spc, spcNote,
				forecast(indicator, series, improvement), positions,
				BenchmarkStatements.of(indicator, series.isEmpty() ? null : series.latest(), series, benchmarkList,
						positions, groupValues),
				FiguresToCheck.flagsOf(series), AnalysisCharts.trend(indicator, series, benchmarkList, format),
				spc.enoughData() ? AnalysisCharts.control(indicator, series, spc, target, format) : null);
	}

	/**
	 * The indicator's latest figures reported up to a quarter, like with like, with their
	 * trend chart, beside the target and rule of that quarter: what an owner asked for
	 * the quarter's figure sees.
	 * @param current the indicator as it is now
	 * @param count how many figures at most
	 */
	public RecentFigures recentFigures(Indicator current, FinancialQuarter quarter, int count) {
		IndicatorSeries series = IndicatorSeries.of(this.performances.history(current), quarter).last(count);
		Indicator asMeasured = this.definitions.of(current).inForce(quarter);
		IndicatorTarget target = PerformanceEvaluator.targetFor(this.targets.forIndicator(current.id()), quarter);
		if (series.isEmpty()) {
			return new RecentFigures(asMeasured, quarter, target, List.of(), null);
		}
		// the chart is drawn as the figures were measured, as on the indicator's page
		Indicator measured = series.latest().indicator();
		DoubleFunction<String> format = v -> measured.format(BigDecimal.valueOf(v));
		return new RecentFigures(asMeasured, quarter, target, series.points(),
				AnalysisCharts.trend(measured, series, this.benchmarks.forIndicator(current.id()), format));
	}

	/**
	 * The icons of the statistical process control of many indicators at once, as their
	 * pages show it with limits from every point, for the lines of a scorecard or a
	 * dashboard.
	 * @param upTo the quarter looked at
	 * @return by indicator identity; none for an indicator with no figures or one of
	 * year-to-date totals, which has no limits
	 */
	public Map<Long, SpcIcons> icons(Collection<Indicator> indicators, FinancialQuarter upTo) {
		// each indicator's whole history is read and rated for its limits: kept for the
		// data as they are, as the quarter's evaluations are
		EvaluationCache.Entries cached = this.cache.current();
		Map<Long, SpcIcons> result = new HashMap<>();
		List<Indicator> missing = new java.util.ArrayList<>();
		for (Indicator indicator : indicators) {
			java.util.Optional<SpcIcons> found = cached.spc(indicator.id(), upTo);
			if (found == null) {
				missing.add(indicator);
			}
			else {
				found.ifPresent((spc) -> result.put(indicator.id(), spc));
			}
		}
		Map<Long, java.util.Optional<SpcIcons>> worked = new HashMap<>();
		this.performances.histories(missing).forEach((id, history) -> {
			IndicatorSeries series = IndicatorSeries.of(history, upTo);
			SpcAnalysis spc = series.isEmpty() ? null : spc(series.latest().indicator(), series, null);
			worked.put(id, java.util.Optional.ofNullable(SpcIcons.of(spc)));
		});
		cached.putSpc(upTo, worked);
		worked.forEach((id, spc) -> spc.ifPresent((found) -> result.put(id, found)));
		return result;
	}

	/**
	 * What a line of a scorecard shows of each indicator at a glance, read and worked out
	 * for all of them in one pass over their histories: the sparkline of its last
	 * {@value #GLANCE_PERIODS} periods against its target, and its statistical process
	 * control as {@link #spc(Collection, FinancialQuarter)} gives it.
	 * @param upTo the quarter looked at
	 * @return by indicator identity, one for every indicator found
	 */
	public Map<Long, IndicatorGlance> glances(Collection<Indicator> indicators, FinancialQuarter upTo) {
		// kept for the performance data as they are, as the icons and evaluations are:
		// drawing them means reading and rating every figure of every indicator
		EvaluationCache.Entries cached = this.cache.current();
		Map<Long, IndicatorGlance> result = new HashMap<>();
		Map<Long, Indicator> missing = new HashMap<>();
		for (Indicator indicator : indicators) {
			IndicatorGlance found = cached.glance(indicator.id(), upTo);
			if (found == null) {
				missing.put(indicator.id(), indicator);
			}
			else {
				result.put(indicator.id(), found);
			}
		}
		if (missing.isEmpty()) {
			return result;
		}
		Map<Long, IndicatorGlance> worked = new HashMap<>();
		Map<Long, java.util.Optional<SpcIcons>> icons = new HashMap<>();
		this.performances.histories(missing.values()).forEach((id, history) -> {
			IndicatorSeries series = IndicatorSeries.of(history, upTo);
			// the figures are drawn as they were measured, which is not always as now
			Indicator measured = series.isEmpty() ? missing.get(id) : series.latest().indicator();
			SpcAnalysis spc = series.isEmpty() ? null : spc(measured, series, null);
			SpcIcons spcIcons = SpcIcons.of(spc);
			DoubleFunction<String> format = v -> measured.format(BigDecimal.valueOf(v));
			IndicatorGlance glance = new IndicatorGlance(id,
					AnalysisCharts.sparkline(measured, series, GLANCE_PERIODS, format, IndicatorGlance.ID_PREFIX + id),
					spcIcons);
			if (series.isEmpty()) {
				// drawn from the caller's indicator, which may have been read before the
				// version the cache is for: shown, never kept
				result.put(id, glance);
			}
			else {
				worked.put(id, glance);
			}
			icons.put(id, java.util.Optional.ofNullable(spcIcons));
		});
		cached.putGlances(upTo, worked);
		cached.putSpc(upTo, icons);
		result.putAll(worked);
		return result;
	}

	/**
	 * Year-to-date totals rise through each year by design: their limits would mean
	 * nothing.
	 */
	private SpcAnalysis spc(Indicator asMeasured, IndicatorSeries series, Integer baselinePoints) {
		boolean cumulative = asMeasured.accumulation() == Accumulation.CUMULATIVE_YTD;
		Double target = series.isEmpty() ? null : AnalysisCharts.figure(series.latest());
		return Spc.analyse(cumulative ? List.of() : series.values(), improvement(asMeasured.polarity()),
				cumulative ? null : target, cumulative ? null : baselinePoints, this.settings);
	}

	static Improvement improvement(Polarity polarity) {
		return switch (polarity) {
			case HIGHER_IS_BETTER -> Improvement.UP;
			case LOWER_IS_BETTER -> Improvement.DOWN;
			default -> Improvement.NEITHER;
		};
	}

	private Forecast forecast(Indicator indicator, IndicatorSeries series, Improvement improvement) {
		if (series.isEmpty()) {
			return null;
		}
		Performance latest = series.latest();
		FinancialYear year = FinancialYear.containing(latest.measurement().dataPeriod().end());
		Target target = (latest.target() != null) ? latest.target().target() : new Target.None();
		Double annual = (target instanceof Target.Value) ? target.figure().doubleValue() : null;
		Double profiledShare = null;
		if (target instanceof Target.Profile profile) {
			// a year-to-date profile: the share of the year-end figure expected by now
			BigDecimal yearEnd = this.targets.forIndicator(indicator.id())
				.stream()
				.filter(t -> t.target() instanceof Target.Profile && t.appliesTo(year.quarters().get(3)))
				.map(t -> t.target().figure())
				.findFirst()
				.orElse(null);
			if (yearEnd != null && yearEnd.signum() > 0) {
				annual = yearEnd.doubleValue();
				profiledShare = profile.value().doubleValue() / yearEnd.doubleValue();
			}
		}
		List<YearEndForecasts.Figure> figures = series.points()
			.stream()
			.map(p -> new YearEndForecasts.Figure(p.measurement().dataPeriod(), p.value().doubleValue()))
			.toList();
		return YearEndForecasts.of(figures, indicator.unit(), indicator.accumulation(), annual, profiledShare,
				improvement);
	}

	// the latest period with comparator data, for each group
	private static List<IndicatorAnalysis.GroupPosition> positions(Indicator indicator, IndicatorSeries series,
			List<ComparatorValue> all) {
		Map<String, IndicatorAnalysis.GroupPosition> byGroup = new LinkedHashMap<>();
		for (int i = series.points().size() - 1; i >= 0; i--) {
			Performance point = series.points().get(i);
			for (ComparatorGroupPlaces.Place place : ComparatorGroupPlaces.of(indicator.polarity(),
					point.value().doubleValue(), indicator.format(point.value()), point.measurement().dataPeriod(),
					all)) {
				byGroup.putIfAbsent(place.groupCode(), new IndicatorAnalysis.GroupPosition(place.groupCode(),
						place.groupName(), place.period().label(), place.position(), place.explanation()));
			}
		}
		return List.copyOf(byGroup.values());
	}

}
