package uk.beacon.indicator;

import java.util.ArrayList;
import java.util.List;

import uk.beacon.analytics.DataQuality;
import uk.beacon.analytics.DataQualityFlag;
import uk.beacon.analytics.DataQualityIssue;

/**
 * What looks wrong with an indicator's figures and target, as its own page and the
 * council-wide list of data to check both say it: one rule for both, so the two never
 * disagree.
 */
final class FiguresToCheck {

	private FiguresToCheck() {
	}

	/**
	 * A flag with the period it is about.
	 *
	 * @param flag what looks wrong
	 * @param period the data period of the figure flagged; for a suspect target, the
	 * latest period's, whose target it is
	 */
	record Flagged(DataQualityFlag flag, String period) {
	}

	/**
	 * Missing periods among every expected period, outliers and denominator jumps among
	 * the figures reported, and a suspect latest target; none for a year-to-date total's
	 * denominators or target, which grow through the year by design, nor a same period
	 * last year measure's denominators.
	 * @param series the indicator's figures, as measured like the latest
	 */
	static List<Flagged> of(IndicatorSeries series) {
		if (series.isEmpty()) {
			return List.of();
		}
		Indicator indicator = series.latest().indicator();
		boolean cumulative = indicator.accumulation() == Accumulation.CUMULATIVE_YTD;
		List<String> pointLabels = series.pointLabels();
		List<Flagged> flags = new ArrayList<>();
		DataQuality.values(series.withGaps(), series.labels())
			.stream()
			.filter(f -> f.issue() == DataQualityIssue.MISSING_PERIOD)
			.forEach(f -> flags.add(new Flagged(f, series.labels().get(f.index()))));
		DataQuality.values(series.values(), pointLabels)
			.stream()
			.filter(f -> f.issue() == DataQualityIssue.OUTLIER)
			.forEach(f -> flags.add(new Flagged(f, pointLabels.get(f.index()))));
		if (!cumulative && indicator.comparison() == Comparison.PREVIOUS_PERIOD) {
			DataQuality
				.denominators(series.points()
					.stream()
					.map(p -> (p.measurement().denominator() != null) ? p.measurement().denominator().doubleValue()
							: null)
					.toList(), pointLabels)
				.forEach(f -> flags.add(new Flagged(f, pointLabels.get(f.index()))));
		}
		if (!cumulative) {
			DataQuality
				.target(AnalysisCharts.figure(series.latest()), series.values(), indicator.unit() == Unit.PERCENT)
				.forEach(f -> flags.add(new Flagged(f, pointLabels.get(pointLabels.size() - 1))));
		}
		return List.copyOf(flags);
	}

	/** The flags alone, in the order {@link #of} gives them. */
	static List<DataQualityFlag> flagsOf(IndicatorSeries series) {
		return of(series).stream().map(Flagged::flag).toList();
	}

}
