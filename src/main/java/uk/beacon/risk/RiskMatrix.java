package uk.beacon.risk;

import java.util.List;
import java.util.OptionalInt;

import uk.beacon.access.Fingerprint;

/**
 * The council's key to scores: impact and likelihood levels from 1 (lowest) to
 * {@code size}, their labels, the bands that turn a score into a named level and colour,
 * and how the council writes a score. Set once for the whole council; a council without
 * its own uses {@link #standard()}.
 *
 * @param size levels on each axis, 2 to 10
 * @param impactLabels the impact labels for a risk, index 0 is level 1: words, or the
 * levels' own numbers where the council keys its axes with numbers alone
 * @param opportunityImpactLabels the impact labels for an opportunity; the same as
 * {@code impactLabels} except where the council has a positive word, such as Outstanding;
 * {@code null} means the same
 * @param likelihoodLabels the likelihood labels, index 0 is level 1
 * @param bands every score the matrix can produce falls in exactly one; held in score
 * order; as many as the council has levels, each with its name and colour
 * @param writing which axis the council writes first and what it calls them; {@code null}
 * means impact first, named impact and likelihood
 */
public record RiskMatrix(int size, List<String> impactLabels, List<String> opportunityImpactLabels,
		List<String> likelihoodLabels, List<RiskBand> bands, ScoreWriting writing) {

	private static final RiskMatrix STANDARD = new RiskMatrix(5,
			List.of("Insignificant", "Minor", "Moderate", "Major", "Catastrophic"),
			List.of("Insignificant", "Minor", "Moderate", "Major", "Outstanding"),
			List.of("Rare", "Unlikely", "Possible", "Likely", "Certain"),
			List.of(new RiskBand(1, 6, "Green", BandColour.GREEN), new RiskBand(8, 12, "Amber", BandColour.AMBER),
					new RiskBand(15, 25, "Red", BandColour.RED)));

	public RiskMatrix {
		MatrixChecks.requireSize(size);
		impactLabels = MatrixChecks.labels(impactLabels, size, "impact");
		opportunityImpactLabels = (opportunityImpactLabels != null)
				? MatrixChecks.labels(opportunityImpactLabels, size, "opportunity impact") : impactLabels;
		likelihoodLabels = MatrixChecks.labels(likelihoodLabels, size, "likelihood");
		bands = MatrixChecks.bands(bands, size);
		writing = (writing != null) ? writing : ScoreWriting.standard();
	}

	/**
	 * A matrix written impact first, its axes named impact and likelihood.
	 */
	public RiskMatrix(int size, List<String> impactLabels, List<String> opportunityImpactLabels,
			List<String> likelihoodLabels, List<RiskBand> bands) {
		this(size, impactLabels, opportunityImpactLabels, likelihoodLabels, bands, ScoreWriting.standard());
	}

	/**
	 * The same scales and writing with other bands: bands changed on their own.
	 */
	public RiskMatrix withBands(List<RiskBand> newBands) {
		return new RiskMatrix(this.size, this.impactLabels, this.opportunityImpactLabels, this.likelihoodLabels,
				newBands, this.writing);
	}

	/**
	 * The 5×5 matrix of the Lancashire key, with bands 1–6 green, 8–12 amber and 15–25
	 * red.
	 */
	public static RiskMatrix standard() {
		return STANDARD;
	}

	/**
	 * What is wrong with each of an axis's labels, for a form to say beside each.
	 * @param axis "impact", "opportunity impact" or "likelihood"
	 * @return the problem of each level, index 0 is level 1, {@code null} where the label
	 * is right
	 */
	public static List<String> labelProblems(List<String> labels, String axis) {
		return MatrixChecks.labelProblems(labels, axis);
	}

	/**
	 * "5×5".
	 */
	public String dimensions() {
		return Phrases.dimensions(this.size);
	}

	public List<String> impactLabels(RiskKind kind) {
		return (kind == RiskKind.OPPORTUNITY) ? this.opportunityImpactLabels : this.impactLabels;
	}

	public String impactLabel(int level, RiskKind kind) {
		return impactLabels(kind).get(requireLevel(level, "an impact") - 1);
	}

	public String likelihoodLabel(int level) {
		return this.likelihoodLabels.get(requireLevel(level, "a likelihood") - 1);
	}

	/**
	 * An impact level as a list of choices offers it: "3 Moderate", or "3" where the
	 * council keys the axis by number.
	 */
	public String impactChoice(int level, RiskKind kind) {
		return choice(level, impactLabel(level, kind));
	}

	public String likelihoodChoice(int level) {
		return choice(level, likelihoodLabel(level));
	}

	static String choice(int level, String label) {
		return MatrixChecks.isOwnNumber(label, level) ? Integer.toString(level) : level + " " + label;
	}

	/**
	 * The level an impact word stands for, ignoring case and spacing. An opportunity is
	 * read with its own words only, so "Catastrophic" is not an opportunity's level 5.
	 */
	public OptionalInt impactLevel(String label, RiskKind kind) {
		return MatrixChecks.find(impactLabels(kind), label);
	}

	public OptionalInt likelihoodLevel(String label) {
		return MatrixChecks.find(this.likelihoodLabels, label);
	}

	/**
	 * Whether the council keys an axis with numbers rather than words, so that a score
	 * must name its axes to be read: "12 (likelihood 4, impact 3)", not "12 3/4".
	 */
	public boolean numbered() {
		for (List<String> labels : List.of(this.impactLabels, this.opportunityImpactLabels, this.likelihoodLabels)) {
			for (int level = 1; level <= labels.size(); level++) {
				if (MatrixChecks.isOwnNumber(labels.get(level - 1), level)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A position as the council writes it: "12 Major/Possible" impact first, "12
	 * Possible/Major" likelihood first, "12 (likelihood 4, impact 3)" where the axes are
	 * keyed by number, "15 Outstanding/Possible" for an opportunity, or "20" when only
	 * the score is known.
	 */
	public String scoreText(RiskPosition position, RiskKind kind) {
		if (!position.hasFactors()) {
			return Integer.toString(position.score());
		}
		String factors = factors(position, kind);
		return position.score() + (numbered() ? " (" + factors + ")" : " " + factors);
	}

	/**
	 * The levels of a position in the council's order: "Major/Possible", or "likelihood
	 * 4, impact 3" where the axes are keyed by number.
	 */
	public String factors(RiskPosition position, RiskKind kind) {
		String impact = impactLabel(position.impact(), kind);
		String likelihood = likelihoodLabel(position.likelihood());
		if (numbered()) {
			String impactPart = this.writing.impactName() + " " + impact;
			String likelihoodPart = this.writing.likelihoodName() + " " + likelihood;
			return this.writing.likelihoodFirst() ? likelihoodPart + ", " + impactPart
					: impactPart + ", " + likelihoodPart;
		}
		return this.writing.likelihoodFirst() ? likelihood + "/" + impact : impact + "/" + likelihood;
	}

	/**
	 * A position with the level its score is in: "12 (likelihood 4, impact 3):
	 * High/Medium", "12 Major/Possible: Amber"; the score alone where the matrix cannot
	 * band it.
	 */
	public String rating(RiskPosition position, RiskKind kind) {
		String text = scoreText(position, kind);
		return fits(position) ? text + ": " + bandOf(position.score()).level() : text;
	}

	/**
	 * How to read the council's scores, for a page or report to print beside them: "A
	 * score is impact × likelihood on the 5×5 matrix, written impact first: 12
	 * Major/Possible is impact Major (4) and likelihood Possible (3)."
	 */
	public String key() {
		int first = Math.min(4, this.size);
		int second = Math.min(3, this.size);
		RiskPosition example = this.writing.likelihoodFirst() ? RiskPosition.of(second, first)
				: RiskPosition.of(first, second);
		String read = scoreText(example, RiskKind.RISK);
		// numbers name their axes already; words are told which axis each is
		if (!numbered()) {
			String impact = this.writing.impactName() + " " + impactLabel(example.impact(), RiskKind.RISK) + " ("
					+ example.impact() + ")";
			String likelihood = this.writing.likelihoodName() + " " + likelihoodLabel(example.likelihood()) + " ("
					+ example.likelihood() + ")";
			read += " is "
					+ (this.writing.likelihoodFirst() ? likelihood + " and " + impact : impact + " and " + likelihood);
		}
		return "A score is " + this.writing.product() + " on the " + dimensions() + " matrix, written "
				+ this.writing.first() + " first: " + read + ".";
	}

	/**
	 * Whether some impact × likelihood on this matrix gives the score: 7 is not
	 * achievable on a 5×5 matrix, nor is 26.
	 */
	public boolean achievable(int score) {
		return MatrixChecks.factorOf(score, this.size) > 0;
	}

	public RiskBand bandOf(int score) {
		if (!achievable(score)) {
			throw new IllegalArgumentException(notAScore(Integer.toString(score)));
		}
		return this.bands.stream().filter((band) -> band.contains(score)).findFirst().orElseThrow();
	}

	/**
	 * Whether a position can be shown and banded on this matrix: its levels are within
	 * the matrix and its score is one the matrix produces.
	 */
	public boolean fits(RiskPosition position) {
		if (position.hasFactors()) {
			return position.impact() <= this.size && position.likelihood() <= this.size;
		}
		return achievable(position.score());
	}

	/**
	 * A digest of the matrix as it is, labels and bands exactly as written, so that a
	 * page changing it can tell whether someone else did since it was opened.
	 */
	public String fingerprint() {
		StringBuilder canonical = new StringBuilder().append(this.size);
		for (List<String> labels : List.of(this.impactLabels, this.opportunityImpactLabels, this.likelihoodLabels)) {
			canonical.append('\n');
			labels.forEach(label -> canonical.append(Fingerprint.word(label)));
		}
		// a matrix written the standard way keeps the fingerprint it had before councils
		// could write theirs otherwise
		if (!this.writing.isStandard()) {
			canonical.append('\n')
				.append(this.writing.likelihoodFirst())
				.append(Fingerprint.word(this.writing.impactName()))
				.append(Fingerprint.word(this.writing.likelihoodName()));
			// likewise a matrix drawn with impact down the side
			if (this.writing.likelihoodOnRows()) {
				canonical.append("\nlikelihood on rows");
			}
		}
		for (RiskBand band : this.bands) {
			canonical.append('\n')
				.append(band.fromScore())
				.append('-')
				.append(band.toScore())
				.append(Fingerprint.word(band.level()))
				.append(band.colour().name());
		}
		return Fingerprint.of(canonical.toString());
	}

	String notALevel(String level, String axis) {
		return level + " is not " + axis + " level of the " + dimensions() + " matrix; use 1 to " + this.size + ".";
	}

	String notAScore(String score) {
		return score + " is not a score the " + dimensions() + " matrix can produce; a score is impact × likelihood, "
				+ "each 1 to " + this.size + ".";
	}

	private int requireLevel(int level, String axis) {
		if (level < 1 || level > this.size) {
			throw new IllegalArgumentException(notALevel(Integer.toString(level), axis));
		}
		return level;
	}

}
