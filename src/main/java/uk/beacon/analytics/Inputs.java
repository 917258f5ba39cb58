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

	/**
	 * A stretch of the series with its own limits.
	 *
	 * @param first index of its first point
	 * @param end index after its last point
	 * @param limitPoints how many of its points, from the first, the limits come from
	 */
	record Segment(int first, int end, int limitPoints) {

		int size() {
			return this.end - this.first;
		}

	}

	/**
	 * The stretches the limits are calculated for: one unless the limits are
	 * recalculated, each needing two points for a moving range. A baseline fixes the
	 * limits of the first stretch only.
	 */
	static List<Segment> segments(SpcLimitChoices choices, int size) {
		List<Integer> starts = starts(choices.recalculateAfter(), size);
		List<Segment> segments = new ArrayList<>(starts.size() + 1);
		for (int i = 0; i < starts.size(); i++) {
			int end = (i + 1 < starts.size()) ? starts.get(i + 1) : size;
			segments.add(new Segment(starts.get(i), end, end - starts.get(i)));
		}
		Integer baseline = choices.baselinePoints();
		if (baseline == null) {
			return segments;
		}
		if (baseline < SpcSettings.SMALLEST) {
			throw new IllegalArgumentException(
					"A baseline needs at least " + SpcSettings.SMALLEST + " points for a moving range; "
							+ Figures.count(baseline, "point") + " " + ((baseline == 1) ? "was" : "were") + " chosen.");
		}
		if (baseline > size) {
			throw new IllegalArgumentException(
					"The baseline of " + baseline + " points is longer than the " + size + " values given.");
		}
		Segment first = segments.get(0);
		if (baseline > first.size()) {
			throw new IllegalArgumentException(
					"The baseline of " + baseline + " points runs past the recalculation after point " + first.end()
							+ "; choose at most " + first.end() + ".");
		}
		segments.set(0, new Segment(0, first.end(), baseline));
		return segments;
	}

	private static List<Integer> starts(List<Integer> recalculateAfter, int size) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		List<Integer> sorted = new ArrayList<>(recalculateAfter.size());
		for (Integer after : recalculateAfter) {
			if (after == null) {
				throw new IllegalArgumentException(
						"A recalculation point is missing: give the number of points after which the limits are recalculated.");
			}
			sorted.add(after);
		}
		sorted.sort(null);
		for (int after : sorted) {
			int before = starts.get(starts.size() - 1);
			if (after == before && before > 0) {
				throw new IllegalArgumentException("The recalculation after point " + after + " is given twice.");
			}
			if (after < 1 || after >= size) {
				throw new IllegalArgumentException("A recalculation after point " + after + " is not inside the "
						+ Figures.count(size, "value") + " given; choose from 1 to " + (size - 1) + ".");
			}
			if (after - before < SpcSettings.SMALLEST) {
				throw new IllegalArgumentException("The recalculation after point " + after + " leaves only "
						+ Figures.count(after - before, "point") + " "
						+ ((before == 0) ? "before it" : "since the one after point " + before)
						+ "; each set of limits needs at least " + SpcSettings.SMALLEST + ".");
			}
			starts.add(after);
		}
		int last = starts.get(starts.size() - 1);
		if (last > 0 && size - last < SpcSettings.SMALLEST) {
			throw new IllegalArgumentException(
					"The recalculation after point " + last + " leaves only " + Figures.count(size - last, "point")
							+ " after it; each set of limits needs at least " + SpcSettings.SMALLEST + ".");
		}
		return starts;
	}

}
