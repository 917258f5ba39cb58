package uk.beacon.audit;

import java.time.OffsetDateTime;

/**
 * One change: who, when, what, and the before and after where there are any.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String subjectType,
		String subject, String before, String after) {

}
