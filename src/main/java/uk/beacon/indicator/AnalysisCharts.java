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
import uk.beacon.analytics.chart.Sparkline;
import uk.beacon.analytics.chart.SparklineData;
import uk.beacon.analytics.chart.TrendChart;
import uk.beacon.analytics.chart.TrendChartData;
import uk.beacon.period.FinancialYear;
import uk.beacon.period.PeriodKind;

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
		List<Double> greenLow = new ArrayList<>();
		List<Double> greenHigh = new ArrayList<>();
		for (String label : series.labels()) {
			Performance p = byLabel.get(label);
			// a year-to-date figure is held against the share of the annual target due by
			// then, as the rule does
			double share = (p != null) ? yearShare(indicator, p) : 1;
			Double figure = (p != null) ? figure(p) : null;
			Bands bands = (p != null) ? bands(indicator, p, share) : Bands.NONE;
			targets.add((figure != null) ? figure * share : null);
			amberLow.add(bands.amberLow());
			amberHigh.add(bands.amberHigh());
			greenLow.add(bands.greenLow());
			greenHigh.add(bands.greenHigh());
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
		return TrendChart.render(new TrendChartData(indicator.title(), series.labels(),
				new Series(indicator.title(), series.withGaps()), anyTarget ? new Series("Target", targets) : null,
				amberLow, amberHigh, comparators, format, greenLow, greenHigh), "trend-" + indicator.code());
	}

	/**
	 * The last {@code recent} periods of the series (missing returns included) against
	 * the target, as a sparkline for a line of a scorecard.
	 */
	static Chart sparkline(Indicator indicator, IndicatorSeries series, int recent, DoubleFunction<String> format,
			String idPrefix) {
		int from = Math.max(0, series.labels().size() - recent);
		List<String> labels = series.labels().subList(from, series.labels().size());
		List<Double> values = series.withGaps().subList(from, series.withGaps().size());
		Map<String, Performance> byLabel = new HashMap<>();
		series.points().forEach(p -> byLabel.put(p.measurement().dataPeriod().label(), p));
		List<Double> targets = new ArrayList<>();
		for (String label : labels) {
			Performance p = byLabel.get(label);
			Double figure = (p != null) ? figure(p) : null;
			targets.add((figure != null) ? figure * yearShare(indicator, p) : null);
		}
		String called = series.isEmpty() ? "periods" : plural(series.latest().measurement().dataPeriod().kind());
		return Sparkline.render(new SparklineData(indicator.title(), called, labels, values, targets, format),
				idPrefix);
	}

	private static String plural(PeriodKind kind) {
		return switch (kind) {
			case FINANCIAL_QUARTER -> "quarters";
			case MONTH -> "months";
			case FINANCIAL_YEAR -> "financial years";
			case ACADEMIC_YEAR -> "academic years";
			case CALENDAR_YEAR -> "years";
			case AS_AT_DATE -> "dates";
		};
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

	/**
	 * The bands as the rule draws them, on the side of the target where a value falls
	 * short (both sides when within a range is best). The green band is where a value is
	 * still green: the green tolerance beside the target, or a target range with its
	 * green tolerance; the amber band reaches as far as the amber tolerance, and the
	 * green is drawn over it. A quartile target has no band.
	 */
	static Bands bands(Indicator indicator, Performance p, double share) {
		if (p.target() == null) {
			return Bands.NONE;
		}
		RagRule rule = p.target().rule();
		Polarity polarity = indicator.polarity();
		Target target = p.target().target();
		BigDecimal low;
		BigDecimal high;
		if (target instanceof Target.Range range) {
			low = range.low();
			high = range.high();
		}
		else if (target.figure() != null) {
			low = target.figure().multiply(BigDecimal.valueOf(share));
			high = low;
		}
		else {
			return Bands.NONE;
		}
		boolean below = polarity != Polarity.LOWER_IS_BETTER;
		boolean above = polarity != Polarity.HIGHER_IS_BETTER;
		BigDecimal greenBelow = below ? low.subtract(rule.green().bandWidth(low)) : low;
		BigDecimal greenAbove = above ? high.add(rule.green().bandWidth(high)) : high;
		Double[] green = (greenBelow.compareTo(greenAbove) < 0)
				? new Double[] { greenBelow.doubleValue(), greenAbove.doubleValue() } : new Double[] { null, null };
		BigDecimal amberWidth = rule.amber().bandWidth(low);
		if (rule.amber().kind() == Tolerance.Kind.NONE || amberWidth.signum() == 0
				|| amberWidth.compareTo(rule.green().bandWidth(low)) <= 0) {
			return new Bands(green[0], green[1], null, null);
		}
		BigDecimal amberBelow = below ? low.subtract(amberWidth) : low;
		BigDecimal amberAbove = above ? high.add(rule.amber().bandWidth(high)) : high;
		return new Bands(green[0], green[1], amberBelow.doubleValue(), amberAbove.doubleValue());
	}

	/** The edges of the green and amber bands in one period, {@code null} where none. */
	record Bands(Double greenLow, Double greenHigh, Double amberLow, Double amberHigh) {

		static final Bands NONE = new Bands(null, null, null, null);

	}

}
