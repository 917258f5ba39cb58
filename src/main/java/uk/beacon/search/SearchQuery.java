package uk.beacon.search;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person typed to search for, made safe to hand to the database: control
 * characters (a NUL, which PostgreSQL refuses in text, among them) become spaces, runs of
 * spaces one, and nothing longer than {@link #MAX_LENGTH} characters is searched for.
 *
 * @param text the words, trimmed, never blank
 */
public record SearchQuery(String text) {

	/** Longer than any title or reference anyone would type. */
	public static final int MAX_LENGTH = 200;

	public SearchQuery {
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A search is 1 to " + MAX_LENGTH + " characters");
		}
	}

	/**
	 * @return the query, or empty when nothing but spaces and control characters was
	 * typed
	 * @throws SearchRefused when it is too long to be a search
	 */
	public static Optional<SearchQuery> of(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String text = typed.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
		if (text.length() > MAX_LENGTH) {
			throw new SearchRefused(
					"Enter " + MAX_LENGTH + " characters or fewer to search for: " + text.length() + " were entered.");
		}
		return text.isEmpty() ? Optional.empty() : Optional.of(new SearchQuery(text));
	}

	/**
	 * The start of a code or reference ("CFC-05", "CR4") as a pattern for {@code like},
	 * its wildcards taken literally; {@code null} when the query holds a space, which no
	 * code does.
	 */
	String codePrefix() {
		if (this.text.contains(" ")) {
			return null;
		}
		return this.text.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
