package uk.beacon.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The invariants of a {@link RiskMatrix}, kept apart so the matrix reads as what it is.
 * Each check names the level, label or score at fault, because the messages reach the
 * officer who uploaded the matrix.
 */
final class MatrixChecks {

	/**
	 * The longest label or level name: each is printed in the matrix and beside risks.
	 */
	static final int MOST_LETTERS = 60;

	private MatrixChecks() {
	}

	static void requireSize(int size) {
		if (size < 2 || size > 10) {
			throw new IllegalArgumentException("A risk matrix is from 2×2 to 10×10, not " + Phrases.dimensions(size)
					+ "; give the same number of levels, 2 to 10, on each axis.");
		}
	}

	static List<String> labels(List<String> labels, int size, String axis) {
		int given = (labels != null) ? labels.size() : 0;
		if (given != size) {
			throw new IllegalArgumentException("The " + Phrases.dimensions(size) + " matrix needs " + size + " " + axis
					+ " labels, one for each level, but has " + given + ".");
		}
		for (String problem : labelProblems(labels, axis)) {
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
		}
		return labels.stream().map(String::strip).toList();
	}

	/**
	 * What is wrong with each label, so that a form can say it beside the label.
	 * @param labels the labels of one axis, index 0 is level 1
	 * @param axis "impact", "opportunity impact" or "likelihood"
	 * @return the problem of each level, index 0 is level 1, {@code null} where the label
	 * is right
	 */
	static List<String> labelProblems(List<String> labels, String axis) {
		List<String> problems = new ArrayList<>();
		List<String> earlier = new ArrayList<>();
		for (int level = 1; level <= labels.size(); level++) {
			String label = labels.get(level - 1);
			problems.add(labelProblem(label, level, axis, earlier));
			earlier.add((label != null) ? label.strip() : "");
		}
		return problems;
	}

	private static String labelProblem(String label, int level, String axis, List<String> earlierLabels) {
		String where = capitalise(axis) + " level " + level;
		if (label == null || label.isBlank()) {
			return where + " has no label; give it a word, such as Major or Likely.";
		}
		String stripped = label.strip();
		if (stripped.codePoints().anyMatch(Character::isISOControl)) {
			return where + " has a control character in its label; type it again.";
		}
		if (stripped.length() > MOST_LETTERS) {
			return where + "'s label is " + stripped.length() + " characters; keep it to " + MOST_LETTERS
					+ ", as it is printed in every cell of the matrix.";
		}
		// a level may be given by number or by word, so a label that is a number must be
		// the level's own, or it would be read as another level
		if (stripped.matches("[+-]?[\\d.,]+") && !isOwnNumber(stripped, level)) {
			return where + " is labelled \"" + stripped + "\"; a label that is a number must be the level's own ("
					+ level + "), because a number is read as a level.";
		}
		// "12 Major/Possible" must read back to the same levels
		if (stripped.contains("/")) {
			return where + " is labelled \"" + stripped
					+ "\"; a label cannot contain \"/\", which separates impact from likelihood in 12 Major/Possible.";
		}
		OptionalInt earlier = find(earlierLabels, stripped);
		if (earlier.isPresent()) {
			return capitalise(axis) + " levels " + earlier.getAsInt() + " and " + level + " are both labelled \""
					+ stripped + "\"; each level needs its own label.";
		}
		return null;
	}

	/**
	 * Whether the label is the level's own number, "3" for level 3: such labels are how a
	 * council keys its axes with no words.
	 */
	static boolean isOwnNumber(String label, int level) {
		return label != null && label.strip().matches("\\d{1,2}") && Integer.parseInt(label.strip()) == level;
	}

	static List<RiskBand> bands(List<RiskBand> bands, int size) {
		String matrix = Phrases.dimensions(size);
		if (bands == null || bands.isEmpty()) {
			throw new IllegalArgumentException("The " + matrix
					+ " matrix needs bands, such as 15 to 25 Red; every score it can produce needs one.");
		}
		List<RiskBand> ordered = bands.stream().sorted(Comparator.comparingInt(RiskBand::fromScore)).toList();
		for (RiskBand band : ordered) {
			boolean reachable = false;
			for (int score = band.fromScore(); score <= Math.min(band.toScore(), size * size) && !reachable; score++) {
				reachable = factorOf(score, size) > 0;
			}
			if (!reachable) {
				throw new IllegalArgumentException("The band " + band.describe() + " holds no score the " + matrix
						+ " matrix can produce; remove it or change its scores.");
			}
		}
		for (int score = 1; score <= size * size; score++) {
			requireOneBand(ordered, score, size);
		}
		return ordered;
	}

	private static void requireOneBand(List<RiskBand> bands, int score, int size) {
		int impact = factorOf(score, size);
		if (impact == 0) {
			return;
		}
		List<RiskBand> holding = bands.stream().filter((band) -> band.contains(score)).toList();
		if (holding.isEmpty()) {
			throw new IllegalArgumentException(
					"No band covers the score " + score + " (" + impact + " × " + (score / impact) + " on the "
							+ Phrases.dimensions(size) + " matrix); every score the matrix can produce needs a band.");
		}
		if (holding.size() > 1) {
			throw new IllegalArgumentException("The score " + score + " is in more than one band: "
					+ Phrases.allOf(holding.stream().map(RiskBand::describe).toList())
					+ "; each score must be in exactly one band.");
		}
	}

	/**
	 * The smallest impact level that, with some likelihood level, gives the score; 0 when
	 * none does.
	 */
	static int factorOf(int score, int size) {
		for (int impact = 1; impact <= size; impact++) {
			if (score > 0 && score % impact == 0 && score / impact <= size) {
				return impact;
			}
		}
		return 0;
	}

	/**
	 * The level of a word, ignoring case and runs of spaces as officers type them.
	 */
	static OptionalInt find(List<String> labels, String label) {
		if (label == null) {
			return OptionalInt.empty();
		}
		String wanted = key(label);
		for (int index = 0; index < labels.size(); index++) {
			if (key(labels.get(index)).equals(wanted)) {
				return OptionalInt.of(index + 1);
			}
		}
		return OptionalInt.empty();
	}

	private static String key(String label) {
		return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String capitalise(String words) {
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
