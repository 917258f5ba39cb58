package uk.beacon.analytics.chart;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * What a trend chart shows: an indicator's values over time against its target, its amber
 * band and its comparators.
 *
 * @param title the indicator, as the chart's title
 * @param periodLabels the council's labels for the periods, oldest first (for example "Q1
 * 2019/20")
 * @param actual the indicator's values
 * @param target the target per period, {@code null} where there is none; {@code null} for
 * no target line
 * @param amberLow the lower edge of the amber band per period, {@code null} where there
 * is none; {@code null} for no band
 * @param amberHigh the upper edge of the amber band per period; {@code null} exactly when
 * {@code amberLow} is
 * @param comparators national, regional or statistical neighbour values; may be empty
 * @param format writes a value in the indicator's unit, for example {@code v -> "84%"}
 * @param greenLow the lower edge of the green band per period: where a figure short of
 * the target is still green, or the target range itself; {@code null} where there is
 * none; {@code null} for no band. Drawn over the amber band, which then shows only where
 * a figure would be amber.
 * @param greenHigh the upper edge of the green band; {@code null} exactly when
 * {@code greenLow} is
 */
public record TrendChartData(String title, List<String> periodLabels, Series actual, Series target,
		List<Double> amberLow, List<Double> amberHigh, List<Series> comparators, DoubleFunction<String> format,
		List<Double> greenLow, List<Double> greenHigh) {

	/** A chart with no green band. */
	public TrendChartData(String title, List<String> periodLabels, Series actual, Series target, List<Double> amberLow,
			List<Double> amberHigh, List<Series> comparators, DoubleFunction<String> format) {
		this(title, periodLabels, actual, target, amberLow, amberHigh, comparators, format, null, null);
	}

	public TrendChartData {
		Objects.requireNonNull(title, "title");
		periodLabels = Inputs.periodLabels(periodLabels);
		Objects.requireNonNull(actual, "actual");
		Objects.requireNonNull(format, "format");
		if ((amberLow == null) != (amberHigh == null)) {
			throw new IllegalArgumentException("The amber band needs both a lower and an upper edge, or neither");
		}
		amberLow = (amberLow != null) ? Inputs.gappedValues(amberLow, "The lower edge of the amber band") : null;
		amberHigh = (amberHigh != null) ? Inputs.gappedValues(amberHigh, "The upper edge of the amber band") : null;
		if ((greenLow == null) != (greenHigh == null)) {
			throw new IllegalArgumentException("The green band needs both a lower and an upper edge, or neither");
		}
		greenLow = (greenLow != null) ? Inputs.gappedValues(greenLow, "The lower edge of the green band") : null;
		greenHigh = (greenHigh != null) ? Inputs.gappedValues(greenHigh, "The upper edge of the green band") : null;
		Inputs.requirePerPeriod(greenLow, periodLabels, "The lower edge of the green band");
		Inputs.requirePerPeriod(greenHigh, periodLabels, "The upper edge of the green band");
		comparators = (comparators != null) ? List.copyOf(comparators) : List.of();
		Inputs.requirePerPeriod(actual.values(), periodLabels, "The series \"" + actual.name() + "\"");
		if (target != null) {
			Inputs.requirePerPeriod(target.values(), periodLabels, "The series \"" + target.name() + "\"");
		}
		Inputs.requirePerPeriod(amberLow, periodLabels, "The lower edge of the amber band");
		Inputs.requirePerPeriod(amberHigh, periodLabels, "The upper edge of the amber band");
		for (Series comparator : comparators) {
			Inputs.requirePerPeriod(comparator.values(), periodLabels, "The series \"" + comparator.name() + "\"");
		}
	}

	boolean hasAmberBand() {
		return hasBand(this.amberLow, this.amberHigh);
	}

	boolean hasGreenBand() {
		return hasBand(this.greenLow, this.greenHigh);
	}

	private boolean hasBand(List<Double> low, List<Double> high) {
		if (low == null) {
			return false;
		}
		for (int period = 0; period < this.periodLabels.size(); period++) {
			if (low.get(period) != null && high.get(period) != null) {
				return true;
			}
		}
		return false;
	}

}
