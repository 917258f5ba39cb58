package uk.beacon.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.beacon.reporting.ReportEvents;

/**
 * Records publishing and narrative edits in the same transaction as the change, so that
 * neither can be committed without its audit entry.
 */
@Component
class ReportAuditing {

	private final AuditTrail trail;

	ReportAuditing(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(ReportEvents.ReportPublished event) {
		this.trail.record(event.actor(), "PUBLISHED", "REPORT", String.valueOf(event.reportId()), null,
				event.title() + " (content hash " + event.contentHash() + ")");
	}

	@EventListener
	void on(ReportEvents.NarrativeEdited event) {
		this.trail.record(event.actor(), "NARRATIVE_EDITED", "REPORT_DRAFT", event.scorecard() + ", " + event.period(),
				event.before(), event.after());
	}

}
