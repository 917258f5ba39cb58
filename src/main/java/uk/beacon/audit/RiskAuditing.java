package uk.beacon.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.beacon.risk.RiskEvents;

/**
 * Records the changes to risk registers in the same transaction as the change itself, so
 * that a change without its audit entry cannot be committed.
 */
@Component
class RiskAuditing {

	private final AuditTrail trail;

	RiskAuditing(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(RiskEvents.RiskAdded event) {
		this.trail.record(event.actor(), "ADDED", "RISK", event.reference(), null,
				event.title() + " on " + event.register());
	}

	@EventListener
	void on(RiskEvents.RiskMoved event) {
		this.trail.record(event.actor(), event.direction(), "RISK", event.reference(), event.fromRegister(),
				event.toRegister() + " (reason: " + event.reason() + ")");
	}

	@EventListener
	void on(RiskEvents.RisksMerged event) {
		this.trail.record(event.actor(), "MERGED", "RISK", event.mergedReference(), null,
				"merged into " + event.survivingReference() + " (reason: " + event.reason() + ")");
	}

	@EventListener
	void on(RiskEvents.RiskMatrixChanged event) {
		this.trail.record(event.actor(), "MATRIX_CHANGED", "RISK_MATRIX", event.councilCode(), event.before(),
				event.after());
	}

}
