package uk.beacon.collection;

/**
 * Where a data request is on its way from owner to approver.
 */
public enum RequestState {

	/** Waiting for the owner's figures. */
	REQUESTED("Not started"),

	/** Submitted and waiting for the approver. */
	SUBMITTED("Waiting for approval"),

	/** Sent back to the owner with a reason. */
	RETURNED("Returned to the owner"),

	/** Approved: the figure is published and locked. */
	APPROVED("Approved");

	private final String label;

	RequestState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the owner still has to act. */
	public boolean withOwner() {
		return this == REQUESTED || this == RETURNED;
	}

}
