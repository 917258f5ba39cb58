package uk.beacon.analytics;

import java.math.BigDecimal;

/**
 * The assurance icon: a target beyond the limits on the good side will be met every time,
 * one beyond them on the bad side never, one between them sometimes. A target exactly on
 * a limit is met or missed every time, as in NHS England's SPC SQL query since v2.1.
 */
final class Assurance {

	private Assurance() {
	}

	static AssuranceIcon of(ProcessLimits limits, BigDecimal target, Improvement improvement) {
		// with no better direction there is no passing or failing, whatever the target
		if (target == null || improvement == Improvement.NEITHER) {
			return AssuranceIcon.NO_TARGET;
		}
		boolean up = improvement == Improvement.UP;
		// passing is asked first so that limits of zero width on the target pass
		if (up ? limits.atOrBelowLower(target) : limits.atOrAboveUpper(target)) {
			return AssuranceIcon.CONSISTENTLY_PASSING;
		}
		if (up ? limits.atOrAboveUpper(target) : limits.atOrBelowLower(target)) {
			return AssuranceIcon.CONSISTENTLY_FAILING;
		}
		return AssuranceIcon.HIT_AND_MISS;
	}

}
