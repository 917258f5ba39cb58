package uk.beacon.access;

/**
 * A change refused because someone else changed the same thing since the person read it:
 * nothing was saved, so neither overwrites the other.
 */
public class StaleChange extends ChangeRejected {

	public StaleChange(String message) {
		super(message);
	}

}
