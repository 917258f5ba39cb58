package uk.beacon.risk;

/**
 * A risk area as its risks stand today, as the pages and the API show it.
 *
 * @param area the area
 * @param workedOut the highest level of its open risks, {@code null} when none is
 * assessed
 * @param set the level an officer set it at, {@code null} when none is
 * @param risks how many open risks it holds that the person may see
 * @param red how many of them are red
 * @param redInLast12Months whether any was red at an assessment in the last twelve months
 */
public record AreaStanding(RiskArea area, RiskLevel workedOut, RiskLevel set, int risks, int red,
		boolean redInLast12Months) {

	/** The level the area is shown at: the one set, or else the one worked out. */
	public RiskLevel level() {
		return (this.set != null) ? this.set : this.workedOut;
	}

	public String levelName() {
		return (level() != null) ? level().level() : "Not assessed";
	}

	public BandColour colour() {
		return (level() != null) ? level().colour() : BandColour.GREY;
	}

	/**
	 * The level worked out from its risks where an officer set another, to be shown
	 * beside it; {@code null} where none was set or they agree.
	 */
	public String workedOutWhereDifferent() {
		if (this.set == null) {
			return null;
		}
		String worked = (this.workedOut != null) ? this.workedOut.level() : "Not assessed";
		return worked.equalsIgnoreCase(this.set.level()) ? null : worked;
	}

}
