package uk.beacon.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.beacon.changes.Change;

/**
 * Records every {@link Change} in the same transaction as the change itself.
 */
@Component
class ChangeAuditing {

	private final AuditTrail trail;

	ChangeAuditing(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(Change change) {
		this.trail.record(change.actor(), change.action(), change.subjectType(), change.subject(), change.before(),
				change.after());
	}

}
