package uk.beacon.identity;

import uk.beacon.access.ChangeRejected;

/**
 * A change to an account that cannot be made, with the reason in words for the page.
 */
public class AccountChangeRejected extends ChangeRejected {

	public AccountChangeRejected(String message) {
		super(message);
	}

}
