package uk.beacon.changes;

import java.util.Objects;

/**
 * A change someone made, published as an application event in the same transaction as the
 * change itself. The audit trail records it, so a change without its record cannot
 * commit.
 *
 * @param actor who made it: the person's name and account
 * @param action what was done, e.g. {@code ROLE_GRANTED}
 * @param subjectType the kind of thing changed, e.g. {@code USER}
 * @param subject which one, e.g. the username
 * @param before how it was, or {@code null} when it is new
 * @param after how it is now, or {@code null} when it was removed
 */
public record Change(String actor, String action, String subjectType, String subject, String before, String after) {

	public Change {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subjectType, "subjectType");
		Objects.requireNonNull(subject, "subject");
	}

}
