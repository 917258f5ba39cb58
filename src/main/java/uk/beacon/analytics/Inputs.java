package uk.beacon.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a caller gives {@link Spc} and turns each number into the decimal it was
 * written as (0.1 is 0.1, not the nearest binary fraction), with plain messages for an
 * officer when something is wrong.
 */
final class Inputs {

	private Inputs() {
	}

	static List<BigDecimal> values(List<Double> values) {
		List<BigDecimal> exact = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			Double value = values.get(i);
			String which = "Value " + (i + 1) + " of " + values.size();
			if (value == null) {
				throw new IllegalArgumentException(which + " is missing: remove gaps before the analysis.");
			}
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException(which + " is not a finite number.");
			}
			exact.add(BigDecimal.valueOf(value));
		}
		return exact;
	}

	static BigDecimal target(Double target) {
		if (target == null) {
			return null;
		}
		if (!Double.isFinite(target)) {
			throw new IllegalArgumentException("The target is not a finite number.");
		}
		return BigDecimal.valueOf(target);
	}

	/** How many points the limits come from: the chosen baseline, or every point. */
	static int baseline(Integer chosen, int size, SpcSettings settings) {
		if (chosen == null) {
			return size;
		}
		if (chosen < settings.minimumPoints()) {
			throw new IllegalArgumentException("A baseline needs at least " + settings.minimumPoints()
					+ " points for process limits; " + chosen + " were chosen.");
		}
		if (chosen > size) {
			throw new IllegalArgumentException(
					"The baseline of " + chosen + " points is longer than the " + size + " values given.");
		}
		return chosen;
	}

}
