package uk.beacon.risk;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.organisation.OrganisationUnit;

/**
 * The changes a risk manager makes to registers: escalation, de-escalation, merging
 * duplicates and setting the council's matrix. Each is checked, saved and announced for
 * the audit trail.
 */
@Service
@Transactional
public class RiskManagement {

	private final Risks risks;

	private final RiskRegisters registers;

	private final RiskMatrices matrices;

	private final RiskAssessments assessments;

	private final ApplicationEventPublisher events;

	RiskManagement(Risks risks, RiskRegisters registers, RiskMatrices matrices, RiskAssessments assessments,
			ApplicationEventPublisher events) {
		this.risks = risks;
		this.registers = registers;
		this.matrices = matrices;
		this.assessments = assessments;
		this.events = events;
	}

	/**
	 * Moves a risk up to the register its own escalates to, keeping its owner and
	 * history.
	 * @param expectedVersion the version the person saw, so that a concurrent change is
	 * not overwritten
	 */
	public void escalate(String reference, int expectedVersion, String reason, String actor) {
		Risk risk = current(reference, expectedVersion);
		RiskRegister from = this.registers.findById(risk.registerId()).orElseThrow();
		if (from.escalatesToId() == null) {
			throw new RiskChangeRejected(reference + " is on " + from.name() + ", which has no register above it.");
		}
		move(risk, from, this.registers.findById(from.escalatesToId()).orElseThrow(), "ESCALATED", reason, actor);
	}

	/**
	 * Moves an escalated risk back to the register it came from.
	 */
	public void deEscalate(String reference, int expectedVersion, String reason, String actor) {
		Risk risk = current(reference, expectedVersion);
		long back = this.risks.escalatedFrom(risk.id())
			.orElseThrow(
					() -> new RiskChangeRejected(reference + " was never escalated, so it has nowhere to go back to."));
		move(risk, this.registers.findById(risk.registerId()).orElseThrow(),
				this.registers.findById(back).orElseThrow(), "DE_ESCALATED", reason, actor);
	}

	/**
	 * Confirms that {@code mergedReference} duplicates {@code survivingReference}. The
	 * merged risk keeps its content and history, is closed, and shows on the surviving
	 * risk's page.
	 */
	public void merge(String mergedReference, int expectedVersion, String survivingReference, String reason,
			String actor) {
		requireReason(reason);
		Risk merged = current(mergedReference, expectedVersion);
		Risk surviving = this.risks.findByReference(survivingReference)
			.orElseThrow(() -> new RiskChangeRejected("There is no risk " + survivingReference + "."));
		if (merged.id().equals(surviving.id())) {
			throw new RiskChangeRejected("A risk cannot be merged into itself.");
		}
		if (surviving.isMerged()) {
			throw new RiskChangeRejected(
					survivingReference + " has itself been merged; merge into the risk it joined.");
		}
		if (!this.risks.merge(merged, surviving)) {
			throw staleVersion(mergedReference);
		}
		this.events.publishEvent(new RiskEvents.RisksMerged(mergedReference, survivingReference, reason, actor));
	}

	/**
	 * Sets the council's matrix. Refused if any assessment already held would no longer
	 * fit it.
	 */
	public void setMatrix(OrganisationUnit council, RiskMatrix matrix, String actor) {
		RiskMatrix before = this.matrices.forCouncil(council.id());
		this.assessments.positionsOfCouncil(council.id()).forEach(position -> {
			if (!matrix.fits(position)) {
				throw new RiskChangeRejected("An assessment of " + council.name() + " scored " + position.score()
						+ " does not fit the new matrix; change the assessments first.");
			}
		});
		this.matrices.save(council.id(), matrix);
		this.events.publishEvent(
				new RiskEvents.RiskMatrixChanged(council.code(), before.toString(), matrix.toString(), actor));
	}

	private void move(Risk risk, RiskRegister from, RiskRegister to, String direction, String reason, String actor) {
		requireReason(reason);
		if (!this.risks.move(risk, to, direction, reason, actor)) {
			throw staleVersion(risk.reference());
		}
		this.events
			.publishEvent(new RiskEvents.RiskMoved(risk.reference(), direction, from.name(), to.name(), reason, actor));
	}

	private Risk current(String reference, int expectedVersion) {
		Risk risk = this.risks.findByReference(reference)
			.orElseThrow(() -> new RiskChangeRejected("There is no risk " + reference + "."));
		if (risk.version() != expectedVersion) {
			throw staleVersion(reference);
		}
		if (risk.isMerged()) {
			throw new RiskChangeRejected(reference + " has been merged into another risk and cannot be changed.");
		}
		return risk;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RiskChangeRejected("Give a reason, so that the register's history explains the change.");
		}
	}

	private static RiskChangeRejected staleVersion(String reference) {
		return new RiskChangeRejected("Someone else changed " + reference
				+ " since you opened it. Nothing was saved: reload the page to see their change, then try again.");
	}

}
