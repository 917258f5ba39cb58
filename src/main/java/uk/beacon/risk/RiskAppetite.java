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
import java.util.stream.Collectors;

/**
 * How much risk a council will tolerate: the highest current score it accepts for a risk
 * in each category it names, and by default for every other. Opportunities are not held
 * to it: an opportunity's score is what the council hopes for.
 * <p>
 * Categories are matched without regard to case or spacing. Councils often file a risk
 * under more than one category ("Organisational / Financial"): such a risk is held to the
 * most cautious score among its categories that have one, and to the default only when
 * none has.
 *
 * @param defaultScore the score tolerated in any category without its own, {@code null}
 * when the council sets none
 * @param categories the categories with a score of their own, in the order set
 */
public record RiskAppetite(Integer defaultScore, List<Category> categories) {

	/** The longest category name kept. */
	public static final int CATEGORY_LIMIT = 200;

	private static final Pattern PARTS = Pattern.compile("[/,;]");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	/**
	 * @param name the category as the council names it
	 * @param tolerableScore the highest current score tolerated in it
	 */
	public record Category(String name, int tolerableScore) {
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
	 * @return what is wrong with this appetite on the council's matrix, in words, or
	 * nothing
	 */
	public List<String> problems(RiskMatrix matrix) {
		int highest = matrix.size() * matrix.size();
		List<String> problems = new ArrayList<>();
		if (this.defaultScore != null && (this.defaultScore < 1 || this.defaultScore > highest)) {
			problems.add("The default tolerable score must be from 1 to " + highest + ", the highest score on the "
					+ matrix.dimensions() + " matrix, not " + this.defaultScore + ".");
		}
		Set<String> seen = new HashSet<>();
		for (Category category : this.categories) {
			String name = (category.name() != null) ? category.name().strip() : "";
			if (name.isEmpty()) {
				problems.add("Name the category scored " + category.tolerableScore() + ".");
				continue;
			}
			if (name.length() > CATEGORY_LIMIT) {
				problems.add("Shorten the category \"" + name.substring(0, 40) + "…\" to " + CATEGORY_LIMIT
						+ " characters or fewer.");
			}
			if (category.tolerableScore() < 1 || category.tolerableScore() > highest) {
				problems.add("The tolerable score for " + name + " must be from 1 to " + highest + ", not "
						+ category.tolerableScore() + ".");
			}
			if (!seen.add(normalised(name))) {
				problems.add("The category " + name + " is given twice: give each category one score.");
			}
		}
		return problems;
	}

	/**
	 * What the page that changes the appetite saw, so that a change made by someone else
	 * meanwhile is not overwritten.
	 */
	public String fingerprint() {
		return ((this.defaultScore != null) ? this.defaultScore.toString() : "-") + this.categories.stream()
			.map(c -> "|" + normalised(c.name()) + "=" + c.tolerableScore())
			.sorted()
			.collect(Collectors.joining());
	}

	/** The same appetite with categories in one order, for comparing. */
	boolean sameAs(RiskAppetite other) {
		return fingerprint().equals(other.fingerprint()) && this.categories.stream()
			.map(Category::name)
			.collect(Collectors.toSet())
			.equals(other.categories.stream().map(Category::name).collect(Collectors.toSet()));
	}

	/**
	 * @return the categories a risk's category names, "Organisational /Financial" giving
	 * "Organisational" and "Financial", each as written but with its spacing tidied
	 */
	public static List<String> partsOf(String category) {
		return Arrays.stream(PARTS.split(category))
			.map(part -> SPACE.matcher(part.strip()).replaceAll(" "))
			.filter(part -> !part.isEmpty())
			.toList();
	}

	static String normalised(String category) {
		return SPACE.matcher(category.strip()).replaceAll(" ").toLowerCase(Locale.UK);
	}

}
