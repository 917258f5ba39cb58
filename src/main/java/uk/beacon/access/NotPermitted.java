package uk.beacon.access;

/**
 * A change refused because the person does not hold the role it needs over the part of
 * the council it touches. The message says which role, where the item belongs and where
 * the person's roles are held.
 */
public class NotPermitted extends ChangeRejected {

	public NotPermitted(String message) {
		super(message);
	}

}
