package uk.beacon.analytics;

/**
 * Which way a point's special cause points, once {@link Precedence} has settled it:
 * towards higher or lower values, or {@link #NONE} for common cause.
 */
public enum Direction {

	HIGHER, LOWER, NONE

}
