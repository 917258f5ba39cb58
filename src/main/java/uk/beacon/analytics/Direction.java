package uk.beacon.analytics;

/** Which way a point's special cause points, once {@link Precedence} has settled it. */
enum Direction {

	HIGHER, LOWER, NONE

}
