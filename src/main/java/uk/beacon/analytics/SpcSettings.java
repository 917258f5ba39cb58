package uk.beacon.analytics;

/**
 * How long a run or a trend must be to count as a special cause, and how many points the
 * process limits need before they are calculated at all. See {@code docs/spc.md} for why
 * the standard values are what they are.
 *
 * @param runLength points in a row all above or all below the mean
 * @param trendLength points in a row each higher, or each lower, than the one before,
 * counting both ends
 * @param minimumPoints fewest points, or fewest baseline points, from which process
 * limits are calculated
 */
public record SpcSettings(int runLength, int trendLength, int minimumPoints) {

	/** A moving range needs two points, so does a run or a trend. */
	private static final int SMALLEST = 2;

	public SpcSettings {
		check("run length", runLength);
		check("trend length", trendLength);
		check("minimum number of points", minimumPoints);
	}

	/**
	 * Runs and trends of seven, as NHSRplotthedots uses in mimicking the Making Data
	 * Count Excel tools, and limits from 13 points, the minimum in NHS England's SPC SQL
	 * query v2.6 (whose own runs and trends are six since 2024).
	 */
	public static SpcSettings standard() {
		return new SpcSettings(7, 7, 13);
	}

	private static void check(String name, int value) {
		if (value < SMALLEST) {
			throw new IllegalArgumentException(
					"The " + name + " must be at least " + SMALLEST + "; it was " + value + ".");
		}
	}

}
