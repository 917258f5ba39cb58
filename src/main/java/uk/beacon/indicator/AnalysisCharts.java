package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import uk.beacon.analytics.Improvement;
import uk.beacon.analytics.SpcAnalysis;
import uk.beacon.analytics.chart.Chart;
import uk.beacon.analytics.chart.ControlChart;
import uk.beacon.analytics.chart.ControlChartData;
import uk.beacon.analytics.chart.Series;
import uk.beacon.analytics.chart.TrendChart;
import uk.beacon.analytics.chart.TrendChartData;
import uk.beacon.period.FinancialYear;

/**
 * Draws an indicator's trend and control charts from its series.
 */
final class AnalysisCharts {

	private AnalysisCharts() {
	}

	static Chart trend(Indicator indicator, IndicatorSeries series, List<Benchmark> benchmarks,
			DoubleFunction<String> format) {
		Map<String, Performance> byLabel = new HashMap<>();
		series.points().forEach(p -> byLabel.put(p.measurement().dataPeriod().label(), p));
		List<Double> targets = new ArrayList<>();
		List<Double> amberLow = new ArrayList<>();
		List<Double> amberHigh = new ArrayList<>();
		for (String label : series.labels()) {
			Performance p = byLabel.get(label);
			// a year-to-date figure is held against the share of the annual target due by
			// then, as the rule does
			double share = (p != null) ? yearShare(indicator, p) : 1;
			Double figure = (p != null) ? figure(p) : null;
			Double[] band = (p != null) ? amberBand(indicator, p) : new Double[] { null, null };
			targets.add((figure != null) ? figure * share : null);
			amberLow.add((band[0] != null) ? band[0] * share : null);
			amberHigh.add((band[1] != null) ? band[1] * share : null);
		}
		List<Series> comparators = new ArrayList<>();
		for (BenchmarkComparator comparator : BenchmarkComparator.values()) {
			List<Double> values = series.labels()
				.stream()
				.map(label -> benchmarks.stream()
					.filter(b -> b.comparator() == comparator && b.value() != null
							&& b.dataPeriod().label().equals(label))
					.map(b -> b.value().doubleValue())
					.findFirst()
					.orElse(null))
				.toList();
			if (values.stream().anyMatch(v -> v != null)) {
				comparators.add(new Series(comparator.label(), values));
			}
		}
		boolean anyTarget = targets.stream().anyMatch(t -> t != null);
		return TrendChart.render(
				new TrendChartData(indicator.title(), series.labels(), new Series(indicator.title(), series.withGaps()),
						anyTarget ? new Series("Target", targets) : null, amberLow, amberHigh, comparators, format),
				"trend-" + indicator.code());
	}

	static Chart control(Indicator indicator, IndicatorSeries series, SpcAnalysis spc, Double target,
			DoubleFunction<String> format) {
		Improvement improvement = IndicatorAnalyses.improvement(indicator.polarity());
		List<Boolean> special = spc.points().stream().map(p -> !p.causes().isEmpty()).toList();
		List<Boolean> improving = spc.points().stream().map(p -> {
			if (p.causes().isEmpty() || improvement == Improvement.NEITHER) {
				return null;
			}
			return p.high() == (improvement == Improvement.UP);
		}).toList();
		List<Double> values = series.values();
		return ControlChart.render(
				new ControlChartData(indicator.title(), series.pointLabels(), values, spc.mean(), spc.upperLimit(),
						spc.lowerLimit(), special, improving, target,
						(spc.baselinePoints() < values.size()) ? spc.baselinePoints() : null, format),
				"spc-" + indicator.code());
	}

	static Double figure(Performance p) {
		if (p.target() == null) {
			return null;
		}
		BigDecimal figure = p.target().target().figure();
		return (figure != null) ? figure.doubleValue() : null;
	}

	static double yearShare(Indicator indicator, Performance p) {
		if (indicator.accumulation() != Accumulation.CUMULATIVE_YTD || p.target() == null
				|| !(p.target().target() instanceof Target.Value)) {
			return 1;
		}
		LocalDate end = p.measurement().dataPeriod().end();
		return ChronoUnit.MONTHS.between(FinancialYear.containing(end).start(), end.plusDays(1)) / 12.0;
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
