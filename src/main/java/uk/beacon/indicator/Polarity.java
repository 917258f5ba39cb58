package uk.beacon.indicator;

/**
 * Which way is good for an indicator: "Good is High/Low/On target" in Lancashire's words,
 * "LOWER = BETTER" in Worcestershire's.
 */
public enum Polarity {

	HIGHER_IS_BETTER("higher is better"),

	LOWER_IS_BETTER("lower is better"),

	WITHIN_RANGE("within a range is best"),

	/** A contextual measure: reported for information and never rated. */
	NO_POLARITY("no polarity");

	private final String description;

	Polarity(String description) {
		this.description = description;
	}

	public String describe() {
		return this.description;
	}

}
