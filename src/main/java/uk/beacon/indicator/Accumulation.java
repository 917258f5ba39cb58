package uk.beacon.indicator;

/**
 * Whether each value stands alone or is the running total for the financial year so far.
 */
public enum Accumulation {

	SNAPSHOT("Snapshot"), CUMULATIVE_YTD("Cumulative year to date");

	private final String label;

	Accumulation(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
