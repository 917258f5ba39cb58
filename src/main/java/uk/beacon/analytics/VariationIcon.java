package uk.beacon.analytics;

/**
 * The Making Data Count variation icon for the latest point: common cause, or special
 * cause that is improving, concerning or neither, from higher or from lower values.
 */
public enum VariationIcon {

	COMMON_CAUSE("Common cause variation", null, Direction.NONE),

	IMPROVEMENT_HIGH("Special cause of improving nature (higher)", Nature.IMPROVEMENT, Direction.HIGHER),

	IMPROVEMENT_LOW("Special cause of improving nature (lower)", Nature.IMPROVEMENT, Direction.LOWER),

	CONCERN_HIGH("Special cause of concerning nature (higher)", Nature.CONCERN, Direction.HIGHER),

	CONCERN_LOW("Special cause of concerning nature (lower)", Nature.CONCERN, Direction.LOWER),

	NEITHER_HIGH("Special cause of neither improving nor concerning nature (higher)", Nature.NEITHER, Direction.HIGHER),

	NEITHER_LOW("Special cause of neither improving nor concerning nature (lower)", Nature.NEITHER, Direction.LOWER);

	/** Whether a special cause is good news, bad news, or neither by the polarity. */
	public enum Nature {

		IMPROVEMENT, CONCERN, NEITHER

	}

	private final String label;

	private final Nature nature;

	private final Direction direction;

	VariationIcon(String label, Nature nature, Direction direction) {
		this.label = label;
		this.nature = nature;
		this.direction = direction;
	}

	public String label() {
		return this.label;
	}

	/** {@code null} for common cause. */
	public Nature nature() {
		return this.nature;
	}

	public Direction direction() {
		return this.direction;
	}

}
