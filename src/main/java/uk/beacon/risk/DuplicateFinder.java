package uk.beacon.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Suggests risks in different registers that may be the same risk, such as a directorate
 * recording "Safeguarding children at risk of harm" while the corporate register has
 * "Protect and safeguard children". Compares the words of the title (half the weight),
 * description and consequences (a quarter each), over the fields both risks have, each as
 * the cosine of their sets of {@link Words}: symmetric, and from 0 to 1.
 */
public final class DuplicateFinder {

	/** Low enough to catch a reworded title, high enough to pass over shared jargon. */
	public static final double DEFAULT_THRESHOLD = 0.35;

	static final Comparator<DuplicateSuggestion> BEST_FIRST = Comparator
		.comparingDouble(DuplicateSuggestion::similarity)
		.reversed()
		.thenComparing(DuplicateSuggestion::reference)
		.thenComparing(DuplicateSuggestion::otherReference);

	private DuplicateFinder() {
	}

	public static List<DuplicateSuggestion> suggest(RiskText candidate, List<RiskText> others) {
		return suggest(candidate, others, DEFAULT_THRESHOLD);
	}

	/**
	 * The risks at least {@code threshold} alike to one about to be entered, in its own
	 * register or another (the caller gives those of the same council), best first. Never
	 * the candidate itself: a risk saved beside a near-copy of itself in the same
	 * register is as much a duplicate as one in another register.
	 */
	public static List<DuplicateSuggestion> suggest(RiskText candidate, List<RiskText> others, double threshold) {
		requireThreshold(threshold);
		TextWords words = TextWords.of(candidate);
		return others.stream()
			.filter((other) -> !candidate.reference().strip().equalsIgnoreCase(other.reference().strip()))
			.map((other) -> words.compare(TextWords.of(other)))
			.filter((suggestion) -> suggestion.similarity() >= threshold)
			.sorted(BEST_FIRST)
			.toList();
	}

	/**
	 * Every pair of risks in different registers at least {@code threshold} alike, each
	 * pair once (named in the order the risks are given), best first.
	 */
	public static List<DuplicateSuggestion> acrossRegisters(List<RiskText> all, double threshold) {
		requireThreshold(threshold);
		List<TextWords> words = all.stream().map(TextWords::of).toList();
		List<DuplicateSuggestion> found = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				if (comparable(all.get(i), all.get(j))) {
					DuplicateSuggestion suggestion = words.get(i).compare(words.get(j));
					if (suggestion.similarity() >= threshold) {
						found.add(suggestion);
					}
				}
			}
		}
		found.sort(BEST_FIRST);
		return List.copyOf(found);
	}

	/**
	 * The pairs {@link #acrossRegisters} finds that name the risk of that reference, as
	 * it finds them, comparing that risk with each other rather than every pair: what one
	 * risk's page shows, at the cost of the council's risks, not of their square.
	 */
	public static List<DuplicateSuggestion> involving(List<RiskText> all, String reference, double threshold) {
		requireThreshold(threshold);
		int at = -1;
		for (int i = 0; i < all.size() && at < 0; i++) {
			if (all.get(i).reference().equals(reference)) {
				at = i;
			}
		}
		if (at < 0) {
			return List.of();
		}
		TextWords words = TextWords.of(all.get(at));
		List<DuplicateSuggestion> found = new ArrayList<>();
		for (int j = 0; j < all.size(); j++) {
			if (j != at && comparable(all.get(at), all.get(j))) {
				TextWords other = TextWords.of(all.get(j));
				// named in the order the risks are given, as acrossRegisters names them
				DuplicateSuggestion suggestion = (j > at) ? words.compare(other) : other.compare(words);
				if (suggestion.similarity() >= threshold) {
					found.add(suggestion);
				}
			}
		}
		found.sort(BEST_FIRST);
		return List.copyOf(found);
	}

	/**
	 * How alike the two risks' words are, 0 to 1, whatever their registers.
	 */
	public static double similarity(RiskText one, RiskText other) {
		return TextWords.of(one).compare(TextWords.of(other)).similarity();
	}

	private static boolean comparable(RiskText one, RiskText other) {
		return !one.reference().strip().equalsIgnoreCase(other.reference().strip())
				&& !one.registerName().strip().equalsIgnoreCase(other.registerName().strip());
	}

	private static void requireThreshold(double threshold) {
		if (!(threshold > 0 && threshold <= 1)) {
			throw new IllegalArgumentException(
					"A duplicate threshold is above 0 and at most 1, such as 0.35, not " + threshold + ".");
		}
	}

	/**
	 * A risk's words, field by field, worked out once however many risks it is compared
	 * with.
	 */
	private record TextWords(String reference, Map<String, String> title, Map<String, String> description,
			Map<String, String> consequences) {

		static TextWords of(RiskText text) {
			Objects.requireNonNull(text, "a risk's text must not be null");
			return new TextWords(text.reference(), Words.of(text.title()), Words.of(text.description()),
					Words.of(text.consequences()));
		}

		DuplicateSuggestion compare(TextWords other) {
			Likeness likeness = new Likeness();
			likeness.add(0.5, this.title, other.title, (similarity) -> titleReason(other));
			likeness.add(0.25, this.description, other.description, (similarity) -> alike("descriptions", similarity));
			likeness.add(0.25, this.consequences, other.consequences,
					(similarity) -> alike("consequences", similarity));
			return new DuplicateSuggestion(this.reference, other.reference, likeness.similarity(), likeness.reason());
		}

		private String titleReason(TextWords other) {
			List<String> shared = this.title.keySet()
				.stream()
				.filter(other.title::containsKey)
				.map((stem) -> "'" + this.title.get(stem) + "'")
				.limit(6)
				.toList();
			return shared.isEmpty() ? "titles have no words in common" : "titles share " + Phrases.allOf(shared);
		}

		private static String alike(String field, double similarity) {
			return (similarity == 0) ? field + " have no words in common"
					: field + " are " + Math.round(similarity * 100) + "% alike";
		}

	}

	/**
	 * The weighted mean of the fields both risks have, with a reason for each.
	 */
	private static final class Likeness {

		private final List<String> reasons = new ArrayList<>();

		private double weighted;

		private double weights;

		void add(double weight, Map<String, String> one, Map<String, String> other, DoubleFunction<String> reason) {
			if (one.isEmpty() || other.isEmpty()) {
				return;
			}
			long shared = one.keySet().stream().filter(other::containsKey).count();
			double similarity = shared / Math.sqrt((double) one.size() * other.size());
			this.weighted += weight * similarity;
			this.weights += weight;
			this.reasons.add(reason.apply(similarity));
		}

		double similarity() {
			return (this.weights == 0) ? 0 : Math.min(1, this.weighted / this.weights);
		}

		String reason() {
			if (this.reasons.isEmpty()) {
				return "They share no words that say what they are about.";
			}
			String reason = String.join("; ", this.reasons);
			return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
		}

	}

}
