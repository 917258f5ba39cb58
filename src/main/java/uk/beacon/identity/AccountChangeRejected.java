package uk.beacon.identity;

/**
 * A change to an account that cannot be made, with the reason in words for the page.
 */
public class AccountChangeRejected extends RuntimeException {

	public AccountChangeRejected(String message) {
		super(message);
	}

}
