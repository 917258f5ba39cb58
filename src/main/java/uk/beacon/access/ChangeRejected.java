package uk.beacon.access;

/**
 * A change that cannot be made as asked, with a message for the person who asked that
 * says what was wrong and what to do. Nothing was saved.
 */
public class ChangeRejected extends RuntimeException {

	public ChangeRejected(String message) {
		super(message);
	}

}
