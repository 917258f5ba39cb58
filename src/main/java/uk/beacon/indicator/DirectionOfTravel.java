package uk.beacon.indicator;

/**
 * How a value moved against a like-for-like earlier value. Improving and worsening need a
 * polarity; a contextual measure can only increase or decrease.
 */
public enum DirectionOfTravel {

	IMPROVING("Improving"),

	WORSENING("Worsening"),

	INCREASING("Increasing"),

	DECREASING("Decreasing"),

	NO_CHANGE("No change"),

	NOT_APPLICABLE("Not applicable");

	private final String label;

	DirectionOfTravel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
