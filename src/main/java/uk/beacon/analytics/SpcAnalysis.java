package uk.beacon.analytics;

import java.util.List;

/**
 * A statistical process control chart of an indicator, as NHS England's Making Data Count
 * draws it, with the icons and a plain-English reading of the latest point.
 *
 * <p>
 * The mean, limits and icons are those of the latest stretch of limits, which the latest
 * point is read against. When {@code enoughData} is false (fewer than two values, so no
 * moving range) there are no process limits: the mean, average moving range and limits
 * are {@code NaN}, no point has a special cause, {@code baselinePoints} is 0, there are
 * no segments, and both icons are {@code null}; the points still carry their values and
 * moving ranges so a caller can draw a run chart.
 *
 * @param points every point in time order
 * @param mean the centre line of the latest stretch
 * @param averageMovingRange the mean of the moving ranges its limits come from
 * @param upperLimit mean plus 2.66 average moving ranges
 * @param lowerLimit mean minus 2.66 average moving ranges
 * @param baselinePoints how many points, from the first, the first stretch's limits were
 * calculated from
 * @param variation the icon for the latest point, {@code null} without enough data
 * @param assurance the target against the latest limits, {@code null} without enough data
 * @param enoughData whether there were enough points for any process limits
 * @param explanation one to three sentences for a councillor, with the numbers
 * @param segments each stretch of limits in time order, one unless recalculated
 * @param trialLimits whether the latest limits come from fewer points than the minimum
 * for firm limits
 * @param warnings what a reader should know before trusting the limits, such as each
 * stretch of trial limits; empty when there is nothing to say
 */
public record SpcAnalysis(List<SpcPoint> points, double mean, double averageMovingRange, double upperLimit,
		double lowerLimit, int baselinePoints, VariationIcon variation, AssuranceIcon assurance, boolean enoughData,
		String explanation, List<SpcSegment> segments, boolean trialLimits, List<String> warnings) {

	public SpcAnalysis {
		points = List.copyOf(points);
		segments = List.copyOf(segments);
		warnings = List.copyOf(warnings);
	}

	/** The most recent point, which the icons describe. */
	public SpcPoint latest() {
		if (this.points.isEmpty()) {
			throw new IllegalStateException("There are no points in this analysis.");
		}
		return this.points.get(this.points.size() - 1);
	}

}
