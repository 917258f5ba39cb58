package uk.beacon.risk;

/**
 * Where a risk sits on the matrix at one point: an impact and a likelihood level and
 * their product, or, where a council printed only a score, the score alone. Whether the
 * levels fit a particular matrix is {@link RiskMatrix#fits(RiskPosition)}'s question.
 *
 * @param impact the impact level, or {@code null} for a score printed alone
 * @param likelihood the likelihood level, or {@code null} for a score printed alone
 * @param score impact × likelihood
 */
public record RiskPosition(Integer impact, Integer likelihood, int score) {

	public RiskPosition {
		if (impact == null && likelihood == null) {
			if (score < 1) {
				throw new IllegalArgumentException("A score given alone must be 1 or more, not " + score + ".");
			}
		}
		else if (impact == null || likelihood == null) {
			throw new IllegalArgumentException("A position needs both an impact and a likelihood, or the score alone; "
					+ ((impact == null) ? "the impact" : "the likelihood") + " is missing.");
		}
		else {
			requireLevel(impact, "An impact");
			requireLevel(likelihood, "A likelihood");
			if (score != impact * likelihood) {
				throw new IllegalArgumentException("A score of " + score + " is not impact " + impact + " × likelihood "
						+ likelihood + " = " + (impact * likelihood) + ".");
			}
		}
	}

	public static RiskPosition of(int impact, int likelihood) {
		requireLevel(impact, "An impact");
		requireLevel(likelihood, "A likelihood");
		return new RiskPosition(impact, likelihood, impact * likelihood);
	}

	public static RiskPosition scoreOnly(int score) {
		return new RiskPosition(null, null, score);
	}

	public boolean hasFactors() {
		return this.impact != null;
	}

	/**
	 * The position as its council writes it ({@link RiskMatrix#scoreText}): "12
	 * Major/Possible", "15 Outstanding/Possible" for an opportunity, "12 (likelihood 4,
	 * impact 3)" where the axes are keyed by number, or "20" when only the score is
	 * known.
	 */
	public String label(RiskMatrix matrix, RiskKind kind) {
		return matrix.scoreText(this, kind);
	}

	private static void requireLevel(int level, String axis) {
		// levels above 10 are left to the matrix, which knows its size; this guards the
		// product against overflow and nonsense
		if (level < 1 || level > 10) {
			throw new IllegalArgumentException(
					axis + " level is 1 to at most 10 (on a 10×10 matrix), not " + level + ".");
		}
	}

}
