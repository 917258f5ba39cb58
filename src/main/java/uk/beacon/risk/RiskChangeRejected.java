package uk.beacon.risk;

/**
 * A change to a register that cannot be made, with a message for the person who asked.
 */
public class RiskChangeRejected extends RuntimeException {

	public RiskChangeRejected(String message) {
		super(message);
	}

}
