package uk.beacon.analytics;

import java.util.List;
import java.util.Optional;

/**
 * The ways a target typed into Beacon is most often wrong: a 0 where nothing was meant, a
 * figure in other units (a percentage typed as a fraction, an annual figure against
 * quarterly values, a slipped decimal point), and a percentage a share cannot be.
 */
final class TargetCheck {

	/** A tolerance for the division, so a target of exactly 10 times is caught. */
	private static final double ROUNDING = 1e-9;

	private TargetCheck() {
	}

	/**
	 * A target of 0 is suspect only when the indicator has never been within 1 of 0: a
	 * zero target for serious incidents that have sometimes been 0 is a real ambition.
	 */
	static Optional<DataQualityFlag> of(double target, List<Double> values, boolean percentage) {
		if (percentage && (target < 0 || target > 100) && values.stream().allMatch(v -> v >= 0 && v <= 100)) {
			return beyondAShare(target, values);
		}
		return of(target, values);
	}

	static Optional<DataQualityFlag> of(double target, List<Double> values) {
		double typical = Spread.median(values);
		String figure = UkFigures.format(typical);
		boolean one = values.size() == 1;
		String typicalText = one ? "the only reported value, " + figure
				: "the typical value of " + figure + " (the median of " + values.size() + " reported values)";
		if (target == 0) {
			double nearest = values.stream().mapToDouble(Math::abs).min().orElseThrow();
			if (nearest < 1) {
				return Optional.empty();
			}
			String far = one ? "the only reported value, " + figure + ", is not"
					: "none of the " + values.size() + " reported values has been";
			return flag("The target is 0, but " + far + " within 1 of 0" + (one ? "" : " (median " + figure + ")")
					+ "; check that 0 is the real target and not a blank.");
		}
		if (typical == 0) {
			return Optional.empty();
		}
		double ratio = Math.abs(target) / Math.abs(typical);
		if (ratio >= times()) {
			return flag("The target of " + UkFigures.format(target) + " is " + UkFigures.format(ratio) + " times "
					+ typicalText + "; check it is in the same units as the values.");
		}
		if (1 / ratio >= times()) {
			return flag(capitalised(typicalText) + (one ? "," : "") + " is " + UkFigures.format(1 / ratio)
					+ " times the target of " + UkFigures.format(target)
					+ "; check it is in the same units as the values.");
		}
		return Optional.empty();
	}

	private static Optional<DataQualityFlag> beyondAShare(double target, List<Double> values) {
		boolean above = target > 100;
		String furthest = UkFigures.format(above ? values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
				: values.stream().mapToDouble(Double::doubleValue).min().orElseThrow()) + "%";
		String seen = (values.size() == 1) ? "the only reported value is " + furthest : "none of the " + values.size()
				+ " reported values has been (the " + (above ? "highest" : "lowest") + " is " + furthest + ")";
		return flag("The target of " + UkFigures.format(target) + "% is " + (above ? "above 100%" : "below 0%")
				+ ", which a share cannot be, and " + seen
				+ "; check it is the percentage meant, not a count or a figure missing its decimal point.");
	}

	private static double times() {
		return DataQuality.TARGET_FACTOR - ROUNDING;
	}

	private static Optional<DataQualityFlag> flag(String message) {
		return Optional.of(new DataQualityFlag(DataQualityIssue.SUSPECT_TARGET, DataQualityFlag.TARGET, message));
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
