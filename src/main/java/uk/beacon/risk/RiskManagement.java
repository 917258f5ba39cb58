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
	 * @return likely duplicates of a risk about to be entered, from other registers, best
	 * first
	 */
	@Transactional(readOnly = true)
	public java.util.List<DuplicateSuggestion> duplicatesOf(NewRisk candidate) {
		String registerName = this.registers.findByCode(candidate.registerCode()).map(RiskRegister::name).orElse("");
		RiskText text = new RiskText(candidate.reference(), registerName, candidate.title(), candidate.description(),
				candidate.consequences());
		java.util.List<RiskText> others = new java.util.ArrayList<>();
		for (Risk stored : this.risks.findAll()) {
			// the person entering a risk may be anyone: compare only what the public may
			// see
			Risk risk = RiskViews.redact(stored, Audience.PUBLIC);
			if (!risk.isMerged() && risk.status() == RiskStatus.OPEN && risk.visibleTo(Audience.PUBLIC)) {
				String name = this.registers.findById(risk.registerId()).orElseThrow().name();
				others.add(new RiskText(risk.reference(), name, risk.title(), risk.description(), risk.consequences()));
			}
		}
		return DuplicateFinder.suggest(text, others, RiskViews.DUPLICATE_THRESHOLD);
	}

	/**
	 * Adds a risk or opportunity to a register.
	 * @throws RiskChangeRejected saying what to correct, when the entry is incomplete or
	 * its reference is taken
	 */
	public void add(NewRisk entry, String actor) {
		RiskRegister register = (entry.registerCode() == null) ? null
				: this.registers.findByCode(entry.registerCode()).orElse(null);
		java.util.List<String> missing = new java.util.ArrayList<>();
		if (register == null) {
			missing.add("the register");
		}
		if (entry.kind() == null) {
			missing.add("whether it is a risk or an opportunity");
		}
		if (blank(entry.reference())) {
			missing.add("a reference");
		}
		if (blank(entry.title())) {
			missing.add("a title");
		}
		if (!missing.isEmpty()) {
			throw new RiskChangeRejected("Enter " + String.join(", ", missing) + ".");
		}
		String reference = entry.reference().trim();
		if (!Risk.isValidReference(reference)) {
			throw new RiskChangeRejected(Risk.REFERENCE_RULE);
		}
		if (this.risks.findByReference(reference).isPresent()) {
			throw new RiskChangeRejected("The reference " + reference + " is already used; choose another.");
		}
		int months = (entry.reviewMonths() != null) ? entry.reviewMonths() : 3;
		if (months < 1 || months > 36) {
			throw new RiskChangeRejected("Review it every 1 to 36 months.");
		}
		this.risks.add(new Risk(null, reference, register.id(), entry.kind(), entry.title().trim(),
				trimmed(entry.description()), trimmed(entry.category()), trimmed(entry.consequences()),
				trimmed(entry.owner()), months, null, RiskStatus.OPEN, null, entry.restricted(), java.util.Set.of(),
				null, null, null, 0));
		this.events.publishEvent(new RiskEvents.RiskAdded(reference, register.name(), entry.title().trim(), actor));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trimmed(String text) {
		return blank(text) ? null : text.trim();
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
		long back = this.risks.escalatedFrom(risk.id(), risk.registerId())
			.orElseThrow(() -> new RiskChangeRejected(
					reference + " was not escalated to this register, so it has nowhere to go back to."));
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
		if (surviving.status() == RiskStatus.CLOSED) {
			throw new RiskChangeRejected(survivingReference + " is closed; merge into an open risk.");
		}
		if (!this.risks.merge(merged, surviving, reason, actor)) {
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
