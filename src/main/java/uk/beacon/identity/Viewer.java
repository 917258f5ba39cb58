package uk.beacon.identity;

import java.io.Serializable;

/**
 * The signed-in person behind a request, as kept in the session. Roles are not kept here:
 * they are read afresh for every decision, so that a role withdrawn takes effect at once.
 *
 * @param accountId the account
 * @param username what they sign in with
 * @param displayName their name
 * @param email their work e-mail, or {@code null}
 */
public record Viewer(long accountId, String username, String displayName, String email) implements Serializable {

	/** "Jane Smith (jsmith)", the form used in the audit trail. */
	public String actorName() {
		return this.displayName + " (" + this.username + ")";
	}

	static Viewer of(Account account) {
		return new Viewer(account.id(), account.username(), account.displayName(), account.email());
	}

}
