package uk.beacon.analytics;

/**
 * The argument checks the analytics functions share, with messages that say which figure
 * was wrong.
 */
final class FigureChecks {

	private FigureChecks() {
	}

	static double finite(double value, String what) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(capitalised(what) + " must be a number, not " + value);
		}
		return value;
	}

	static double share(double value, String what) {
		finite(value, what);
		if (value < 0 || value > 1) {
			throw new IllegalArgumentException(capitalised(what) + " must be between 0 and 1, not " + value);
		}
		return value;
	}

	static void target(Double target) {
		if (target != null) {
			finite(target, "the target");
		}
	}

	private static String capitalised(String what) {
		return Character.toUpperCase(what.charAt(0)) + what.substring(1);
	}

}
