package uk.beacon.period;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * English month names, fixed here rather than taken from a {@code Locale}: JDK locale
 * data changes between releases (en-GB now abbreviates September as "Sept"), and stored
 * labels must not.
 */
final class MonthNames {

	private static final String[] FULL = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	private static final Map<String, Integer> NUMBERS = numbersBySpelling();

	/**
	 * Every accepted spelling, longest first so a regular expression prefers "september"
	 * to "sep".
	 */
	static final String PATTERN = NUMBERS.keySet()
		.stream()
		.sorted(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()))
		.collect(Collectors.joining("|", "(?:", ")"));

	private MonthNames() {
	}

	private static Map<String, Integer> numbersBySpelling() {
		Map<String, Integer> numbers = new HashMap<>();
		for (int i = 0; i < FULL.length; i++) {
			numbers.put(FULL[i].toLowerCase(Locale.ROOT), i + 1);
			numbers.put(FULL[i].substring(0, 3).toLowerCase(Locale.ROOT), i + 1);
		}
		numbers.put("sept", 9);
		return Map.copyOf(numbers);
	}

	static String abbreviation(int month) {
		return FULL[month - 1].substring(0, 3);
	}

	static String fullName(int month) {
		return FULL[month - 1];
	}

	/**
	 * @param name a lower-case spelling matched by {@link #PATTERN}
	 */
	static int number(String name) {
		return NUMBERS.get(name);
	}

}
