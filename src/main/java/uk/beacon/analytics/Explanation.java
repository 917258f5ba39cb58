package uk.beacon.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The councillor's reading of a chart: a sentence on the latest point that starts with
 * its variation label, and one on the target when there is assurance to give.
 */
final class Explanation {

	private final List<BigDecimal> values;

	private final ProcessLimits limits;

	private final int baseline;

	Explanation(List<BigDecimal> values, ProcessLimits limits, int baseline) {
		this.values = values;
		this.limits = limits;
		this.baseline = baseline;
	}

	static String notEnoughData(int points, int minimum) {
		return "Not enough data: " + Figures.count(points, "point") + "; at least " + minimum
				+ " are needed for process limits.";
	}

	String of(Patterns patterns, Direction direction, VariationIcon variation, AssuranceIcon assurance,
			BigDecimal target) {
		String latest = "the latest value, " + Figures.format(last(0).doubleValue()) + ", ";
		String reading = (direction == Direction.NONE) ? commonCause(latest) : specialCause(latest,
				Precedence.reason(patterns, this.values.size() - 1, direction), direction == Direction.HIGHER);
		String source = (this.baseline < this.values.size())
				? " (process limits from the first " + this.baseline + " values)" : "";
		return variation.label() + ": " + reading + source + "." + assurance(assurance, target);
	}

	private String commonCause(String latest) {
		if (!this.limits.varies()) {
			return latest
					+ "equals the mean, and the limits are the mean itself because the baseline values do not vary";
		}
		return latest + "is within the process limits of " + Figures.format(this.limits.lower()) + " to "
				+ Figures.format(this.limits.upper()) + " around a mean of " + Figures.format(this.limits.mean())
				+ ", with no unusual pattern";
	}

	private String specialCause(String latest, SpecialCause reason, boolean higher) {
		String limit = higher ? "upper process limit of " + Figures.format(this.limits.upper())
				: "lower process limit of " + Figures.format(this.limits.lower());
		return switch (reason) {
			case OUTSIDE_LIMITS -> latest + "is " + (higher ? "above" : "below") + " the " + limit;
			case RUN -> latest + "is the last of " + streak(higher, true) + " in a row " + (higher ? "above" : "below")
					+ " the mean of " + Figures.format(this.limits.mean());
			case TREND -> latest + "is the last of " + streak(higher, false) + " in a row each "
					+ (higher ? "higher" : "lower") + " than the one before";
			case TWO_OF_THREE_NEAR_LIMIT -> latest + "and "
					+ (nearLimit(1) && nearLimit(2) ? "the two before it are all" : "one of the two before it are")
					+ " close to the " + limit;
		};
	}

	private boolean nearLimit(int back) {
		return this.limits.beyondTwoSigma(last(back)) != 0;
	}

	/** How many values in a row, up to the latest, are on one side or move one way. */
	private int streak(boolean higher, boolean aboutTheMean) {
		int sign = higher ? 1 : -1;
		int count = 1;
		while (count < this.values.size()) {
			int step = aboutTheMean ? this.limits.side(last(count)) : last(count - 1).compareTo(last(count));
			if (step != sign) {
				break;
			}
			count++;
		}
		return count;
	}

	private String assurance(AssuranceIcon assurance, BigDecimal target) {
		if (assurance == AssuranceIcon.NO_TARGET) {
			return "";
		}
		String goal = " The target of " + Figures.format(target.doubleValue());
		String lower = "lower process limit of " + Figures.format(this.limits.lower());
		String upper = "upper process limit of " + Figures.format(this.limits.upper());
		if (assurance == AssuranceIcon.HIT_AND_MISS) {
			return goal + " is within the process limits of " + Figures.format(this.limits.lower()) + " to "
					+ Figures.format(this.limits.upper()) + ", so it will sometimes be met and sometimes missed.";
		}
		boolean belowLower = this.limits.atOrBelowLower(target);
		return goal + " is at or " + (belowLower ? "below the " + lower : "above the " + upper) + ", so it will be "
				+ ((assurance == AssuranceIcon.CONSISTENTLY_PASSING) ? "met" : "missed")
				+ " every time unless the process changes.";
	}

	/** The value {@code back} places before the latest. */
	private BigDecimal last(int back) {
		return this.values.get(this.values.size() - 1 - back);
	}

}
