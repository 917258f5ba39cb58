package uk.beacon.reporting;

/**
 * A risk area as the report prints it.
 *
 * @param code the area's code
 * @param title its title
 * @param lead who leads it, {@code null} when not recorded
 * @param mitigations the summary of its mitigations, {@code null} when not recorded
 * @param level its level at the quarter's end: the one set by officers, or else the
 * highest of its risks'; "Not assessed" when neither is known
 * @param colour the level's colour, such as "RED"
 * @param workedOutLevel the highest level of its risks where officers set another,
 * {@code null} where they did not or the two agree
 * @param levelReason why officers set its level, {@code null} when they did not
 * @param risks how many open risks it holds
 * @param red how many of them are red
 * @param isNew whether it was begun in the quarter reported
 * @param redInLast12Months whether one of its risks was red at an assessment in the
 * twelve months to the quarter's end
 */
public record AreaEntry(String code, String title, String lead, String mitigations, String level, String colour,
		String workedOutLevel, String levelReason, long risks, long red, boolean isNew, boolean redInLast12Months) {

	/**
	 * "Red", "Red (set by officers: the Ofsted visit; its risks are at Amber)", as an
	 * indicator's assessed status is shown beside its rule status.
	 */
	public String levelAsShown() {
		if (this.levelReason == null) {
			return this.level;
		}
		return this.level + " (set by officers: " + this.levelReason
				+ ((this.workedOutLevel != null) ? "; its risks are at " + this.workedOutLevel : "") + ")";
	}

	/** "4 risks, 1 red". */
	public String count() {
		return risks(this.risks) + ", " + ((this.red == 0) ? "none" : String.valueOf(this.red)) + " red";
	}

	static String risks(long count) {
		return (count == 1) ? "1 risk" : count + " risks";
	}

}
