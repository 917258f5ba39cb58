package uk.beacon.audit;

import java.time.OffsetDateTime;

/**
 * One change: who, when, what, the before and after where there are any, and the reason
 * where one was given.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String subjectType,
		String subject, String before, String after, String reason) {

	/** The action in words: "Indicator changed" for {@code INDICATOR_CHANGED}. */
	public String what() {
		String words = this.action.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
