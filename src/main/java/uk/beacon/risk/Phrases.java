package uk.beacon.risk;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The shared wording of the module's messages, so every list and date reads the same way
 * in an error, an explanation or a duplicate suggestion.
 */
final class Phrases {

	/** The UK date style councils print. */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Phrases() {
	}

	/**
	 * "Rare, Unlikely, Possible, Likely or Certain".
	 */
	static String oneOf(List<String> words) {
		return join(words, " or ");
	}

	/**
	 * "'safeguard' and 'children'".
	 */
	static String allOf(List<String> words) {
		return join(words, " and ");
	}

	/**
	 * "5×5", as the matrix is named in councils' keys.
	 */
	static String dimensions(int size) {
		return size + "×" + size;
	}

	private static String join(List<String> words, String last) {
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + last + words.get(words.size() - 1);
	}

}
