package uk.beacon.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as a council prints them in a sentence: thousands separators, at most two
 * decimals, no trailing zeros ("3,518,515", "19.94", "0.5").
 */
final class UkFigures {

	static final int MOST_DECIMALS = 2;

	private UkFigures() {
	}

	static String format(double value) {
		return format(value, MOST_DECIMALS);
	}

	/**
	 * Rounds half away from zero on the decimal the reader sees: 1.005 is 1.01 here,
	 * although the nearest double to it is a shade below.
	 */
	static String format(double value, int decimals) {
		BigDecimal rounded = round(value, decimals);
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
		format.setMaximumFractionDigits(decimals);
		return format.format(rounded);
	}

	/**
	 * The value as it will be shown, so a verdict never contradicts the printed figure.
	 */
	static double shown(double value, int decimals) {
		return round(value, decimals).doubleValue();
	}

	/** "0.7" as "70%". */
	static String percent(double fraction) {
		return format(BigDecimal.valueOf(fraction).movePointRight(2).doubleValue()) + "%";
	}

	/** How many decimals a reported figure carries, up to the two Beacon prints. */
	static int decimalsOf(double value) {
		int scale = BigDecimal.valueOf(value).stripTrailingZeros().scale();
		return Math.max(0, Math.min(MOST_DECIMALS, scale));
	}

	static String ordinal(int n) {
		int lastTwo = n % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			return n + "th";
		}
		return switch (n % 10) {
			case 1 -> n + "st";
			case 2 -> n + "nd";
			case 3 -> n + "rd";
			default -> n + "th";
		};
	}

	private static BigDecimal round(double value, int decimals) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("Cannot print " + value + " as a figure");
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
		// no "-0" for a tiny negative
		return (rounded.signum() == 0) ? BigDecimal.ZERO : rounded;
	}

}
