package uk.beacon.analytics;

import java.util.List;

/**
 * A statistical process control chart of an indicator, as NHS England's Making Data Count
 * draws it, with the icons and a plain-English reading of the latest point.
 *
 * <p>
 * When {@code enoughData} is false there are no process limits: the mean, average moving
 * range and limits are {@code NaN}, no point has a special cause, {@code baselinePoints}
 * is 0, and both icons are {@code null}; the points still carry their values and moving
 * ranges so a caller can draw a run chart.
 *
 * @param points every point in time order
 * @param mean the centre line, the mean of the baseline points
 * @param averageMovingRange the mean of the moving ranges inside the baseline
 * @param upperLimit mean plus 2.66 average moving ranges
 * @param lowerLimit mean minus 2.66 average moving ranges
 * @param baselinePoints how many points, from the first, the limits were calculated from
 * @param variation the icon for the latest point, {@code null} without enough data
 * @param assurance the target against the limits, {@code null} without enough data
 * @param enoughData whether there were enough points for process limits
 * @param explanation one or two sentences for a councillor, with the numbers
 */
public record SpcAnalysis(List<SpcPoint> points, double mean, double averageMovingRange, double upperLimit,
		double lowerLimit, int baselinePoints, VariationIcon variation, AssuranceIcon assurance, boolean enoughData,
		String explanation) {

	public SpcAnalysis {
		points = List.copyOf(points);
	}

	/** The most recent point, which the icons describe. */
	public SpcPoint latest() {
		if (this.points.isEmpty()) {
			throw new IllegalStateException("There are no points in this analysis.");
		}
		return this.points.get(this.points.size() - 1);
	}

}
