package uk.beacon.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal access token as an administrator sees it: never its secret, which is shown
 * once when it is issued and not kept.
 *
 * @param id the token
 * @param accountId whose it is
 * @param name what it is for, as the administrator named it ("Power BI refresh")
 * @param hint its first characters, to tell it apart from the person's other tokens
 * @param createdAt when it was issued
 * @param createdBy who issued it, as the audit trail names them
 * @param expiresOn the last day it works, or {@code null} for until revoked
 * @param lastUsedAt when an API call last used it (to the minute), or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 * @param revokedBy who revoked it, or {@code null}
 */
public record ApiToken(long id, long accountId, String name, String hint, Instant createdAt, String createdBy,
		LocalDate expiresOn, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

	public boolean revoked() {
		return this.revokedAt != null;
	}

	/** Whether it has passed its last day, judged on the council's today. */
	public boolean expiredOn(LocalDate today) {
		return this.expiresOn != null && today.isAfter(this.expiresOn);
	}

	/** Whether an API call may use it today. */
	public boolean worksOn(LocalDate today) {
		return !revoked() && !expiredOn(today);
	}

}
