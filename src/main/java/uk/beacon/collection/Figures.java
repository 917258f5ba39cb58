package uk.beacon.collection;

import java.math.BigDecimal;

import uk.beacon.web.TypedNumber;

/**
 * The figure an owner typed: a value, or a numerator and denominator from which the value
 * is derived. Commas and a trailing % or leading £ are accepted, as officers type them.
 */
record Figures(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

	static Figures read(Submission form) {
		BigDecimal value = number(form.value(), "the figure");
		BigDecimal numerator = number(form.numerator(), "the numerator");
		BigDecimal denominator = number(form.denominator(), "the denominator");
		if ((numerator == null) != (denominator == null)) {
			throw new CollectionRejected("Enter both the numerator and the denominator, or neither");
		}
		if (value != null && numerator != null) {
			throw new CollectionRejected(
					"Enter either the figure or the numerator and denominator, not both: the figure is worked out from them");
		}
		if (value == null && numerator == null) {
			throw new CollectionRejected("Enter the figure, or the numerator and denominator");
		}
		if (denominator != null) {
			if (denominator.signum() <= 0) {
				throw new CollectionRejected("The denominator must be more than zero");
			}
			if (numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
				throw new CollectionRejected("The numerator must be between zero and the denominator");
			}
		}
		return new Figures(value, numerator, denominator);
	}

	private static BigDecimal number(String text, String what) {
		String cleaned = Collection.blankToNull(text);
		if (cleaned == null) {
			return null;
		}
		try {
			return TypedNumber.read(cleaned, what);
		}
		catch (IllegalArgumentException ex) {
			throw new CollectionRejected(ex.getMessage() + " (you typed \"" + text.trim() + "\")");
		}
	}

}
