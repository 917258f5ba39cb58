package uk.beacon.analytics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One point of a chart with the lines it is read against: those of its own stretch when
 * the limits were recalculated, all {@code NaN} when there was not enough data.
 *
 * @param index position in the list given to {@link Spc#analyse}, from 0
 * @param value the value as given
 * @param movingRange the difference from the previous value, {@code null} for the first
 * @param mean the centre line
 * @param upperLimit the upper process limit
 * @param lowerLimit the lower process limit
 * @param causes the special causes whose patterns include this point, empty for common
 * cause
 * @param high whether the special cause points to higher values (above the mean, or an
 * increasing trend) once conflicting rules are settled; {@code false} for common cause
 * @param inBaseline whether the point is one of those its limits were calculated from
 * @param direction which way its special cause points, {@link Direction#NONE} for common
 * cause
 * @param variation what the point says by the indicator's polarity, as a variation icon
 * would show it; {@code null} without limits
 * @param segment which stretch of limits it is read against, from 0
 * @param movingRangeScreenedOut whether its moving range was left out of the limits as
 * too large
 */
public record SpcPoint(int index, double value, Double movingRange, double mean, double upperLimit, double lowerLimit,
		Set<SpecialCause> causes, boolean high, boolean inBaseline, Direction direction, VariationIcon variation,
		int segment, boolean movingRangeScreenedOut) {

	public SpcPoint {
		causes = Collections
			.unmodifiableSet(causes.isEmpty() ? EnumSet.noneOf(SpecialCause.class) : EnumSet.copyOf(causes));
	}

	public boolean specialCause() {
		return !this.causes.isEmpty();
	}

}
