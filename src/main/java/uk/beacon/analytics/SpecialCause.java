package uk.beacon.analytics;

/**
 * The four Making Data Count rules that mark a point as special cause variation. Every
 * point that belongs to a pattern carries the rule, not only the point that completed it.
 */
public enum SpecialCause {

	/** A single point above the upper or below the lower process limit. */
	OUTSIDE_LIMITS("A value outside the process limits"),

	/**
	 * {@link SpcSettings#runLength()} points in a row all above, or all below, the mean.
	 */
	RUN("A run of values all above or all below the mean"),

	/** {@link SpcSettings#trendLength()} points in a row each higher, or each lower. */
	TREND("A run of values each higher, or each lower, than the one before"),

	/**
	 * Two of three points in a row beyond two thirds of the way to a process limit, with
	 * all three on that side of the mean; only the two near the limit carry it.
	 */
	TWO_OF_THREE_NEAR_LIMIT("Two out of three values close to a process limit");

	private final String description;

	SpecialCause(String description) {
		this.description = description;
	}

	public String describe() {
		return this.description;
	}

}
