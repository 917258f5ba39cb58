package uk.beacon.indicator;

/**
 * What a value is compared with for its direction of travel: like with like.
 */
public enum Comparison {

	PREVIOUS_PERIOD("the previous period"), SAME_PERIOD_LAST_YEAR("the same period last year");

	private final String label;

	Comparison(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Seasonal, annual and year-to-date figures are only comparable with a year earlier.
	 */
	public static Comparison defaultFor(Frequency frequency, Accumulation accumulation) {
		if (accumulation == Accumulation.CUMULATIVE_YTD || frequency == Frequency.ANNUAL
				|| frequency == Frequency.IRREGULAR) {
			return SAME_PERIOD_LAST_YEAR;
		}
		return PREVIOUS_PERIOD;
	}

}
