package uk.beacon.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a person has chosen to fix or recalculate the process limits. Making Data Count
 * calls fixing them from the first points a baseline, and starting new limits part-way
 * through, after a lasting change in the process, recalculation (or rebasing).
 *
 * @param baselinePoints {@code null} for limits from every point of the first stretch,
 * else fixed from its first N points and applied to the rest of it
 * @param recalculateAfter point counts after which new limits start, in any order: 24
 * means new limits from the 25th point on, calculated from every point of the stretch
 * from there to the next recalculation or the end
 */
public record SpcLimitChoices(Integer baselinePoints, List<Integer> recalculateAfter) {

	public SpcLimitChoices {
		// kept with any gap in it, so that the analysis can say what is wrong
		recalculateAfter = (recalculateAfter != null) ? Collections.unmodifiableList(new ArrayList<>(recalculateAfter))
				: List.of();
	}

	/** Limits from every point. */
	public static SpcLimitChoices none() {
		return new SpcLimitChoices(null, List.of());
	}

	public static SpcLimitChoices baseline(Integer points) {
		return new SpcLimitChoices(points, List.of());
	}

}
