package uk.beacon.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.beacon.changes.Change;
import uk.beacon.changes.ChangeSet;

/**
 * Records every {@link Change} in the same transaction as the change itself, so that a
 * change without its record cannot commit.
 */
@Component
class ChangeAuditing {

	private final AuditTrail trail;

	ChangeAuditing(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(Change change) {
		this.trail.record(change);
	}

	@EventListener
	void on(ChangeSet changes) {
		this.trail.recordAll(changes.changes());
	}

}
