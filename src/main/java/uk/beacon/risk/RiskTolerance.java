package uk.beacon.risk;

/**
 * The highest current score a council tolerates for one risk, from its risk appetite.
 *
 * @param score the tolerable score
 * @param category the category whose appetite applies, {@code null} when it is the
 * council's default
 */
public record RiskTolerance(int score, String category) {

	/** Where the score comes from, as the register says it: "Financial" or "default". */
	public String source() {
		return (this.category != null) ? this.category : "default";
	}

	/** "tolerable score 12 (Financial)". */
	public String describe() {
		return "tolerable score " + this.score + " (" + source() + ")";
	}

}
