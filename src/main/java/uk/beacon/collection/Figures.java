package uk.beacon.collection;

import java.math.BigDecimal;
import java.util.Map;

import uk.beacon.web.TypedNumber;

/**
 * The figure an owner typed: a value, or a numerator and denominator from which the value
 * is derived. Commas and a trailing % or leading £ are accepted, as officers type them.
 */
record Figures(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

	/**
	 * Reads the three numbers, each mistake put by its field; with {@code whole}, also
	 * that they make one figure, as submitting and checking need (a draft may be half
	 * done).
	 * @return the figures, or {@code null} when there was a mistake
	 */
	static Figures read(Submission form, boolean whole, Map<String, String> mistakes) {
		BigDecimal value = number(form.value(), "value", "the figure", mistakes);
		BigDecimal numerator = number(form.numerator(), "numerator", "the numerator", mistakes);
		BigDecimal denominator = number(form.denominator(), "denominator", "the denominator", mistakes);
		if (mistakes.containsKey("value") || mistakes.containsKey("numerator") || mistakes.containsKey("denominator")) {
			return null;
		}
		if (whole) {
			Map.Entry<String, String> mistake = wholeFigure(value, numerator, denominator);
			if (mistake != null) {
				mistakes.put(mistake.getKey(), mistake.getValue());
				return null;
			}
		}
		return new Figures(value, numerator, denominator);
	}

	/**
	 * What is wrong with the numbers as one figure, by the field to put right, or
	 * {@code null} when nothing is.
	 */
	private static Map.Entry<String, String> wholeFigure(BigDecimal value, BigDecimal numerator,
			BigDecimal denominator) {
		if (value != null && (numerator != null || denominator != null)) {
			return Map.entry("value",
					"Enter either the figure or the numerator and denominator, not both: the figure is worked out from them");
		}
		if ((numerator == null) != (denominator == null)) {
			return Map.entry((numerator == null) ? "numerator" : "denominator",
					"Enter both the numerator and the denominator, or neither");
		}
		if (value == null && numerator == null) {
			return Map.entry("value", "Enter the figure, or the numerator and denominator");
		}
		if (denominator != null && denominator.signum() <= 0) {
			return Map.entry("denominator", "The denominator must be more than zero");
		}
		if (numerator != null && (numerator.signum() < 0 || numerator.compareTo(denominator) > 0)) {
			return Map.entry("numerator", "The numerator must be between zero and the denominator");
		}
		return null;
	}

	private static BigDecimal number(String text, String field, String what, Map<String, String> mistakes) {
		String cleaned = Collection.blankToNull(text);
		if (cleaned == null) {
			return null;
		}
		try {
			return TypedNumber.readFigure(cleaned, what);
		}
		catch (IllegalArgumentException ex) {
			// what was typed is said back when short enough to read; the field keeps it
			// all
			mistakes.put(field, ex.getMessage()
					+ ((cleaned.length() <= TypedNumber.MOST_CHARACTERS) ? " (you typed \"" + cleaned + "\")" : ""));
			return null;
		}
	}

}
