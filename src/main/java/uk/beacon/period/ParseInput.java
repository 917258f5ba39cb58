package uk.beacon.period;

import java.util.function.IntFunction;

/**
 * What the officer wrote, as quoted back in messages, and the kind of period the caller
 * expects, which settles forms that are otherwise ambiguous.
 *
 * @param text the input with its spacing tidied, for quoting
 * @param expected the kind the caller needs, or {@code null} when any kind will do
 */
record ParseInput(String text, PeriodKind expected) {

	static final int ILLUSTRATIVE_YEAR = 2019;

	boolean expects(PeriodKind kind) {
		return this.expected == kind;
	}

	/**
	 * Reads a four-digit year in Beacon's range.
	 * @param digits the year as written
	 * @param example what to suggest instead, given a year
	 */
	int year(String digits, IntFunction<String> example) {
		if (digits.length() == 2) {
			throw ParseErrors.twoDigitYear(this.text, example.apply(likelyYear(Integer.parseInt(digits))));
		}
		if (digits.length() != 4) {
			throw ParseErrors.notFourDigitYear(this.text, example.apply(ILLUSTRATIVE_YEAR));
		}
		int year = Integer.parseInt(digits);
		if (!Years.isPlausible(year)) {
			throw ParseErrors.implausibleYear(this.text, year);
		}
		return year;
	}

	/**
	 * Only ever used to make an example in a message: a two-digit year is rejected
	 * precisely because a guess like this can be wrong.
	 */
	static int likelyYear(int twoDigits) {
		return (twoDigits <= 50) ? 2000 + twoDigits : 1900 + twoDigits;
	}

}
