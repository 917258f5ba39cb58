package uk.beacon.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The councillor's reading of a chart: a sentence on the latest point that starts with
 * its variation label, and one on the target when there is assurance to give.
 */
final class Explanation {

	private final List<BigDecimal> values;

	/** The limits each point is read against. */
	private final List<ProcessLimits> pointLimits;

	/**
	 * The latest stretch's limits, which the latest point and the target are read
	 * against.
	 */
	private final ProcessLimits limits;

	private final Inputs.Segment segment;

	private final int minimumPoints;

	Explanation(List<BigDecimal> values, List<ProcessLimits> pointLimits, Inputs.Segment segment, int minimumPoints) {
		this.values = values;
		this.pointLimits = pointLimits;
		this.limits = pointLimits.get(pointLimits.size() - 1);
		this.segment = segment;
		this.minimumPoints = minimumPoints;
	}

	static String notEnoughData(int points, int minimum) {
		return "Not enough data: " + Figures.count(points, "point") + "; at least " + SpcSettings.SMALLEST
				+ " are needed for trial process limits and " + minimum + " for firm ones.";
	}

	static String trialWarning(Inputs.Segment segment, int minimum) {
		boolean fixed = segment.limitPoints() < segment.size();
		return "Trial limits for values " + (segment.first() + 1) + " to " + segment.end() + ": they come from only "
				+ (fixed ? "the first " : "") + Figures.count(segment.limitPoints(), "value") + ", and at least "
				+ minimum + " are needed for firm limits.";
	}

	String of(Patterns patterns, Direction direction, VariationIcon variation, AssuranceIcon assurance,
			BigDecimal target) {
		String latest = "the latest value, " + Figures.format(last(0).doubleValue()) + ", ";
		String reading = (direction == Direction.NONE) ? commonCause(latest) : specialCause(latest,
				Precedence.reason(patterns, this.values.size() - 1, direction), direction == Direction.HIGHER);
		return variation.label() + ": " + reading + source() + "." + trial() + assurance(assurance, target);
	}

	private String source() {
		if (this.segment.first() > 0) {
			return " (process limits recalculated after value " + this.segment.first() + ", from the "
					+ Figures.count(this.segment.size(), "value") + " since)";
		}
		return (this.segment.limitPoints() < this.values.size())
				? " (process limits from the first " + this.segment.limitPoints() + " values)" : "";
	}

	private String trial() {
		if (this.segment.limitPoints() >= this.minimumPoints) {
			return "";
		}
		return " These are trial limits from only " + Figures.count(this.segment.limitPoints(), "value") + "; at least "
				+ this.minimumPoints + " are needed for firm limits.";
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
			case RUN -> run(latest, higher);
			case TREND -> latest + "is the last of " + streak(higher, false) + " in a row each "
					+ (higher ? "higher" : "lower") + " than the one before";
			case TWO_OF_THREE_NEAR_LIMIT -> latest + "and "
					+ (nearLimit(1) && nearLimit(2) ? "the two before it are all" : "one of the two before it are")
					+ " close to the " + limit;
		};
	}

	private String run(String latest, boolean higher) {
		int streak = streak(higher, true);
		String side = " in a row " + (higher ? "above" : "below") + " the mean";
		if (this.values.size() - streak < this.segment.first()) {
			// the run crosses a recalculation: each value is read against its own mean
			return latest + "is the last of " + streak + side + " of their own limits, across the recalculation"
					+ " after value " + this.segment.first() + "; the mean is now "
					+ Figures.format(this.limits.mean());
		}
		return latest + "is the last of " + streak + side + " of " + Figures.format(this.limits.mean());
	}

	private boolean nearLimit(int back) {
		return limitsOf(back).beyondTwoSigma(last(back)) != 0;
	}

	private ProcessLimits limitsOf(int back) {
		return this.pointLimits.get(this.values.size() - 1 - back);
	}

	/** How many values in a row, up to the latest, are on one side or move one way. */
	private int streak(boolean higher, boolean aboutTheMean) {
		int sign = higher ? 1 : -1;
		int count = 1;
		while (count < this.values.size()) {
			int step = aboutTheMean ? limitsOf(count).side(last(count)) : last(count - 1).compareTo(last(count));
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
