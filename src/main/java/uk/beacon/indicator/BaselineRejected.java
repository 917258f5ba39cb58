package uk.beacon.indicator;

/**
 * A baseline for process limits that cannot be used, with the reason in an officer's
 * words.
 */
public class BaselineRejected extends RuntimeException {

	public BaselineRejected(String message) {
		super(message);
	}

}
