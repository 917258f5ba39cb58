package uk.beacon.risk;

/**
 * A range of scores and the level they are rated, such as 15 to 25 "Red" or 20 to 25
 * "Very High" in dark red. Bands are set once for the whole council, as many as it has
 * levels.
 *
 * @param fromScore the lowest score in the band, 1 or more
 * @param toScore the highest score in the band, inclusive
 * @param level the council's word for the level, such as "Red" or "High"
 * @param colour how the level is shown
 */
public record RiskBand(int fromScore, int toScore, String level, BandColour colour) {

	public RiskBand {
		if (level == null || level.isBlank()) {
			throw new IllegalArgumentException("A band needs a level, such as Red.");
		}
		level = level.strip();
		if (level.codePoints().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(
					"The level of the band from " + fromScore + " has a control character in its name; type it again.");
		}
		if (level.length() > MatrixChecks.MOST_LETTERS) {
			throw new IllegalArgumentException("The level of the band from " + fromScore + " is named in "
					+ level.length() + " characters; keep it to " + MatrixChecks.MOST_LETTERS + ".");
		}
		if (colour == null) {
			throw new IllegalArgumentException("The band " + level + " needs a colour: one of "
					+ Phrases.oneOf(java.util.Arrays.stream(BandColour.values()).map(BandColour::code).toList()) + ".");
		}
		if (fromScore < 1) {
			throw new IllegalArgumentException(
					"The band " + level + " starts at " + fromScore + "; a band starts at a score of 1 or more.");
		}
		if (fromScore > toScore) {
			throw new IllegalArgumentException("The band " + level + " runs from " + fromScore + " down to " + toScore
					+ "; give the lower score first.");
		}
	}

	public boolean contains(int score) {
		return score >= this.fromScore && score <= this.toScore;
	}

	/**
	 * "Amber (8 to 12)", as a message names the band.
	 */
	public String describe() {
		return this.level + " (" + this.fromScore + " to " + this.toScore + ")";
	}

}
