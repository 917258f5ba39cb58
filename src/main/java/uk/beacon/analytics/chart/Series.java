package uk.beacon.analytics.chart;

import java.util.List;
import java.util.Objects;

/**
 * One line on a chart.
 *
 * @param name what the line is, in the legend and the table heading (for example
 * "England" or "Target")
 * @param values one value per period, aligned with the chart's period labels;
 * {@code null} where there is no value for that period
 */
public record Series(String name, List<Double> values) {

	public Series {
		Objects.requireNonNull(name, "name");
		values = Inputs.gappedValues(values, "The values of " + name);
	}

	boolean hasValues() {
		return this.values.stream().anyMatch(Objects::nonNull);
	}

	Double valueAt(int period) {
		return this.values.get(period);
	}

}
