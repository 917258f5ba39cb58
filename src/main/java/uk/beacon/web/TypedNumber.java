package uk.beacon.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as an officer types it into a form: "1,234.5", "64.5%", "£1,200". Commas are
 * read as thousands separators only where they are ("1,234"); "64,5" is refused rather
 * than read as 645. The number comes back without trailing zeros.
 */
public final class TypedNumber {

	/** The most characters a typed number may have. */
	public static final int MOST_CHARACTERS = 40;

	private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	/**
	 * The largest figure or target Beacon keeps: beyond it a typing slip is far likelier.
	 */
	public static final BigDecimal LARGEST_FIGURE = new BigDecimal("1e15");

	/**
	 * The most decimal places a figure or target keeps (an indicator shows up to six).
	 */
	public static final int MOST_DECIMALS = 6;

	private TypedNumber() {
	}

	/**
	 * A figure or a target as typed: {@link #read}, below {@link #LARGEST_FIGURE} and
	 * with no more than {@link #MOST_DECIMALS} decimal places.
	 * @throws IllegalArgumentException saying what to type instead
	 */
	public static BigDecimal readFigure(String typed, String what) {
		BigDecimal number = read(typed, what);
		if (number.abs().compareTo(LARGEST_FIGURE) >= 0) {
			throw new IllegalArgumentException("Enter " + what + " as a number below a thousand million million");
		}
		if (number.scale() > MOST_DECIMALS) {
			throw new IllegalArgumentException(
					"Enter " + what + " with no more than " + MOST_DECIMALS + " decimal places");
		}
		return number;
	}

	/**
	 * @param typed what was typed, not blank
	 * @param what the number in words, for the reason, e.g. "the figure of WCC-1"
	 * @return the number
	 * @throws IllegalArgumentException saying what to type instead
	 */
	public static BigDecimal read(String typed, String what) {
		String text = typed.replace("£", "").replace("%", "").strip();
		if (text.length() > MOST_CHARACTERS) {
			throw new IllegalArgumentException("Enter " + what + " in no more than " + MOST_CHARACTERS + " characters");
		}
		if (text.contains(",")) {
			if (!THOUSANDS.matcher(text).matches()) {
				throw new IllegalArgumentException(
						"Enter " + what + " with a full stop for decimals, like 64.5 (a comma separates thousands)");
			}
			text = text.replace(",", "");
		}
		if (!text.chars().allMatch(c -> c < 128)) {
			// BigDecimal reads any script's digits: "٣" would be kept as 3 unseen
			throw new IllegalArgumentException("Enter " + what + " with the digits 0 to 9, like 42 or 12.5");
		}
		try {
			BigDecimal number = new BigDecimal(text).stripTrailingZeros();
			// "1e999999999" is read as its few digits and its exponent; written out in
			// full it would fill the memory (counted in long: "1e2147483647" overflows
			// an int)
			if ((long) number.precision() - number.scale() > 18) {
				throw new IllegalArgumentException("Enter " + what + " as a number below a million million million");
			}
			return (number.scale() < 0) ? number.setScale(0) : number;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Enter " + what + " as a number, like 42 or 12.5");
		}
	}

}
