package uk.beacon.analytics;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which special-cause patterns each point belongs to, and in which direction. A point can
 * belong to patterns in both directions, for example the lowest point of a V is the end
 * of a falling trend and the start of a rising one; {@link Precedence} settles that.
 */
final class Patterns {

	private final Map<SpecialCause, boolean[]> higher = new EnumMap<>(SpecialCause.class);

	private final Map<SpecialCause, boolean[]> lower = new EnumMap<>(SpecialCause.class);

	private Patterns(int size) {
		for (SpecialCause cause : SpecialCause.values()) {
			this.higher.put(cause, new boolean[size]);
			this.lower.put(cause, new boolean[size]);
		}
	}

	/**
	 * @param limits the limits each point is read against, those of its own stretch when
	 * the limits are recalculated: a run or two of three that crosses a recalculation
	 * counts each point against its own centre line, and a trend needs no limits at all
	 */
	static Patterns find(List<BigDecimal> values, List<ProcessLimits> limits, SpcSettings settings) {
		Patterns patterns = new Patterns(values.size());
		int[] sides = new int[values.size()];
		int[] steps = new int[values.size()];
		for (int i = 0; i < values.size(); i++) {
			sides[i] = limits.get(i).side(values.get(i));
			steps[i] = (i == 0) ? 0 : values.get(i).compareTo(values.get(i - 1));
			patterns.mark(SpecialCause.OUTSIDE_LIMITS, i, limits.get(i).beyondLimit(values.get(i)));
		}
		// a point on the mean is side 0 and an unchanged value is step 0: both end a
		// streak, as in NHS England's SQL and NHSRplotthedots
		patterns.markStreaks(SpecialCause.RUN, sides, 0, settings.runLength());
		patterns.markStreaks(SpecialCause.TREND, steps, 1, settings.trendLength());
		patterns.markTwoOfThree(values, sides, limits);
		return patterns;
	}

	Set<SpecialCause> causes(int index) {
		Set<SpecialCause> causes = EnumSet.noneOf(SpecialCause.class);
		for (SpecialCause cause : SpecialCause.values()) {
			if (this.higher.get(cause)[index] || this.lower.get(cause)[index]) {
				causes.add(cause);
			}
		}
		return causes;
	}

	boolean higher(SpecialCause cause, int index) {
		return this.higher.get(cause)[index];
	}

	boolean lower(SpecialCause cause, int index) {
		return this.lower.get(cause)[index];
	}

	/**
	 * Marks every point of each streak of equal non-zero signs at least {@code length}
	 * points long. A trend's signs are steps, so its first point is the one before the
	 * first step ({@code before} = 1): seven points rising by six steps is a trend of
	 * seven.
	 */
	private void markStreaks(SpecialCause cause, int[] signs, int before, int length) {
		int start = 0;
		for (int i = 1; i <= signs.length; i++) {
			if (i == signs.length || signs[i] != signs[start]) {
				int first = start - before;
				if (signs[start] != 0 && i - first >= length) {
					for (int j = first; j < i; j++) {
						mark(cause, j, signs[start]);
					}
				}
				start = i;
			}
		}
	}

	/**
	 * Any three points in a row all on one side of the mean, at least two of them beyond
	 * the two-sigma line on that side (beyond the limit counts too); only those are
	 * marked.
	 */
	private void markTwoOfThree(List<BigDecimal> values, int[] sides, List<ProcessLimits> limits) {
		int[] near = new int[values.size()];
		for (int i = 0; i < values.size(); i++) {
			near[i] = limits.get(i).beyondTwoSigma(values.get(i));
		}
		for (int start = 0; start + 3 <= values.size(); start++) {
			int side = sides[start];
			if (side == 0 || sides[start + 1] != side || sides[start + 2] != side) {
				continue;
			}
			int count = 0;
			for (int i = start; i < start + 3; i++) {
				count += (near[i] == side) ? 1 : 0;
			}
			for (int i = start; count >= 2 && i < start + 3; i++) {
				if (near[i] == side) {
					mark(SpecialCause.TWO_OF_THREE_NEAR_LIMIT, i, side);
				}
			}
		}
	}

	private void mark(SpecialCause cause, int index, int sign) {
		if (sign > 0) {
			this.higher.get(cause)[index] = true;
		}
		else if (sign < 0) {
			this.lower.get(cause)[index] = true;
		}
	}

}
