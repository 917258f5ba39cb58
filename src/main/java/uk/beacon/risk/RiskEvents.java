package uk.beacon.risk;

/**
 * What happens to registers, published for the audit trail and anyone else who listens.
 */
public final class RiskEvents {

	private RiskEvents() {
	}

	/** An officer entered a new risk or opportunity. */
	public record RiskAdded(String reference, String register, String title, String actor) {
	}

	/** A risk moved up to a higher register, or back down. */
	public record RiskMoved(String reference, String direction, String fromRegister, String toRegister, String reason,
			String actor) {
	}

	/** A person confirmed that one risk duplicates another. */
	public record RisksMerged(String mergedReference, String survivingReference, String reason, String actor) {
	}

	/** A council's matrix or bands changed; every risk is re-banded from the new ones. */
	public record RiskMatrixChanged(String councilCode, String before, String after, String actor) {
	}

}
