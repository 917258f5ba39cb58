package uk.beacon.analytics.chart;

import java.util.ArrayList;
import java.util.List;

/** A trend chart in words and as a table, for people who cannot see or read the lines. */
final class TrendSummary {

	private final TrendChartData data;

	private final List<Series> comparators;

	TrendSummary(TrendChartData data) {
		this.data = data;
		this.comparators = TrendChart.comparatorsWithValues(data);
	}

	String textAlternative() {
		String opening = "Line chart of " + this.data.title() + Words.span(this.data.periodLabels()) + ".";
		int latest = latest(this.data.actual());
		if (latest < 0) {
			return opening + " No values to show.";
		}
		StringBuilder text = new StringBuilder(opening).append(' ').append(valueAndTrend(latest));
		text.append(againstTarget(latest)).append('.');
		if (!this.comparators.isEmpty()) {
			text.append(' ').append(comparators(latest));
		}
		return text.toString();
	}

	List<String> headers() {
		List<String> headers = new ArrayList<>(List.of("Period", "Value"));
		if (hasTarget()) {
			headers.add("Target");
		}
		if (this.data.hasGreenBand()) {
			headers.add("Green band");
		}
		if (this.data.hasAmberBand()) {
			headers.add("Amber band");
		}
		this.comparators.forEach((comparator) -> headers.add(comparator.name()));
		return headers;
	}

	List<List<String>> rows() {
		if (latest(this.data.actual()) < 0) {
			return List.of();
		}
		List<List<String>> rows = new ArrayList<>();
		for (int period = 0; period < this.data.periodLabels().size(); period++) {
			List<String> row = new ArrayList<>();
			row.add(this.data.periodLabels().get(period));
			row.add(formatted(this.data.actual().valueAt(period)));
			if (hasTarget()) {
				row.add(formatted(this.data.target().valueAt(period)));
			}
			if (this.data.hasGreenBand()) {
				row.add(band(this.data.greenLow().get(period), this.data.greenHigh().get(period)));
			}
			if (this.data.hasAmberBand()) {
				row.add(amberBand(period));
			}
			for (Series comparator : this.comparators) {
				row.add(formatted(comparator.valueAt(period)));
			}
			rows.add(row);
		}
		return rows;
	}

	private String valueAndTrend(int latest) {
		String last = at(this.data.actual(), latest);
		int first = firstValue();
		if (first == latest) {
			return "The only value is " + last;
		}
		String earliest = at(this.data.actual(), first);
		double change = this.data.actual().valueAt(latest) - this.data.actual().valueAt(first);
		String from = formatted(this.data.actual().valueAt(first));
		if (from.equals(formatted(this.data.actual().valueAt(latest))) || change == 0) {
			return "The value was unchanged at " + from + " from " + label(first) + " to " + label(latest);
		}
		return "The value " + ((change > 0) ? "rose" : "fell") + " from " + earliest + " to " + last;
	}

	private String againstTarget(int latest) {
		if (!hasTarget()) {
			return "";
		}
		Double target = this.data.target().valueAt(latest);
		if (target == null) {
			return ", and there is no target for " + label(latest);
		}
		double value = this.data.actual().valueAt(latest);
		String position = (value < target) ? "below" : (value > target) ? "above" : "equal to";
		return ", " + position + " the target of " + formatted(target);
	}

	private String comparators(int latest) {
		List<String> values = new ArrayList<>();
		for (Series comparator : this.comparators) {
			int period = (comparator.valueAt(latest) != null) ? latest : latest(comparator);
			String value = comparator.name() + " " + formatted(comparator.valueAt(period));
			values.add((period == latest) ? value : value + " (" + label(period) + ")");
		}
		return "Comparators in " + label(latest) + ": " + Words.list(values) + ".";
	}

	/**
	 * The amber band as the chart shows it: the part of it the green band does not cover,
	 * one stretch or two ("67.5% to 71.3% and 78.8% to 82.5%").
	 */
	private String amberBand(int period) {
		Double low = this.data.amberLow().get(period);
		Double high = this.data.amberHigh().get(period);
		Double greenLow = this.data.hasGreenBand() ? this.data.greenLow().get(period) : null;
		Double greenHigh = this.data.hasGreenBand() ? this.data.greenHigh().get(period) : null;
		if (low == null || high == null || greenLow == null || greenHigh == null) {
			return band(low, high);
		}
		double bottom = Math.min(low, high);
		double top = Math.max(low, high);
		List<String> parts = new ArrayList<>();
		if (bottom < Math.min(greenLow, greenHigh)) {
			parts.add(band(bottom, Math.min(greenLow, greenHigh)));
		}
		if (top > Math.max(greenLow, greenHigh)) {
			parts.add(band(Math.max(greenLow, greenHigh), top));
		}
		return parts.isEmpty() ? Words.NONE : String.join(" and ", parts);
	}

	private String band(Double low, Double high) {
		if (low == null || high == null) {
			return Words.NONE;
		}
		return formatted(Math.min(low, high)) + " to " + formatted(Math.max(low, high));
	}

	private boolean hasTarget() {
		return this.data.target() != null && this.data.target().hasValues();
	}

	private int firstValue() {
		List<Double> values = this.data.actual().values();
		for (int period = 0; period < values.size(); period++) {
			if (values.get(period) != null) {
				return period;
			}
		}
		return -1;
	}

	/** "84% in Q3 2019/20". */
	private String at(Series series, int period) {
		return formatted(series.valueAt(period)) + " in " + label(period);
	}

	private String label(int period) {
		return this.data.periodLabels().get(period);
	}

	private String formatted(Double value) {
		return (value != null) ? this.data.format().apply(value) : Words.NONE;
	}

	/** The last period with a value, or -1 when there is none. */
	private static int latest(Series series) {
		for (int period = series.values().size() - 1; period >= 0; period--) {
			if (series.valueAt(period) != null) {
				return period;
			}
		}
		return -1;
	}

}
