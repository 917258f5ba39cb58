package uk.beacon.indicator;

/**
 * The RAG status of an indicator value, plus the two grey states a report must tell
 * apart.
 */
public enum Status {

	RED("Red"),

	AMBER("Amber"),

	GREEN("Green"),

	/** There is a value but no rating applies: no target, or a contextual measure. */
	NOT_RATED("Not rated"),

	/** Nothing has been reported for the period. */
	NO_DATA("No data");

	private final String label;

	Status(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
