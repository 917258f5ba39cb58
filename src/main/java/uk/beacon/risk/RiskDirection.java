package uk.beacon.risk;

/**
 * How a risk moved since the last report: its rated score (or, failing that, its level)
 * against the latest assessment of an earlier reporting period.
 */
public enum RiskDirection {

	INCREASED("Increased"),

	REDUCED("Reduced"),

	UNCHANGED("Unchanged"),

	NEW("New this period");

	private final String label;

	RiskDirection(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
