package uk.beacon.changes;

import java.util.Objects;
import java.util.Optional;

/**
 * A change someone made, published as an application event in the same transaction as the
 * change itself. The audit trail records it, so a change without its record cannot
 * commit.
 *
 * @param actor who made it: the person's name and account
 * @param action what was done, e.g. {@code ROLE_GRANTED}
 * @param subjectType the kind of thing changed, e.g. {@code INDICATOR}
 * @param subject which one: its code or reference, e.g. {@code WCC-CFC-04}
 * @param before how it was (the fields that changed), or {@code null} when it is new
 * @param after how it is now (the fields that changed), or {@code null} when it was
 * removed
 * @param reason why, where the person gave a reason, else {@code null}
 */
public record Change(String actor, String action, String subjectType, String subject, String before, String after,
		String reason) {

	public Change {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subjectType, "subjectType");
		Objects.requireNonNull(subject, "subject");
	}

	public Change(String actor, String action, String subjectType, String subject, String before, String after) {
		this(actor, action, subjectType, subject, before, after, null);
	}

	/** Something new, with every field it was given a value for. */
	public static Change added(String actor, String action, String subjectType, String subject, Fields fields) {
		return new Change(actor, action, subjectType, subject, null, fields.given().text());
	}

	/**
	 * An edit, with only the fields that changed before and after.
	 * @return nothing when no field changed, so that a re-import of the same row records
	 * nothing
	 */
	public static Optional<Change> edited(String actor, String action, String subjectType, String subject,
			Fields before, Fields after) {
		Fields.Difference difference = before.differenceTo(after);
		if (difference.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Change(actor, action, subjectType, subject, difference.before(), difference.after()));
	}

	/** The same change, with the reason the person gave. */
	public Change because(String reason) {
		return new Change(this.actor, this.action, this.subjectType, this.subject, this.before, this.after, reason);
	}

}
