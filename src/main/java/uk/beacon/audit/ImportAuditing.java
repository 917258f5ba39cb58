package uk.beacon.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.beacon.imports.DataImported;

/**
 * Records each successful import, in the same transaction as the data it saved.
 */
@Component
class ImportAuditing {

	private final AuditTrail trail;

	ImportAuditing(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(DataImported event) {
		this.trail.record(event.actor(), "IMPORTED", "IMPORT", String.join(", ", event.files()), null, event.summary());
	}

}
