package uk.beacon.analytics;

/**
 * The Making Data Count variation icon for the latest point: common cause, or special
 * cause that is improving, concerning or neither, from higher or from lower values.
 */
public enum VariationIcon {

	COMMON_CAUSE("Common cause variation"),

	IMPROVEMENT_HIGH("Special cause of improving nature (higher)"),

	IMPROVEMENT_LOW("Special cause of improving nature (lower)"),

	CONCERN_HIGH("Special cause of concerning nature (higher)"),

	CONCERN_LOW("Special cause of concerning nature (lower)"),

	NEITHER_HIGH("Special cause of neither improving nor concerning nature (higher)"),

	NEITHER_LOW("Special cause of neither improving nor concerning nature (lower)");

	private final String label;

	VariationIcon(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
