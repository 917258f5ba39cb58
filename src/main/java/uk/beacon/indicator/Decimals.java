package uk.beacon.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding and UK digit grouping shared by the units and the rules. Kept apart from
 * {@link java.text.DecimalFormat} so the output never depends on the machine's locale.
 */
final class Decimals {

	/** More than a council ever prints; a guard against a mistyped definition. */
	static final int MAX_DECIMAL_PLACES = 10;

	private Decimals() {
	}

	static int checkDecimalPlaces(int decimalPlaces) {
		if (decimalPlaces < 0 || decimalPlaces > MAX_DECIMAL_PLACES) {
			throw new IllegalArgumentException(
					"Decimal places must be between 0 and " + MAX_DECIMAL_PLACES + ", not " + decimalPlaces);
		}
		return decimalPlaces;
	}

	/**
	 * Rounds as the council's printed figures are rounded, so the rules compare what the
	 * reader sees and display noise cannot flip a status.
	 */
	static BigDecimal round(BigDecimal value, int decimalPlaces) {
		return value.setScale(checkDecimalPlaces(decimalPlaces), RoundingMode.HALF_UP);
	}

	/** How many decimals a figure was set with: 86 has none, 71.8 one, 0.10 one. */
	static int naturalScale(BigDecimal value) {
		return Math.max(0, value.stripTrailingZeros().scale());
	}

	/**
	 * The digits of an already rounded value, without its sign, grouped in thousands. The
	 * decimals are dropped only when all are zero: "72.0" would claim a precision the
	 * council did not print, but "71.80" keeps the precision the indicator was defined
	 * with.
	 */
	static String digits(BigDecimal rounded) {
		BigDecimal shown = (naturalScale(rounded) == 0) ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
		String plain = shown.abs().toPlainString();
		int point = plain.indexOf('.');
		String whole = (point < 0) ? plain : plain.substring(0, point);
		String fraction = (point < 0) ? "" : plain.substring(point);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(whole.charAt(i));
		}
		return grouped.append(fraction).toString();
	}

	static boolean isOne(BigDecimal rounded) {
		return rounded.abs().compareTo(BigDecimal.ONE) == 0;
	}

}
