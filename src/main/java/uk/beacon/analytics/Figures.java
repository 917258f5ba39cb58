package uk.beacon.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a council report prints them: grouped thousands, two decimal places for
 * ordinary figures and about four significant figures for small ones such as a rate of
 * 0.0123, with trailing zeros dropped.
 */
final class Figures {

	private static final int MOST_PLACES = 6;

	private Figures() {
	}

	static String format(double value) {
		if (value == 0) {
			return "0";
		}
		int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
		int places = Math.min(MOST_PLACES, Math.max(2, 3 - magnitude));
		DecimalFormat format = new DecimalFormat("#,##0." + "#".repeat(places),
				DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		String text = format.format(BigDecimal.valueOf(value));
		// a tiny negative rounds to "-0", which no reader wants
		return text.equals("-0") ? "0" : text;
	}

	/** "1 value", "9 values". */
	static String count(int number, String noun) {
		return number + " " + noun + ((number == 1) ? "" : "s");
	}

}
