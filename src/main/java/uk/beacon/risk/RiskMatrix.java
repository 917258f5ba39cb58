package uk.beacon.risk;

import java.util.List;
import java.util.OptionalInt;

import uk.beacon.access.Fingerprint;

/**
 * The council's key to scores: impact and likelihood levels from 1 (lowest) to
 * {@code size}, their words, and the bands that turn a score into a level and colour. Set
 * once for the whole council; a council without its own uses {@link #standard()}.
 *
 * @param size levels on each axis, 2 to 10
 * @param impactLabels the impact words for a risk, index 0 is level 1
 * @param opportunityImpactLabels the impact words for an opportunity; the same as
 * {@code impactLabels} except where the council has a positive word, such as Outstanding;
 * {@code null} means the same
 * @param likelihoodLabels the likelihood words, index 0 is level 1
 * @param bands every score the matrix can produce falls in exactly one; held in score
 * order
 */
public record RiskMatrix(int size, List<String> impactLabels, List<String> opportunityImpactLabels,
		List<String> likelihoodLabels, List<RiskBand> bands) {

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
