package uk.beacon.identity;

import uk.beacon.access.Role;
import java.time.Instant;
import java.util.List;

/**
 * A person who can sign in.
 *
 * @param id database identity
 * @param username what they sign in with, lower case
 * @param displayName their name as it appears in the audit trail and on pages
 * @param email their work e-mail, which is how indicators name their owner
 * @param passwordHash the Argon2id hash, or {@code null} for a directory-only account
 * @param mustChangePassword whether the password was set by an administrator and must be
 * changed at the next sign-in
 * @param enabled whether the account may sign in at all
 * @param failedAttempts failed sign-ins since the last success
 * @param lockedUntil when a lock-out after repeated failures ends, or {@code null}
 * @param grants the roles held
 * @param version for optimistic locking of administrators' changes
 */
public record Account(long id, String username, String displayName, String email, String passwordHash,
		boolean mustChangePassword, boolean enabled, int failedAttempts, Instant lockedUntil, List<RoleGrant> grants,
		int version) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public boolean holds(Role role) {
		return this.grants.stream().anyMatch(g -> g.role() == role);
	}

	/** "Jane Smith (jsmith)", the form used in the audit trail. */
	public String actorName() {
		return this.displayName + " (" + this.username + ")";
	}

}
