package uk.beacon.period;

/**
 * The plausible range of years and the "2019/20" way councils write a year that spans two
 * calendar years.
 */
final class Years {

	static final int EARLIEST = 1900;

	static final int LATEST = 2200;

	private Years() {
	}

	static boolean isPlausible(long year) {
		return year >= EARLIEST && year <= LATEST;
	}

	/**
	 * Guards constructors and arithmetic: a year outside the range is almost always a
	 * typo or a runaway calculation, never a real reporting period.
	 */
	static int requirePlausible(long year, String what) {
		if (!isPlausible(year)) {
			throw new IllegalArgumentException("The " + what + " " + year + " is outside the years Beacon accepts, "
					+ EARLIEST + " to " + LATEST + ".");
		}
		return (int) year;
	}

	/**
	 * Prints the second year as two digits even across a century: 1999 gives "1999/00".
	 */
	static String span(int startYear) {
		// without String.format: every label of every figure on a page or in an import
		// comes through here
		int next = (startYear + 1) % 100;
		return startYear + ((next < 10) ? "/0" : "/") + next;
	}

}
