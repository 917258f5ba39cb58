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
		// read from the plain digits, with no stripped copy of the number: an import puts
		// a million figures in words for the audit trail
		String plain = rounded.abs().toPlainString();
		int point = plain.indexOf('.');
		int wholeLength = (point < 0) ? plain.length() : point;
		boolean decimals = false;
		for (int i = wholeLength + 1; i < plain.length(); i++) {
			decimals = decimals || plain.charAt(i) != '0';
		}
		int end = decimals ? plain.length() : wholeLength;
		if (wholeLength <= 3) {
			return (end == plain.length()) ? plain : plain.substring(0, end);
		}
		StringBuilder grouped = new StringBuilder(end + wholeLength / 3);
		for (int i = 0; i < wholeLength; i++) {
			if (i > 0 && (wholeLength - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(plain.charAt(i));
		}
		return grouped.append(plain, wholeLength, end).toString();
	}

	static boolean isOne(BigDecimal rounded) {
		return rounded.abs().compareTo(BigDecimal.ONE) == 0;
	}

}
