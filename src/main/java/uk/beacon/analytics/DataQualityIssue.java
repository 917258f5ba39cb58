package uk.beacon.analytics;

/**
 * A reason to check a figure before it goes into a report.
 */
public enum DataQualityIssue {

	/** A value far from the indicator's own usual range. */
	OUTLIER("Unusual value"),

	/** The denominator of a ratio changed sharply from one period to the next. */
	DENOMINATOR_JUMP("Denominator jump"),

	/** A period with no value between periods that have one. */
	MISSING_PERIOD("Missing period"),

	/** A target that looks like a typing or unit mistake. */
	SUSPECT_TARGET("Suspect target");

	private final String label;

	DataQualityIssue(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
