package uk.beacon.risk;

import java.util.Locale;

/**
 * How a council writes a score: which axis comes first and what it calls each axis. One
 * council writes "12 Major/Possible", impact first; another prints "4 3 12", likelihood
 * first, and calls its axes probability and severity. The score is impact × likelihood
 * either way; only the writing differs.
 *
 * @param likelihoodFirst whether the likelihood is written before the impact
 * @param impactName the council's name for the impact axis, such as "impact" or
 * "severity"
 * @param likelihoodName its name for the likelihood axis, such as "likelihood" or
 * "probability"
 * @param likelihoodOnRows whether the council draws its matrix with the likelihood down
 * the side (rows, highest first) and the impact along the bottom; most draw impact down
 * the side
 */
public record ScoreWriting(boolean likelihoodFirst, String impactName, String likelihoodName,
		boolean likelihoodOnRows) {

	/** The longest axis name: it is printed inside every score. */
	static final int MOST_LETTERS = 30;

	private static final ScoreWriting STANDARD = new ScoreWriting(false, "impact", "likelihood", false);

	public ScoreWriting {
		impactName = name(impactName, "impact");
		likelihoodName = name(likelihoodName, "likelihood");
		if (impactName.equalsIgnoreCase(likelihoodName)) {
			throw new IllegalArgumentException(
					"Both axes are called \"" + impactName + "\"; give each its own name, as the score names both.");
		}
	}

	/**
	 * Written as given, the matrix drawn with impact down the side.
	 */
	public ScoreWriting(boolean likelihoodFirst, String impactName, String likelihoodName) {
		this(likelihoodFirst, impactName, likelihoodName, false);
	}

	/**
	 * The same writing with the matrix drawn the other way round or not.
	 */
	public ScoreWriting drawn(boolean withLikelihoodOnRows) {
		return new ScoreWriting(this.likelihoodFirst, this.impactName, this.likelihoodName, withLikelihoodOnRows);
	}

	/** The name of the axis down the side of the council's matrix. */
	public String rows() {
		return this.likelihoodOnRows ? this.likelihoodName : this.impactName;
	}

	/** The name of the axis along the bottom of the council's matrix. */
	public String columns() {
		return this.likelihoodOnRows ? this.impactName : this.likelihoodName;
	}

	/**
	 * Impact first, the axes called impact and likelihood: "12 Major/Possible".
	 */
	public static ScoreWriting standard() {
		return STANDARD;
	}

	public boolean isStandard() {
		return equals(STANDARD);
	}

	/**
	 * The impact axis's name with a capital, as a heading has it: "Impact".
	 */
	public String impactHeading() {
		return capitalised(this.impactName);
	}

	public String likelihoodHeading() {
		return capitalised(this.likelihoodName);
	}

	/**
	 * "impact × likelihood", in the council's order and names.
	 */
	public String product() {
		return first() + " × " + second();
	}

	/** The name of the axis written first. */
	public String first() {
		return this.likelihoodFirst ? this.likelihoodName : this.impactName;
	}

	/** The name of the axis written second. */
	public String second() {
		return this.likelihoodFirst ? this.impactName : this.likelihoodName;
	}

	private static String capitalised(String name) {
		return name.substring(0, 1).toUpperCase(Locale.UK) + name.substring(1);
	}

	private static String name(String typed, String axis) {
		String problem = nameProblem(typed, axis);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return typed.strip();
	}

	/**
	 * What is wrong with a name for an axis, for a form to say beside it.
	 * @param axis "impact" or "likelihood"
	 * @return the problem, or {@code null} when the name is right
	 */
	public static String nameProblem(String typed, String axis) {
		if (typed == null || typed.isBlank()) {
			return "The " + axis + " axis needs a name, such as " + axis + ".";
		}
		String name = typed.strip();
		if (name.codePoints().anyMatch(c -> !Character.isLetter(c) && c != ' ')) {
			return "The " + axis + " axis is called \"" + name + "\"; name it in letters and spaces only, such as "
					+ axis + ".";
		}
		if (name.length() > MOST_LETTERS) {
			return "The " + axis + " axis's name is " + name.length() + " characters; keep it to " + MOST_LETTERS
					+ ", as it is printed in every score.";
		}
		return null;
	}

}
