package uk.beacon.risk;

import uk.beacon.access.ChangeRejected;

/**
 * A change to a register that cannot be made, with a message for the person who asked.
 */
public class RiskChangeRejected extends ChangeRejected {

	public RiskChangeRejected(String message) {
		super(message);
	}

}
