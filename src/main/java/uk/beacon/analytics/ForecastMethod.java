package uk.beacon.analytics;

/**
 * How a year-end forecast was made, in words a performance officer can put in a report.
 */
public enum ForecastMethod {

	/** A cumulative figure scaled up by the share of the annual total expected by now. */
	PRO_RATA_PROFILE("pro rata from the year-to-date profile"),

	/** A cumulative figure scaled up by the share of the year that has passed. */
	PRO_RATA_YEAR("pro rata from the year to date"),

	/**
	 * A snapshot measure: the least-squares straight line through recent values,
	 * extended.
	 */
	LINEAR_TREND("straight-line trend of recent values"),

	/**
	 * A year-to-date rate (a percentage of the year so far): the straight line through
	 * this year's figures only, since the figure starts again each April.
	 */
	YEAR_TO_DATE_TREND("straight-line trend of this year's year-to-date figures"),

	/**
	 * The year's last period has its figure: that is the year end, and nothing is
	 * projected.
	 */
	YEAR_END_FIGURE("the figure for the year's last period"),

	/** Too little to go on: there is no projection. */
	NOT_ENOUGH_DATA("not enough data to forecast");

	private final String description;

	ForecastMethod(String description) {
		this.description = description;
	}

	public String describe() {
		return this.description;
	}

}
