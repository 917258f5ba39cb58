package uk.beacon.analytics;

import java.util.List;

/**
 * A stretch of a chart with its own process limits: the whole chart unless the limits
 * were recalculated part-way through.
 *
 * @param firstIndex the index of its first point
 * @param lastIndex the index of its last point
 * @param limitPoints how many of its points, from the first, the limits come from: all of
 * them unless a baseline fixed them
 * @param mean the centre line
 * @param averageMovingRange the mean of the moving ranges between its limit points, less
 * any screened out
 * @param upperLimit mean plus 2.66 average moving ranges
 * @param lowerLimit mean minus 2.66 average moving ranges
 * @param trialLimits whether the limits come from fewer points than the minimum for firm
 * limits
 * @param screenedOut the indices of the points whose moving range, from the point before,
 * was screened out of the limits as too large
 */
public record SpcSegment(int firstIndex, int lastIndex, int limitPoints, double mean, double averageMovingRange,
		double upperLimit, double lowerLimit, boolean trialLimits, List<Integer> screenedOut) {

	public SpcSegment {
		screenedOut = List.copyOf(screenedOut);
	}

	/** How many points it has. */
	public int size() {
		return this.lastIndex - this.firstIndex + 1;
	}

}
