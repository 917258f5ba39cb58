package uk.beacon.analytics;

/**
 * How long a run or a trend must be to count as a special cause, how many points firm
 * process limits need, and whether large moving ranges are screened out of the limits.
 * See {@code docs/spc.md} for why the standard values are what they are.
 *
 * @param runLength points in a row all above or all below the mean
 * @param trendLength points in a row each higher, or each lower, than the one before,
 * counting both ends
 * @param minimumPoints fewest points from which limits are firm; limits from fewer are
 * still calculated, as trial limits with a warning
 * @param screenMovingRanges whether moving ranges above 3.267 times their average are
 * left out of the limits (Nelson 1982); off in the Making Data Count Excel tools and by
 * default in NHS England's SQL query
 */
public record SpcSettings(int runLength, int trendLength, int minimumPoints, boolean screenMovingRanges) {

	/** A moving range needs two points, so does a run or a trend. */
	static final int SMALLEST = 2;

	public SpcSettings {
		check("run length", runLength);
		check("trend length", trendLength);
		check("minimum number of points", minimumPoints);
	}

	/** Without screening, as the Making Data Count Excel tools calculate. */
	public SpcSettings(int runLength, int trendLength, int minimumPoints) {
		this(runLength, trendLength, minimumPoints, false);
	}

	/**
	 * Runs and trends of seven, as NHSRplotthedots uses in mimicking the Making Data
	 * Count Excel tools, firm limits from 13 points, the minimum in NHS England's SPC SQL
	 * query v2.6 (whose own runs and trends are six since 2024), and no screening.
	 */
	public static SpcSettings standard() {
		return new SpcSettings(7, 7, 13, false);
	}

	private static void check(String name, int value) {
		if (value < SMALLEST) {
			throw new IllegalArgumentException(
					"The " + name + " must be at least " + SMALLEST + "; it was " + value + ".");
		}
	}

}
