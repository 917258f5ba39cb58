package uk.beacon.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import uk.beacon.access.Fingerprint;

/**
 * How much risk a council will tolerate: the highest current score it accepts for a risk
 * in each category it names, and by default for every other. Opportunities are not held
 * to it: an opportunity's score is what the council hopes for.
 * <p>
 * Categories are matched without regard to case or spacing. Councils often file a risk
 * under more than one category ("Organisational / Financial", or with a semicolon): such
 * a risk is held to the most cautious score among its categories that have one, and to
 * the default only when none has.
 *
 * @param defaultScore the score tolerated in any category without its own, {@code null}
 * when the council sets none
 * @param categories the categories with a score of their own, in the order set
 */
public record RiskAppetite(Integer defaultScore, List<Category> categories) {

	/** The longest category name kept. */
	public static final int CATEGORY_LIMIT = 200;

	private static final Pattern PARTS = Pattern.compile("[/;]");

	private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	/**
	 * @param name the category as the council names it
	 * @param tolerableScore the highest current score tolerated in it
	 */
	public record Category(String name, int tolerableScore) {

		public Category {
			name = (name != null) ? name.strip() : null;
		}

	}

	public RiskAppetite {
		categories = List.copyOf(categories);
	}

	/** A council that has set no appetite. */
	public static RiskAppetite none() {
		return new RiskAppetite(null, List.of());
	}

	public boolean isSet() {
		return this.defaultScore != null || !this.categories.isEmpty();
	}

	/**
	 * @param category a risk's category as recorded, possibly naming several, or
	 * {@code null}
	 * @return the score tolerated for a risk in that category and where it comes from,
	 * empty when the council tolerates any score there
	 */
	public Optional<RiskTolerance> toleranceFor(String category) {
		if (category != null) {
			Set<String> names = new HashSet<>();
			names.add(normalised(category));
			for (String part : PARTS.split(category)) {
				names.add(normalised(part));
			}
			Optional<Category> strictest = this.categories.stream()
				.filter(c -> names.contains(normalised(c.name())))
				.min(Comparator.comparingInt(Category::tolerableScore));
			if (strictest.isPresent()) {
				return strictest.map(c -> new RiskTolerance(c.tolerableScore(), c.name()));
			}
		}
		return Optional.ofNullable(this.defaultScore).map(score -> new RiskTolerance(score, null));
	}

	/**
	 * One thing wrong with an appetite, and where.
	 *
	 * @param category the position of the category it is about in
	 * {@link RiskAppetite#categories()}, or {@link #DEFAULT} for the default
	 * @param aboutName whether it is about the category's name rather than its score
	 * @param message what to put right
	 */
	public record Problem(int category, boolean aboutName, String message) {

		public static final int DEFAULT = -1;

	}

	/**
	 * @return what is wrong with this appetite on the council's matrix, in words, or
	 * nothing
	 */
	public List<String> problems(RiskMatrix matrix) {
		return problemsInDetail(matrix).stream().map(Problem::message).toList();
	}

	/**
	 * @return what is wrong with this appetite on the council's matrix, each with the
	 * category it is about
	 */
	public List<Problem> problemsInDetail(RiskMatrix matrix) {
		int highest = matrix.size() * matrix.size();
		List<Problem> problems = new ArrayList<>();
		if (this.defaultScore != null && (this.defaultScore < 1 || this.defaultScore > highest)) {
			problems.add(new Problem(Problem.DEFAULT, false, "The default tolerable score must be from 1 to " + highest
					+ ", the highest score on the " + matrix.dimensions() + " matrix, not " + this.defaultScore + "."));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < this.categories.size(); i++) {
			Category category = this.categories.get(i);
			String name = (category.name() != null) ? category.name() : "";
			if (name.isEmpty()) {
				problems.add(new Problem(i, true, "Name the category scored " + category.tolerableScore() + "."));
				continue;
			}
			String shown = CONTROL.matcher(name).replaceAll("?");
			if (CONTROL.matcher(name).find()) {
				problems.add(new Problem(i, true, "The category \"" + shown
						+ "\" holds a control character (such as a tab or line break): type it again."));
			}
			if (name.length() > CATEGORY_LIMIT) {
				problems.add(new Problem(i, true, "Shorten the category \"" + shown.substring(0, 40) + "…\" to "
						+ CATEGORY_LIMIT + " characters or fewer."));
			}
			if (category.tolerableScore() < 1 || category.tolerableScore() > highest) {
				problems.add(new Problem(i, false, "The tolerable score for " + shown + " must be from 1 to " + highest
						+ ", not " + category.tolerableScore() + "."));
			}
			if (!seen.add(normalised(name))) {
				problems.add(new Problem(i, true,
						"The category " + shown + " is given twice: give each category one score."));
			}
		}
		return problems;
	}

	/**
	 * What the page that changes the appetite saw, so that a change made by someone else
	 * meanwhile, even to a category's capitals, is not overwritten: a digest of the
	 * default and each category exactly as kept, in any order.
	 */
	public String fingerprint() {
		StringBuilder canonical = new StringBuilder(String.valueOf(this.defaultScore));
		this.categories.stream()
			.map(c -> Fingerprint.word(c.name()) + "=" + c.tolerableScore())
			.sorted()
			.forEach(c -> canonical.append('\n').append(c));
		return Fingerprint.of(canonical.toString());
	}

	/** Whether it is the same appetite, whatever the order of its categories. */
	boolean sameAs(RiskAppetite other) {
		return java.util.Objects.equals(this.defaultScore, other.defaultScore)
				&& new HashSet<>(this.categories).equals(new HashSet<>(other.categories));
	}

	/**
	 * @return the categories a risk's category names, "Organisational /Financial" giving
	 * "Organisational" and "Financial", each as written but with its spacing tidied
	 */
	static List<String> partsOf(String category) {
		return Arrays.stream(PARTS.split(category))
			.map(part -> SPACE.matcher(part.strip()).replaceAll(" "))
			.filter(part -> !part.isEmpty())
			.toList();
	}

	static String normalised(String category) {
		return SPACE.matcher(category.strip()).replaceAll(" ").toLowerCase(Locale.UK);
	}

}
