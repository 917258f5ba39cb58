package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.analytics.DataQuality;
import uk.beacon.analytics.DataQualityFlag;
import uk.beacon.analytics.Forecast;
import uk.beacon.analytics.Forecasts;
import uk.beacon.analytics.Improvement;
import uk.beacon.analytics.Quartiles;
import uk.beacon.analytics.Spc;
import uk.beacon.analytics.SpcAnalysis;
import uk.beacon.analytics.SpcSettings;
import uk.beacon.analytics.chart.Chart;
import uk.beacon.analytics.chart.ControlChart;
import uk.beacon.analytics.chart.ControlChartData;
import uk.beacon.analytics.chart.Series;
import uk.beacon.analytics.chart.TrendChart;
import uk.beacon.analytics.chart.TrendChartData;
import uk.beacon.period.FinancialYear;
import uk.beacon.period.Period;
import uk.beacon.period.PeriodKind;

/**
 * Analyses an indicator's history: the series is its values for periods of the same kind
 * as its latest (quarters with quarters, academic years with academic years), oldest
 * first.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorAnalyses {

	private final IndicatorPerformances performances;

	private final Benchmarks benchmarks;

	private final ComparatorValues comparators;

	private final SpcSettings settings;

	IndicatorAnalyses(IndicatorPerformances performances, Benchmarks benchmarks, ComparatorValues comparators,
			@org.springframework.beans.factory.annotation.Value("${beacon.spc.run-length:7}") int runLength,
			@org.springframework.beans.factory.annotation.Value("${beacon.spc.trend-length:7}") int trendLength) {
		this.settings = new SpcSettings(runLength, trendLength, SpcSettings.standard().minimumPoints());
		this.performances = performances;
		this.benchmarks = benchmarks;
		this.comparators = comparators;
	}

	public IndicatorAnalysis analyse(Indicator indicator) {
		return analyse(indicator, null);
	}

	/**
	 * @param baselinePoints fix the process limits from the first this-many points, as a
	 * person chooses after a change in the process; {@code null} for all points
	 * @throws IllegalArgumentException when the baseline is shorter than the minimum or
	 * longer than the series
	 */
	public IndicatorAnalysis analyse(Indicator indicator, Integer baselinePoints) {
		List<Performance> series = series(this.performances.history(indicator));
		List<String> labels = series.stream().map(p -> p.measurement().dataPeriod().label()).toList();
		List<Double> values = series.stream().map(p -> p.value().doubleValue()).toList();
		Improvement improvement = improvement(indicator.polarity());
		Double target = series.isEmpty() ? null : figure(series.get(series.size() - 1));
		SpcAnalysis spc = Spc.analyse(values, improvement, target, baselinePoints, this.settings);
		DoubleFunction<String> format = v -> indicator.format(BigDecimal.valueOf(v));
		List<DataQualityFlag> flags = new ArrayList<>(missingPeriods(series));
		flags.addAll(DataQuality.values(values, labels));
		flags.addAll(DataQuality.denominators(series.stream()
			.map(p -> (p.measurement().denominator() != null) ? p.measurement().denominator().doubleValue() : null)
			.toList(), labels));
		flags.addAll(DataQuality.target(target, values));
		return new IndicatorAnalysis(indicator, labels, spc, forecast(indicator, series, improvement, target),
				positions(indicator, series, improvement), flags, trendChart(indicator, series, labels, format),
				spc.enoughData() ? controlChart(indicator, labels, values, spc, target, format) : null);
	}

	/**
	 * Quarters and months are expected one after another: a gap between two reported
	 * periods is a missing return. The series, its chart and SPC use only the periods
	 * reported.
	 */
	private static List<DataQualityFlag> missingPeriods(List<Performance> series) {
		List<Double> withGaps = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		Period expected = null;
		for (Performance p : series) {
			Period period = p.measurement().dataPeriod();
			while (expected != null && expected.end().isBefore(period.start()) && withGaps.size() < 1000) {
				withGaps.add(null);
				labels.add(expected.label());
				expected = next(expected);
			}
			withGaps.add(p.value().doubleValue());
			labels.add(period.label());
			expected = next(period);
		}
		return DataQuality.values(withGaps, labels)
			.stream()
			.filter(f -> f.issue() == uk.beacon.analytics.DataQualityIssue.MISSING_PERIOD)
			.toList();
	}

	private static Period next(Period period) {
		if (period instanceof uk.beacon.period.FinancialQuarter quarter) {
			return quarter.plusQuarters(1);
		}
		if (period instanceof uk.beacon.period.Month month) {
			return new uk.beacon.period.Month(month.yearMonth().plusMonths(1));
		}
		return null;
	}

	static Improvement improvement(Polarity polarity) {
		return switch (polarity) {
			case HIGHER_IS_BETTER -> Improvement.UP;
			case LOWER_IS_BETTER -> Improvement.DOWN;
			default -> Improvement.NEITHER;
		};
	}

	// like with like: only periods of the latest one's kind, each with a figure
	private static List<Performance> series(List<Performance> history) {
		List<Performance> withFigures = history.stream().filter(p -> p.value() != null).toList();
		if (withFigures.isEmpty()) {
			return List.of();
		}
		PeriodKind kind = withFigures.get(withFigures.size() - 1).measurement().dataPeriod().kind();
		return withFigures.stream()
			.filter(p -> p.measurement().dataPeriod().kind() == kind)
			.sorted(java.util.Comparator.comparing((Performance p) -> p.measurement().dataPeriod().end()))
			.toList();
	}

	private Forecast forecast(Indicator indicator, List<Performance> series, Improvement improvement, Double target) {
		if (series.isEmpty()) {
			return null;
		}
		Performance latest = series.get(series.size() - 1);
		LocalDate end = latest.measurement().dataPeriod().end();
		LocalDate yearEnd = FinancialYear.containing(end).end();
		if (indicator.accumulation() == Accumulation.CUMULATIVE_YTD) {
			long months = ChronoUnit.MONTHS.between(FinancialYear.containing(end).start(), end.plusDays(1));
			return Forecasts.cumulative(latest.value().doubleValue(), months / 12.0, null, target, improvement);
		}
		long periodsLeft = switch (latest.measurement().dataPeriod().kind()) {
			case FINANCIAL_QUARTER -> ChronoUnit.MONTHS.between(end.plusDays(1), yearEnd.plusDays(1)) / 3;
			case MONTH -> ChronoUnit.MONTHS.between(end.plusDays(1), yearEnd.plusDays(1));
			default -> -1;
		};
		if (periodsLeft < 0) {
			return null;
		}
		List<Double> recent = series.stream()
			.skip(Math.max(0, series.size() - 8))
			.map(p -> p.value().doubleValue())
			.toList();
		return Forecasts.linear(recent, (int) periodsLeft, target, improvement);
	}

	private List<IndicatorAnalysis.GroupPosition> positions(Indicator indicator, List<Performance> series,
			Improvement improvement) {
		if (series.isEmpty()) {
			return List.of();
		}
		Performance latest = series.get(series.size() - 1);
		Period period = latest.measurement().dataPeriod();
		Map<String, List<ComparatorValue>> byGroup = new LinkedHashMap<>();
		this.comparators.forIndicator(indicator.id())
			.stream()
			.filter(v -> v.dataPeriod().equals(period))
			.forEach(v -> byGroup.computeIfAbsent(v.groupCode(), g -> new ArrayList<>()).add(v));
		List<IndicatorAnalysis.GroupPosition> positions = new ArrayList<>();
		byGroup.forEach((code, members) -> {
			List<Double> others = members.stream()
				.filter(m -> !m.isCouncil())
				.map(m -> m.value().doubleValue())
				.toList();
			if (!others.isEmpty()) {
				positions.add(new IndicatorAnalysis.GroupPosition(code, members.get(0).groupName(), period.label(),
						Quartiles.position(latest.value().doubleValue(), others, false, improvement)));
			}
		});
		return positions;
	}

	private Chart trendChart(Indicator indicator, List<Performance> series, List<String> labels,
			DoubleFunction<String> format) {
		List<Double> targets = new ArrayList<>();
		List<Double> amberLow = new ArrayList<>();
		List<Double> amberHigh = new ArrayList<>();
		for (Performance p : series) {
			// a year-to-date figure is held against the share of the annual target due by
			// then, as the rule does
			double share = yearShare(indicator, p);
			Double figure = figure(p);
			targets.add((figure != null) ? figure * share : null);
			Double[] band = amberBand(indicator, p);
			amberLow.add((band[0] != null) ? band[0] * share : null);
			amberHigh.add((band[1] != null) ? band[1] * share : null);
		}
		List<Series> comparatorSeries = new ArrayList<>();
		List<Benchmark> all = this.benchmarks.forIndicator(indicator.id());
		for (BenchmarkComparator comparator : BenchmarkComparator.values()) {
			List<Double> values = series.stream()
				.map(p -> all.stream()
					.filter(b -> b.comparator() == comparator && b.value() != null
							&& b.dataPeriod().equals(p.measurement().dataPeriod()))
					.map(b -> b.value().doubleValue())
					.findFirst()
					.orElse(null))
				.toList();
			if (values.stream().anyMatch(v -> v != null)) {
				comparatorSeries.add(new Series(comparator.label(), values));
			}
		}
		boolean anyTarget = targets.stream().anyMatch(t -> t != null);
		return TrendChart.render(new TrendChartData(indicator.title(), labels,
				new Series(indicator.title(), series.stream().map(p -> p.value().doubleValue()).toList()),
				anyTarget ? new Series("Target", targets) : null, amberLow, amberHigh, comparatorSeries, format),
				"trend-" + indicator.code());
	}

	private static Chart controlChart(Indicator indicator, List<String> labels, List<Double> values, SpcAnalysis spc,
			Double target, DoubleFunction<String> format) {
		List<Boolean> special = spc.points().stream().map(p -> !p.causes().isEmpty()).toList();
		Improvement improvement = improvement(indicator.polarity());
		List<Boolean> improving = spc.points().stream().map(p -> {
			if (p.causes().isEmpty() || improvement == Improvement.NEITHER) {
				return null;
			}
			return p.high() == (improvement == Improvement.UP);
		}).toList();
		return ControlChart.render(
				new ControlChartData(indicator.title(), labels, values, spc.mean(), spc.upperLimit(), spc.lowerLimit(),
						special, improving, target,
						(spc.baselinePoints() < values.size()) ? spc.baselinePoints() : null, format),
				"spc-" + indicator.code());
	}

	private static double yearShare(Indicator indicator, Performance p) {
		if (indicator.accumulation() != Accumulation.CUMULATIVE_YTD || p.target() == null
				|| !(p.target().target() instanceof Target.Value)) {
			return 1;
		}
		LocalDate end = p.measurement().dataPeriod().end();
		return ChronoUnit.MONTHS.between(FinancialYear.containing(end).start(), end.plusDays(1)) / 12.0;
	}

	private static Double figure(Performance p) {
		if (p.target() == null) {
			return null;
		}
		BigDecimal figure = p.target().target().figure();
		return (figure != null) ? figure.doubleValue() : null;
	}

	// the amber band sits on the side of the target where a value falls short
	private static Double[] amberBand(Indicator indicator, Performance p) {
		if (p.target() == null || p.target().tolerance().kind() == Tolerance.Kind.NONE) {
			return new Double[] { null, null };
		}
		Target target = p.target().target();
		if (target instanceof Target.Range range) {
			BigDecimal width = p.target().tolerance().bandWidth(range.low());
			return new Double[] { range.low().subtract(width).doubleValue(), range.high().add(width).doubleValue() };
		}
		BigDecimal figure = target.figure();
		if (figure == null) {
			return new Double[] { null, null };
		}
		BigDecimal width = p.target().tolerance().bandWidth(figure);
		if (indicator.polarity() == Polarity.LOWER_IS_BETTER) {
			return new Double[] { figure.doubleValue(), figure.add(width).doubleValue() };
		}
		if (indicator.polarity() == Polarity.HIGHER_IS_BETTER) {
			return new Double[] { figure.subtract(width).doubleValue(), figure.doubleValue() };
		}
		return new Double[] { figure.subtract(width).doubleValue(), figure.add(width).doubleValue() };
	}

}
