package uk.beacon.risk;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of a text that say what a risk is about: lower case, without punctuation or
 * stop words, lightly stemmed so "safeguarding" meets "safeguard" and "services" meets
 * "service". Deliberately simple, so an officer can see why two risks were matched.
 */
final class Words {

	private static final Set<String> ENGLISH = Set.of("a", "about", "above", "across", "after", "again", "against",
			"all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being",
			"below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "due",
			"during", "each", "either", "etc", "few", "for", "from", "further", "had", "has", "have", "having", "he",
			"her", "here", "his", "how", "if", "in", "including", "into", "is", "it", "its", "may", "me", "might",
			"more", "most", "must", "my", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our",
			"out", "over", "own", "per", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
			"their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
			"until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether",
			"which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "you",
			"your");

	/**
	 * Words that say something is a risk rather than what it is about; nearly every
	 * council title has one ("Failure to ...", "Ineffective ...", "Risk that ..."), so
	 * they would match unrelated risks.
	 */
	private static final Set<String> RISK_TALK = Set.of("risk", "failure", "fail", "council", "county", "ensure",
			"inability", "unable", "ineffective", "lack", "potential", "threat");

	private static final Map<String, String> IRREGULAR = Map.of("children", "child", "people", "person");

	// after IRREGULAR, which stemming needs
	private static final Set<String> STOP = stems(ENGLISH, RISK_TALK);

	private Words() {
	}

	/**
	 * The stems of the text's words in the order they first appear, each with the word as
	 * first written, for the reason a suggestion gives.
	 */
	static Map<String, String> of(String text) {
		Map<String, String> stems = new LinkedHashMap<>();
		if (text == null) {
			return stems;
		}
		String lower = text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
		for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
			String stem = stem(word);
			if (word.length() > 1 && !ENGLISH.contains(word) && !STOP.contains(stem)) {
				stems.putIfAbsent(stem, word);
			}
		}
		return stems;
	}

	static String stem(String word) {
		String irregular = IRREGULAR.get(word);
		if (irregular != null) {
			return irregular;
		}
		String stem = word;
		if (stem.length() > 4 && stem.endsWith("ies")) {
			stem = stem.substring(0, stem.length() - 3) + "y";
		}
		else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")
				&& !stem.endsWith("is")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		if (stem.length() > 5 && stem.endsWith("ing")) {
			stem = undouble(stem.substring(0, stem.length() - 3));
		}
		else if (stem.length() > 4 && stem.endsWith("ed")) {
			stem = undouble(stem.substring(0, stem.length() - 2));
		}
		// "manage", "managed" and "managing" all end up "manag"
		if (stem.length() > 3 && stem.endsWith("e")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		return stem;
	}

	/**
	 * "planning" and "stopped" lose a doubled consonant; "staffing" and "called" keep
	 * theirs, as "staff" and "call" have them too.
	 */
	private static String undouble(String stem) {
		int last = stem.length() - 1;
		if (last > 0 && stem.charAt(last) == stem.charAt(last - 1) && "aeioulsfz".indexOf(stem.charAt(last)) < 0) {
			return stem.substring(0, last);
		}
		return stem;
	}

	@SafeVarargs
	private static Set<String> stems(Set<String>... lists) {
		return Stream.of(lists).flatMap(Set::stream).map(Words::stem).collect(Collectors.toUnmodifiableSet());
	}

}
