package uk.beacon.analytics;

import java.util.List;

/**
 * Settles which way a point's special cause points when its patterns disagree, for
 * example a rising trend that is still below the mean. The higher-ranked rule wins, in
 * the order of the SPC rule-clash note and NHS England's SQL v2.6a: trend, then run, then
 * two of three near a limit, then a point outside the limits. Only the turn of a V, or of
 * a peak, can tie, and never the latest point; a tie is read as concern (the SQL's sample
 * metrics all choose concern), or as higher values when neither direction is better (the
 * SQL asks about higher values first).
 */
final class Precedence {

	/** Strongest first. */
	static final List<SpecialCause> RANKING = List.of(SpecialCause.TREND, SpecialCause.RUN,
			SpecialCause.TWO_OF_THREE_NEAR_LIMIT, SpecialCause.OUTSIDE_LIMITS);

	private Precedence() {
	}

	static Direction direction(Patterns patterns, int index, Improvement improvement) {
		for (SpecialCause cause : RANKING) {
			boolean higher = patterns.higher(cause, index);
			boolean lower = patterns.lower(cause, index);
			if (higher && lower) {
				return (improvement == Improvement.UP) ? Direction.LOWER : Direction.HIGHER;
			}
			if (higher || lower) {
				return higher ? Direction.HIGHER : Direction.LOWER;
			}
		}
		return Direction.NONE;
	}

	/** The rule the point is described by: the first in its winning direction. */
	static SpecialCause reason(Patterns patterns, int index, Direction direction) {
		boolean higher = direction == Direction.HIGHER;
		// the reader's order, not the ranking: a value beyond a limit is the plainest
		// news
		for (SpecialCause cause : SpecialCause.values()) {
			if (higher ? patterns.higher(cause, index) : patterns.lower(cause, index)) {
				return cause;
			}
		}
		throw new IllegalStateException("Point " + index + " has no special cause pointing that way.");
	}

	static VariationIcon variation(Direction direction, Improvement improvement) {
		if (direction == Direction.NONE) {
			return VariationIcon.COMMON_CAUSE;
		}
		boolean higher = direction == Direction.HIGHER;
		if (improvement == Improvement.NEITHER) {
			return higher ? VariationIcon.NEITHER_HIGH : VariationIcon.NEITHER_LOW;
		}
		if (higher) {
			return (improvement == Improvement.UP) ? VariationIcon.IMPROVEMENT_HIGH : VariationIcon.CONCERN_HIGH;
		}
		return (improvement == Improvement.UP) ? VariationIcon.CONCERN_LOW : VariationIcon.IMPROVEMENT_LOW;
	}

}
