package uk.beacon.analytics;

/**
 * The Making Data Count assurance icon: where the target sits against the process limits,
 * which says whether the process as it stands will meet it.
 */
public enum AssuranceIcon {

	CONSISTENTLY_PASSING("Consistently passing the target"),

	HIT_AND_MISS("Hit and miss: sometimes passing and sometimes failing the target"),

	CONSISTENTLY_FAILING("Consistently failing the target"),

	/** No target, or no better direction, so no assurance can be given. */
	NO_TARGET("No target");

	private final String label;

	AssuranceIcon(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
