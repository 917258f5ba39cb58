package uk.beacon.risk;

import java.util.Optional;

/**
 * How often a risk is reviewed: every 1 to 36 months, three by default. The one place the
 * rule is written; the register, the import and the review dates all ask here.
 */
public final class ReviewInterval {

	public static final int FEWEST_MONTHS = 1;

	public static final int MOST_MONTHS = 36;

	public static final int DEFAULT_MONTHS = 3;

	private ReviewInterval() {
	}

	/**
	 * @return what is wrong with reviewing every {@code months} months, in words an
	 * officer can act on; empty when it is a review interval
	 */
	public static Optional<String> problem(int months) {
		if (months < FEWEST_MONTHS || months > MOST_MONTHS) {
			return Optional.of("A risk is reviewed every " + FEWEST_MONTHS + " to " + MOST_MONTHS + " months; " + months
					+ " months is not a review interval.");
		}
		return Optional.empty();
	}

	/**
	 * @return the months, when they are a review interval
	 * @throws IllegalArgumentException saying why, when they are not
	 */
	public static int requireValid(int months) {
		problem(months).ifPresent(message -> {
			throw new IllegalArgumentException(message);
		});
		return months;
	}

}
