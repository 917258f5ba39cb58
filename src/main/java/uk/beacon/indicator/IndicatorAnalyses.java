package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import uk.beacon.analytics.Forecasts;
import uk.beacon.analytics.Improvement;
import uk.beacon.analytics.Spc;
import uk.beacon.analytics.SpcAnalysis;
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

	IndicatorAnalyses(IndicatorPerformances performances, IndicatorTargets targets, Benchmarks benchmarks,
			ComparatorValues comparators, @Value("${beacon.spc.run-length:7}") int runLength,
			@Value("${beacon.spc.trend-length:7}") int trendLength,
			@Value("${beacon.spc.minimum-points:13}") int minimumPoints,
			@Value("${beacon.spc.screen-moving-ranges:false}") boolean screen) {
		this.performances = performances;
		this.targets = targets;
		this.benchmarks = benchmarks;
		this.comparators = comparators;
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
	 * The statistical process control of many indicators at once, as their pages show it
	 * with limits from every point, for the icons of a scorecard or a dashboard.
	 * @param upTo the quarter looked at
	 * @return by indicator identity; none for an indicator with no figures or one of
	 * year-to-date totals, which has no limits
	 */
	public Map<Long, SpcAnalysis> spc(Collection<Indicator> indicators, FinancialQuarter upTo) {
		Map<Long, SpcAnalysis> result = new HashMap<>();
		this.performances.histories(indicators).forEach((id, history) -> {
			IndicatorSeries series = IndicatorSeries.of(history, upTo);
			if (!series.isEmpty()) {
				SpcAnalysis spc = spc(series.latest().indicator(), series, null);
				if (spc.enoughData()) {
					result.put(id, spc);
				}
			}
		});
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
		Map<Long, Indicator> byId = new HashMap<>();
		indicators.forEach(i -> byId.put(i.id(), i));
		Map<Long, IndicatorGlance> result = new HashMap<>();
		this.performances.histories(indicators).forEach((id, history) -> {
			IndicatorSeries series = IndicatorSeries.of(history, upTo);
			// the figures are drawn as they were measured, which is not always as now
			Indicator measured = series.isEmpty() ? byId.get(id) : series.latest().indicator();
			SpcAnalysis spc = series.isEmpty() ? null : spc(measured, series, null);
			DoubleFunction<String> format = v -> measured.format(BigDecimal.valueOf(v));
			result.put(id, new IndicatorGlance(id,
					AnalysisCharts.sparkline(measured, series, GLANCE_PERIODS, format, IndicatorGlance.ID_PREFIX + id),
					(spc != null && spc.enoughData()) ? spc : null));
		});
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
		LocalDate end = latest.measurement().dataPeriod().end();
		FinancialYear year = FinancialYear.containing(end);
		double elapsed = ChronoUnit.MONTHS.between(year.start(), end.plusDays(1)) / 12.0;
		Target target = (latest.target() != null) ? latest.target().target() : new Target.None();
		if (target instanceof Target.Profile profile) {
			// a year-to-date profile: the share of the year-end figure expected by now
			BigDecimal yearEnd = this.targets.forIndicator(indicator.id())
				.stream()
				.filter(t -> t.target() instanceof Target.Profile && t.appliesTo(year.quarters().get(3)))
				.map(t -> t.target().figure())
				.findFirst()
				.orElse(null);
			if (yearEnd != null && yearEnd.signum() > 0) {
				return Forecasts.cumulative(latest.value().doubleValue(), elapsed,
						Math.min(1, profile.value().doubleValue() / yearEnd.doubleValue()), yearEnd.doubleValue(),
						improvement, scale(indicator.unit(), List.of(latest.value().doubleValue())));
			}
		}
		Double annual = (target instanceof Target.Value) ? target.figure().doubleValue() : null;
		if (indicator.accumulation() == Accumulation.CUMULATIVE_YTD) {
			return Forecasts.cumulative(latest.value().doubleValue(), elapsed, null, annual, improvement,
					scale(indicator.unit(), List.of(latest.value().doubleValue())));
		}
		long periodsLeft = switch (latest.measurement().dataPeriod().kind()) {
			case FINANCIAL_QUARTER -> ChronoUnit.MONTHS.between(end.plusDays(1), year.end().plusDays(1)) / 3;
			case MONTH -> ChronoUnit.MONTHS.between(end.plusDays(1), year.end().plusDays(1));
			default -> -1;
		};
		if (periodsLeft < 0) {
			return null;
		}
		if (periodsLeft == 0 && latest.value() != null) {
			// the year's last period has its figure: that is the year end
			return Forecasts.yearEnd(latest.value().doubleValue(), annual, improvement,
					scale(indicator.unit(), List.of(latest.value().doubleValue())));
		}
		List<Double> recent = series.withGaps()
			.subList(Math.max(0, series.withGaps().size() - 8), series.withGaps().size());
		return Forecasts.linear(recent, (int) periodsLeft, annual, improvement, Forecasts.MINIMUM_TREND_POINTS,
				scale(indicator.unit(), recent));
	}

	/**
	 * How a forecast writes the unit's figures ("82.4%", "£1,200", "9 days"), and what
	 * they can be: a percentage at most 100 (and at least 0 when it has never been
	 * negative, a share rather than a change), days, staff and rates never negative.
	 */
	static Forecasts.Scale scale(Unit unit, List<Double> values) {
		boolean neverNegative = values.stream().allMatch(v -> v == null || v >= 0);
		Forecasts.Writer writer = (figure, places) -> unit.format(BigDecimal.valueOf(figure), places);
		return switch (unit) {
			case PERCENT -> new Forecasts.Scale(neverNegative ? 0.0 : -100.0, 100.0, writer);
			case DAYS, FTE, RATE_PER_1000, RATE_PER_10000, RATE_PER_100000 -> new Forecasts.Scale(0.0, null, writer);
			default -> new Forecasts.Scale(null, null, writer);
		};
	}

	// the latest period with comparator data, for each group
	private static List<IndicatorAnalysis.GroupPosition> positions(Indicator indicator, IndicatorSeries series,
			List<ComparatorValue> all) {
		Map<String, IndicatorAnalysis.GroupPosition> byGroup = new LinkedHashMap<>();
		for (int i = series.points().size() - 1; i >= 0; i--) {
			Performance point = series.points().get(i);
			for (ComparatorGroupPlaces.Place place : ComparatorGroupPlaces.of(indicator.polarity(),
					point.value().doubleValue(), point.measurement().dataPeriod(), all)) {
				byGroup.putIfAbsent(place.groupCode(), new IndicatorAnalysis.GroupPosition(place.groupCode(),
						place.groupName(), place.period().label(), place.position(), place.explanation()));
			}
		}
		return List.copyOf(byGroup.values());
	}

}
