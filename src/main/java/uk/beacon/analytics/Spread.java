package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The middle of a set of values and how far they typically sit from it, both by medians,
 * so one wild value cannot drag either.
 *
 * @param median the middle value
 * @param medianAbsoluteDeviation the median distance from the median: at least half the
 * values are within it
 */
record Spread(double median, double medianAbsoluteDeviation) {

	static Spread of(List<Double> values) {
		double median = median(values);
		List<Double> distances = new ArrayList<>();
		for (double value : values) {
			distances.add(Math.abs(value - median));
		}
		return new Spread(median, median(distances));
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("There is no median of no values");
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : sorted.get(middle - 1) / 2 + sorted.get(middle) / 2;
	}

}
