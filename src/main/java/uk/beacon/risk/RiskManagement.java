package uk.beacon.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
import uk.beacon.access.UnitPath;
import uk.beacon.changes.Change;
import uk.beacon.changes.Fields;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.internal.RiskStore;
import uk.beacon.scorecard.Scorecards;

/**
 * The one way risk and opportunity registers change: registers, risks, assessments,
 * controls, actions, links, escalation, de-escalation, merging duplicates and the
 * council's matrix. Pages and the import both come here. Each change is checked against
 * the person's role over the register's part of the council, guarded by the risk itself,
 * saved and recorded in the audit trail with before and after in one transaction.
 * <p>
 * Registers are kept by risk managers, and by performance officers, who import them.
 */
@Service
@Transactional
public class RiskManagement {

	private static final Role[] KEEPERS = { Role.RISK_MANAGER, Role.PERFORMANCE_OFFICER };

	/** Who keeps registers: risk managers, and performance officers, who import them. */
	public static Role[] keepers() {
		return KEEPERS.clone();
	}

	private final Risks risks;

	private final RiskRegisters registers;

	private final RiskMatrices matrices;

	private final RiskAppetites appetites;

	private final RiskAssessments assessments;

	private final OrganisationUnits units;

	private final RiskStore store;

	private final RiskTreatments treatments;

	private final Indicators indicators;

	private final Scorecards scorecards;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final RiskViews views;

	private final RiskAreas areas;

	RiskManagement(Risks risks, RiskRegisters registers, RiskMatrices matrices, RiskAssessments assessments,
			OrganisationUnits units, Indicators indicators, Scorecards scorecards, RiskTreatments treatments,
			RiskStore store, RiskAppetites appetites, RiskViews views, RiskAreas areas,
			ApplicationEventPublisher events, java.time.Clock clock) {
		this.areas = areas;
		this.clock = clock;
		this.views = views;
		this.appetites = appetites;
		this.treatments = treatments;
		this.indicators = indicators;
		this.scorecards = scorecards;
		this.risks = risks;
		this.registers = registers;
		this.matrices = matrices;
		this.assessments = assessments;
		this.units = units;
		this.store = store;
		this.events = events;
	}

	/**
	 * @return likely duplicates of a risk about to be entered, from its own register and
	 * the others of the same council (never another council's), best first
	 */
	@Transactional(readOnly = true)
	public List<DuplicateSuggestion> duplicatesOf(NewRisk candidate) {
		Optional<RiskRegister> register = (candidate.registerCode() == null) ? Optional.empty()
				: this.registers.findByCode(candidate.registerCode());
		RiskText text = new RiskText(candidate.reference(), register.map(RiskRegister::name).orElse(""),
				candidate.title(), candidate.description(), candidate.consequences());
		if (register.isEmpty()) {
			return List.of();
		}
		Long councilId = councilOf(register.get()).id();
		List<RiskText> others = new ArrayList<>();
		for (Risk stored : this.risks.findAll()) {
			// the person entering a risk may be anyone: compare only what the public may
			// see
			Risk risk = RiskViews.redact(stored, false);
			RiskRegister on = this.registers.findById(risk.registerId()).orElseThrow();
			if (!risk.isMerged() && risk.status() == RiskStatus.OPEN && !risk.restricted()
					&& councilOf(on).id().equals(councilId)) {
				others.add(new RiskText(risk.reference(), on.name(), risk.title(), risk.description(),
						risk.consequences()));
			}
		}
		return DuplicateFinder.suggest(text, others, RiskViews.DUPLICATE_THRESHOLD);
	}

	/**
	 * Adds a risk or opportunity to a register from the page, with its first assessment,
	 * controls and actions when given, all or nothing: an open risk, reviewed every three
	 * months unless the person says otherwise.
	 * @throws RiskChangeRejected saying what to correct, when the entry is incomplete or
	 * its reference is taken
	 */
	public void add(Actor actor, NewRisk entry) {
		RiskRegister register = (entry.registerCode() == null) ? null
				: this.registers.findByCode(entry.registerCode()).orElse(null);
		List<String> missing = new ArrayList<>();
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
		int months = (entry.reviewMonths() != null) ? entry.reviewMonths() : ReviewInterval.DEFAULT_MONTHS;
		ReviewInterval.problem(months).ifPresent(problem -> {
			throw new RiskChangeRejected(problem);
		});
		Long area = (blank(entry.areaCode())) ? null : existingArea(entry.areaCode().strip()).id();
		addRisk(actor,
				new Risk(null, entry.reference().trim(), register.id(), entry.kind(), entry.title().trim(),
						trimmed(entry.description()), trimmed(entry.category()), trimmed(entry.consequences()),
						trimmed(entry.owner()), trimmed(entry.ownerEmail()), months, null, RiskStatus.OPEN, null,
						entry.restricted(), java.util.Set.of(), null, null, null, area, 0));
		RiskReference reference = new RiskReference(entry.reference());
		if (entry.assessment() != null) {
			recordAssessment(actor, reference, entry.assessment());
		}
		entry.controls().forEach(control -> addControl(actor, reference, control));
		entry.actions().forEach(action -> addAction(actor, reference, action));
	}

	/**
	 * Adds a risk or opportunity as given, to the register it names (the import gives
	 * every field).
	 * @return the new risk's identity
	 */
	public long addRisk(Actor actor, Risk risk) {
		RiskRegister register = this.registers.findById(risk.registerId())
			.orElseThrow(() -> new RiskChangeRejected("Choose a register."));
		actor.require(pathOf(register), "add a risk to " + register.name(), KEEPERS);
		if (!Risk.isValidReference(risk.reference())) {
			throw new RiskChangeRejected(Risk.REFERENCE_RULE);
		}
		risk.tooLong().ifPresent(problem -> {
			throw new RiskChangeRejected(problem);
		});
		if (!Risk.isValidEmail(risk.ownerEmail())) {
			throw new RiskChangeRejected(Risk.EMAIL_RULE + ".");
		}
		if (this.risks.findByReference(risk.reference()).isPresent()) {
			throw new RiskChangeRejected("The reference " + risk.reference() + " is already used; choose another.");
		}
		RiskArea area = (risk.areaId() != null)
				? this.areas.findById(risk.areaId())
					.orElseThrow(() -> new RiskChangeRejected("Choose one of the council's risk areas, or none."))
				: null;
		requireAreaFits(area, register, null);
		long id = this.store.addRisk(risk);
		this.events.publishEvent(
				Change.added(actor.name(), "ADDED", "RISK", risk.reference(), RiskFields.of(risk, register, area)));
		return id;
	}

	/**
	 * Adds a register, or updates the one with its code. A register escalates only to a
	 * register of the same council.
	 * @param register the register; its identity is ignored
	 */
	public void saveRegister(Actor actor, RiskRegister register) {
		Optional<RiskRegister> existing = this.registers.findByCode(register.code());
		existing.ifPresent(before -> actor.require(pathOf(before), "change the register " + before.name(), KEEPERS));
		UnitPath where = this.units.pathOf(register.organisationUnitId());
		actor.require(where, (existing.isPresent() ? "change" : "add") + " the register " + register.name(), KEEPERS);
		if (register.escalatesToId() != null) {
			RiskRegister above = this.registers.findById(register.escalatesToId()).orElseThrow();
			if (!pathOf(above).sameCouncilAs(where)) {
				throw new RiskChangeRejected(register.name() + " cannot escalate to " + above.name()
						+ ", which is another council's register.");
			}
		}
		this.store.saveRegister(register);
		if (existing.isEmpty()) {
			this.events.publishEvent(
					Change.added(actor.name(), "REGISTER_ADDED", "RISK_REGISTER", register.code(), fields(register)));
		}
		else {
			Change
				.edited(actor.name(), "REGISTER_CHANGED", "RISK_REGISTER", register.code(), fields(existing.get()),
						fields(register))
				.ifPresent(this.events::publishEvent);
		}
	}

	/**
	 * Records an assessment of the risk: its positions must fit the council's matrix, a
	 * risk is assessed once a day, and an assessment is recorded once made: never dated
	 * after today nor reported in a quarter after its date.
	 */
	public void recordAssessment(Actor actor, RiskReference reference, RiskAssessment assessment) {
		Risk risk = inScope(actor, reference, "assess " + reference);
		risk.requireChangeable();
		LocalDate today = LocalDate.now(this.clock);
		if (assessment.assessedOn().isAfter(today)) {
			throw new RiskChangeRejected("An assessment of " + risk.reference() + " cannot be dated "
					+ assessment.assessedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
					+ ", after today: record it once it is made.");
		}
		if (assessment.reportingPeriod().start().isAfter(assessment.assessedOn())) {
			throw new RiskChangeRejected("An assessment of " + risk.reference() + " made on "
					+ assessment.assessedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
					+ " cannot be reported in " + assessment.reportingPeriod().label() + ", which starts after it.");
		}
		RiskRegister register = registerOf(risk);
		// a matrix being changed meanwhile is changed first, or after this is checked
		// against it
		this.store.shareMatrix(councilOf(register).id());
		RiskMatrix matrix = this.matrices.forCouncil(councilOf(register).id());
		for (RiskPosition position : new RiskPosition[] { assessment.inherent(), assessment.current(),
				assessment.residual() }) {
			if (position != null && !matrix.fits(position)) {
				throw new RiskChangeRejected("The score " + position.score() + " does not fit the council's "
						+ matrix.dimensions() + " matrix.");
			}
		}
		if (this.assessments.exists(risk.id(), assessment.assessedOn())) {
			throw new RiskChangeRejected("Beacon already holds an assessment of " + risk.reference() + " on "
					+ assessment.assessedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".");
		}
		this.store.addAssessment(risk.id(), assessment);
		this.events.publishEvent(Change.added(actor.name(), "ASSESSED", "RISK_ASSESSMENT", risk.reference(),
				RiskFields.of(assessment, matrix, risk.kind())));
	}

	public void addControl(Actor actor, RiskReference reference, RiskControl control) {
		Risk risk = inScope(actor, reference, "add a control to " + reference);
		risk.requireChangeable();
		this.store.addControl(risk.id(), control);
		this.events.publishEvent(
				Change.added(actor.name(), "CONTROL_ADDED", "RISK_CONTROL", risk.reference(), RiskFields.of(control)));
	}

	public void addAction(Actor actor, RiskReference reference, MitigatingAction action) {
		Risk risk = inScope(actor, reference, "add an action to " + reference);
		risk.requireChangeable();
		this.store.addAction(risk.id(), action);
		this.events.publishEvent(
				Change.added(actor.name(), "ACTION_ADDED", "RISK_ACTION", risk.reference(), RiskFields.of(action)));
	}

	/**
	 * Records a quarter's review in one go: the new assessment, each control's
	 * effectiveness and each action's status, progress and due date as they stand now,
	 * and the actions and controls added. Each change is audited with before and after; a
	 * review based on what someone else has changed since is refused whole.
	 */
	public void review(Actor actor, RiskReview review) {
		Risk risk = current(inScope(actor, review.risk(), "review " + review.risk()), review.expectedVersion());
		risk.requireChangeable();
		List<RiskControl> controls = this.treatments.controls(risk.id());
		List<MitigatingAction> actions = this.treatments.actions(risk.id());
		if (controls.size() != review.controls().size() || actions.size() != review.actions().size()) {
			throw staleVersion(risk.reference());
		}
		recordAssessment(actor, review.risk(), review.assessment());
		for (int i = 0; i < controls.size(); i++) {
			RiskControl was = controls.get(i);
			RiskControl now = new RiskControl(was.control(), review.controls().get(i));
			if (now.effectiveness() != was.effectiveness()) {
				this.store.updateControl(risk.id(), i, now);
				Change
					.edited(actor.name(), "CONTROL_CHANGED", "RISK_CONTROL", risk.reference(), RiskFields.of(was),
							RiskFields.of(now))
					.ifPresent(this.events::publishEvent);
			}
		}
		for (int i = 0; i < actions.size(); i++) {
			MitigatingAction was = actions.get(i);
			RiskReview.ActionUpdate update = review.actions().get(i);
			MitigatingAction now = new MitigatingAction(was.action(), was.owner(), update.due(), update.status(),
					blank(update.progress()) ? null : update.progress().trim());
			Optional<Change> change = Change.edited(actor.name(), "ACTION_CHANGED", "RISK_ACTION", risk.reference(),
					RiskFields.of(was), RiskFields.of(now));
			if (change.isPresent()) {
				this.store.updateAction(risk.id(), i, now);
				this.events.publishEvent(change.get());
			}
		}
		review.newControls().forEach(control -> addControl(actor, review.risk(), control));
		review.newActions().forEach(action -> addAction(actor, review.risk(), action));
		if (!this.store.touch(risk.id(), risk.version())) {
			throw staleVersion(risk.reference());
		}
	}

	/**
	 * Whether the person may change this risk on screen: a risk manager for its
	 * register's part of the council (performance officers change registers by import).
	 */
	@Transactional(readOnly = true)
	public boolean mayChangeOnScreen(Actor actor, RiskReference reference) {
		return this.risks.findByReference(reference.value())
			.map(risk -> actor.holds(pathOf(registerOf(risk)), Role.RISK_MANAGER))
			.orElse(false);
	}

	/**
	 * Changes a risk's own words and settings. Showing the public something kept from it
	 * (the whole risk, or a part) needs the restricted reader's permission as well: only
	 * someone who may see it may publish it.
	 */
	public void edit(Actor actor, RiskEdit edit) {
		Risk before = current(inScope(actor, edit.risk(), "change " + edit.risk()), edit.expectedVersion());
		before.requireChangeable();
		RiskRegister register = registerOf(before);
		if (edit.publishes(before)) {
			actor.require(pathOf(register), "publish what is kept from the public of " + before.reference(),
					Role.RESTRICTED_READER);
		}
		if (edit.restrictsWhole(before)) {
			// a restricted risk is seen only by restricted readers: anyone else would
			// lose it
			actor.require(pathOf(register),
					"keep " + before.reference() + " from the public, after which only restricted readers see it,",
					Role.RESTRICTED_READER);
		}
		if (edit.title() == null || edit.title().isBlank()) {
			throw new RiskChangeRejected("Enter a title.");
		}
		ReviewInterval.problem(edit.reviewMonths()).ifPresent(problem -> {
			throw new RiskChangeRejected(problem);
		});
		RiskArea areaBefore = areaOf(before);
		RiskArea areaAfter = areaBefore;
		if (edit.placesInArea()) {
			areaAfter = (edit.area() != null) ? existingArea(edit.area()) : null;
			requireAreaFits(areaAfter, register, before.areaId());
		}
		Risk after = edit.applyTo(before, (areaAfter != null) ? areaAfter.id() : null);
		after.tooLong().ifPresent(problem -> {
			throw new RiskChangeRejected(problem);
		});
		if (!Risk.isValidEmail(after.ownerEmail())) {
			throw new RiskChangeRejected(Risk.EMAIL_RULE + ".");
		}
		Optional<Change> change = Change.edited(actor.name(), "CHANGED", "RISK", before.reference(),
				RiskFields.of(before, register, areaBefore), RiskFields.of(after, register, areaAfter));
		if (change.isEmpty()) {
			return;
		}
		if (!this.store.updateRisk(after)) {
			throw staleVersion(before.reference());
		}
		this.events.publishEvent(change.get());
	}

	/** Closes a risk that no longer applies, with the reason, keeping all its history. */
	public void close(Actor actor, RiskMove close) {
		setStatus(actor, close, RiskStatus.CLOSED, "close " + close.risk(), "CLOSED");
	}

	/** Opens a closed risk again, with the reason. */
	public void reopen(Actor actor, RiskMove reopen) {
		setStatus(actor, reopen, RiskStatus.OPEN, "reopen " + reopen.risk(), "REOPENED");
	}

	private void setStatus(Actor actor, RiskMove change, RiskStatus status, String what, String action) {
		requireReason(change.reason());
		Risk risk = current(inScope(actor, change.risk(), what), change.expectedVersion());
		risk.requireChangeable();
		if (risk.status() == status) {
			throw new RiskChangeRejected(risk.reference() + " is already " + status.label().toLowerCase() + ".");
		}
		if (!this.store.setStatus(risk.id(), risk.version(), status)) {
			throw staleVersion(risk.reference());
		}
		this.events.publishEvent(new Change(actor.name(), action, "RISK", risk.reference(),
				"status: " + risk.status().label(), "status: " + status.label())
			.because(change.reason()));
	}

	/** Takes away a link to an indicator or an objective. */
	public void unlink(Actor actor, RiskReference reference, RiskLinkTarget target) {
		Risk risk = inScope(actor, reference, "unlink " + reference);
		risk.requireChangeable();
		Fields fields;
		if (target instanceof RiskLinkTarget.Indicator indicator) {
			this.store.unlinkIndicator(risk.id(), indicator.indicatorId());
			fields = Fields.of("indicator", indicator.code());
		}
		else {
			RiskLinkTarget.Objective objective = (RiskLinkTarget.Objective) target;
			this.store.unlinkSection(risk.id(), objective.sectionId());
			fields = Fields.of("objective", objective.name());
		}
		this.events
			.publishEvent(new Change(actor.name(), "UNLINKED", "RISK_LINK", risk.reference(), fields.text(), null));
	}

	/**
	 * Refuses, saying why, unless the person may change this risk.
	 * @param what the change in words that follow "You cannot", e.g. "review CR4"
	 */
	@Transactional(readOnly = true)
	public void requireMayChange(Actor actor, RiskReference reference, String what) {
		inScope(actor, reference, what);
	}

	/** Links the risk to an indicator it threatens or an objective it bears on. */
	public void link(Actor actor, RiskReference reference, RiskLinkTarget target) {
		Risk risk = inScope(actor, reference, "link " + reference + " to what it threatens");
		risk.requireChangeable();
		UnitPath where = pathOf(registerOf(risk));
		long linkedUnit = (target instanceof RiskLinkTarget.Indicator indicator)
				? this.indicators.findById(indicator.indicatorId()).orElseThrow().organisationUnitId()
				: this.scorecards.unitOfSection(((RiskLinkTarget.Objective) target).sectionId()).orElseThrow();
		if (!this.units.pathOf(linkedUnit).sameCouncilAs(where)) {
			throw new RiskChangeRejected(
					risk.reference() + " can be linked only to its own council's indicators and " + "objectives.");
		}
		Fields fields;
		if (target instanceof RiskLinkTarget.Indicator indicator) {
			this.store.linkIndicator(risk.id(), indicator.indicatorId(), indicator.note());
			fields = Fields.of("indicator", indicator.code(), "note", indicator.note());
		}
		else {
			RiskLinkTarget.Objective objective = (RiskLinkTarget.Objective) target;
			this.store.linkSection(risk.id(), objective.sectionId(), objective.note());
			fields = Fields.of("objective", objective.name(), "note", objective.note());
		}
		this.events.publishEvent(Change.added(actor.name(), "LINKED", "RISK_LINK", risk.reference(), fields));
	}

	/**
	 * Moves a risk up to the register its own escalates to, keeping its owner and
	 * history.
	 */
	public void escalate(Actor actor, RiskMove move) {
		Risk risk = current(inScope(actor, move.risk(), "escalate " + move.risk()), move.expectedVersion());
		RiskRegister from = registerOf(risk);
		RiskRegister to = this.registers.findById(from.requireEscalatesTo(risk.reference())).orElseThrow();
		move(actor, risk, from, to, "ESCALATED", move.reason());
	}

	/**
	 * Moves an escalated risk back to the register it came from.
	 */
	public void deEscalate(Actor actor, RiskMove move) {
		Risk risk = current(inScope(actor, move.risk(), "de-escalate " + move.risk()), move.expectedVersion());
		RiskRegister from = registerOf(risk);
		long back = this.risks.escalatedFrom(risk.id(), risk.registerId())
			.orElseThrow(() -> new RiskChangeRejected(
					risk.reference() + " was not escalated to this register, so it has nowhere to go back to."));
		move(actor, risk, from, this.registers.findById(back).orElseThrow(), "DE_ESCALATED", move.reason());
	}

	/**
	 * Confirms that one risk duplicates another of the same council. The merged risk
	 * keeps its content and history, is closed, and shows on the surviving risk's page.
	 */
	public void merge(Actor actor, RiskMerge merge) {
		requireReason(merge.reason());
		Risk merged = inScope(actor, merge.merged(), "merge " + merge.merged());
		Risk surviving = inScope(actor, merge.into(), "merge " + merge.merged() + " into " + merge.into());
		current(merged, merge.expectedVersion());
		UnitPath mergedPath = pathOf(registerOf(merged));
		UnitPath survivingPath = pathOf(registerOf(surviving));
		if (!mergedPath.sameCouncilAs(survivingPath)) {
			throw new RiskChangeRejected(merged.reference() + " and " + surviving.reference()
					+ " belong to different councils (" + councilName(mergedPath) + " and " + councilName(survivingPath)
					+ "); a risk can be merged only into a risk of the same council.");
		}
		merged.requireMayMergeInto(surviving);
		if (!this.store.merge(merged, surviving, merge.reason(), actor.name())) {
			throw staleVersion(merged.reference());
		}
		this.events.publishEvent(
				new Change(actor.name(), "MERGED", "RISK", merged.reference(), "status: " + merged.status().label(),
						"status: Closed, merged into " + surviving.reference())
					.because(merge.reason()));
		this.events.publishEvent(
				Change
					.added(actor.name(), "DUPLICATE_MERGED_IN", "RISK", surviving.reference(),
							Fields.of("merged in", merged.reference() + ": " + merged.title()))
					.because(merge.reason()));
	}

	/**
	 * Sets the council's matrix, as the import does: refused if any assessment already
	 * held would no longer fit it.
	 */
	public void setMatrix(Actor actor, OrganisationUnit council, RiskMatrix matrix) {
		setMatrix(actor, council, matrix, null);
	}

	/**
	 * Sets the council's matrix and bands, replacing the ones the person saw. Refused if
	 * any assessment already held would no longer fit it, or the council's risk appetite
	 * would name a score it cannot produce.
	 * @param seen the {@link RiskMatrix#fingerprint()} of the matrix the person changed,
	 * {@code null} from the import, which replaces whatever is held
	 * @throws StaleChange when someone else has changed it since
	 */
	public void setMatrix(Actor actor, OrganisationUnit council, RiskMatrix matrix, String seen) {
		requireMayChangeMatrix(actor, council);
		this.store.lockMatrix(council.id());
		RiskMatrix before = this.matrices.forCouncil(council.id());
		if (seen != null && !before.fingerprint().equals(seen)) {
			throw new StaleChange("Someone else changed the risk matrix of " + council.name()
					+ " since you opened it. Nothing was saved: reload the page to see their change, then try again.");
		}
		boolean own = this.matrices.stored(council.id()).isPresent();
		if (own && before.equals(matrix)) {
			return;
		}
		// every assessment is checked; the message names only risks anyone may see
		MatrixPreview preview = this.views.matrixPreview(council, matrix, Audience.PUBLIC);
		if (!preview.misfits().isEmpty()) {
			throw new RiskChangeRejected("The " + matrix.dimensions() + " matrix cannot hold every assessment "
					+ council.name() + " has made: " + preview.misfits().get(0).describe(matrix)
					+ ((preview.misfits().size() > 1) ? " (and " + (preview.misfits().size() - 1) + " more)" : "")
					+ ". Change those assessments first, or keep a matrix they fit.");
		}
		if (!preview.appetiteProblems().isEmpty()) {
			throw new RiskChangeRejected(
					"The risk appetite of " + council.name() + " would not fit the " + matrix.dimensions() + " matrix: "
							+ String.join(" ", preview.appetiteProblems()) + " Change the appetite first.");
		}
		this.store.saveMatrix(council.id(), matrix);
		// a council without a matrix of its own had the standard 5×5
		this.events.publishEvent(Change
			.edited(actor.name(), "MATRIX_CHANGED", "RISK_MATRIX", council.code(), RiskFields.of(before),
					RiskFields.of(matrix))
			.orElseGet(() -> new Change(actor.name(), "MATRIX_CHANGED", "RISK_MATRIX", council.code(),
					"the standard matrix", "the standard matrix, now the council's own")));
	}

	/** Whether the person may change the council's matrix and bands. */
	public boolean mayChangeMatrix(Actor actor, OrganisationUnit council) {
		return actor.holds(this.units.pathOf(council.id()), KEEPERS);
	}

	/**
	 * Refuses, saying why, unless the person may change the council's matrix and bands: a
	 * risk manager or performance officer for the whole council, or an administrator.
	 */
	public void requireMayChangeMatrix(Actor actor, OrganisationUnit council) {
		actor.require(this.units.pathOf(council.id()), "change the risk matrix of " + council.name(), KEEPERS);
	}

	/**
	 * Sets the council's risk appetite, replacing the one the person saw: a risk manager
	 * for the whole council's to do.
	 * @param seen the {@link RiskAppetite#fingerprint()} of the appetite the person
	 * changed
	 * @throws StaleChange when someone else has changed it since
	 */
	public void setAppetite(Actor actor, OrganisationUnit council, RiskAppetite appetite, String seen) {
		requireMayChangeOnScreen(actor, council);
		this.store.lockAppetite(council.id());
		RiskAppetite before = this.appetites.forCouncil(council.id());
		if (seen != null && !before.fingerprint().equals(seen)) {
			throw new StaleChange("Someone else changed the risk appetite of " + council.name()
					+ " since you opened it. Nothing was saved: reload the page to see their change, then try again.");
		}
		List<String> problems = appetite.problems(this.matrices.forCouncil(council.id()));
		if (!problems.isEmpty()) {
			throw new RiskChangeRejected(String.join(" ", problems));
		}
		if (before.sameAs(appetite)) {
			return;
		}
		try {
			this.store.saveAppetite(council.id(), appetite);
		}
		catch (DuplicateKeyException ex) {
			throw new RiskChangeRejected("Two of the categories are the same once capitals and spaces are set aside: "
					+ "give each category one score.");
		}
		Change
			.edited(actor.name(), "APPETITE_CHANGED", "RISK_APPETITE", council.code(), RiskFields.of(before),
					RiskFields.of(appetite))
			.ifPresent(this.events::publishEvent);
	}

	/**
	 * Whether the person may set the council's risk appetite on screen: a risk manager
	 * for the whole council.
	 */
	public boolean mayChangeOnScreen(Actor actor, OrganisationUnit council) {
		return actor.holds(this.units.pathOf(council.id()), Role.RISK_MANAGER);
	}

	/**
	 * Refuses, saying why, unless the person may set the council's risk appetite on
	 * screen.
	 */
	public void requireMayChangeOnScreen(Actor actor, OrganisationUnit council) {
		actor.require(this.units.pathOf(council.id()), "set the risk appetite of " + council.name(), Role.RISK_MANAGER);
	}

	/**
	 * Adds a risk area to the council: its code unused, its title the council's only one
	 * so named, any level it is set at one of the council's levels, with the reason.
	 */
	public void addArea(Actor actor, OrganisationUnit council, RiskAreaChange change) {
		requireMayKeepAreas(actor, council);
		if (this.areas.findByCode(change.code()).isPresent()) {
			throw new RiskAreaRejected("code",
					"The code " + change.code() + " is already used by another risk area; choose another.");
		}
		RiskArea area = checked(change.applyTo(null, council.id(), LocalDate.now(this.clock)), council);
		try {
			this.store.addArea(area);
		}
		catch (DuplicateKeyException ex) {
			throw sameTitle(area, council);
		}
		this.events
			.publishEvent(Change.added(actor.name(), "AREA_ADDED", "RISK_AREA", area.code(), RiskFields.of(area)));
	}

	/**
	 * Changes a risk area as the person saw it: its words, its level (worked out or set,
	 * with the reason), when it was begun and whether it is retired. An area still
	 * holding open risks is not retired: they would be left under a heading nobody
	 * reports.
	 * @throws StaleChange when someone else changed it since it was read
	 */
	public void changeArea(Actor actor, RiskAreaChange change) {
		RiskArea before = existingArea(change.code());
		OrganisationUnit council = this.units.findById(before.councilId()).orElseThrow();
		requireMayKeepAreas(actor, council);
		if (change.expectedVersion() != null && change.expectedVersion() != before.version()) {
			throw staleArea(before);
		}
		RiskArea after = checked(change.applyTo(before, council.id(), LocalDate.now(this.clock)), council);
		if (after.retired() && !before.retired()) {
			int open = this.areas.openRisksIn(before.id());
			if (open > 0) {
				throw new RiskAreaRejected("retired",
						before.title() + " still holds " + open + ((open == 1) ? " open risk" : " open risks")
								+ ": move " + ((open == 1) ? "it" : "them") + " to another area before retiring it.");
			}
		}
		Optional<Change> edited = Change.edited(actor.name(), "AREA_CHANGED", "RISK_AREA", before.code(),
				RiskFields.of(before), RiskFields.of(after));
		if (edited.isEmpty()) {
			return;
		}
		try {
			if (!this.store.updateArea(after)) {
				throw staleArea(before);
			}
		}
		catch (DuplicateKeyException ex) {
			throw sameTitle(after, council);
		}
		this.events.publishEvent(edited.get());
	}

	/**
	 * Sets a risk area as an import file gives it: added when new to Beacon, otherwise
	 * changed to what the file says, whatever was there.
	 */
	public void saveArea(Actor actor, OrganisationUnit council, RiskAreaChange change) {
		Optional<RiskArea> existing = this.areas.findByCode(change.code());
		if (existing.isEmpty()) {
			addArea(actor, council, change);
			return;
		}
		if (existing.get().councilId() != council.id()) {
			throw new RiskAreaRejected("code",
					"The code " + change.code() + " is another council's risk area; choose another.");
		}
		changeArea(actor, change);
	}

	/**
	 * Whether the person may keep the council's risk areas on screen: a risk manager for
	 * the whole council.
	 */
	public boolean mayChangeAreasOnScreen(Actor actor, OrganisationUnit council) {
		return actor.holds(this.units.pathOf(council.id()), Role.RISK_MANAGER);
	}

	/**
	 * Refuses, saying why, unless the person may keep the council's risk areas on screen
	 * or through the API: a risk manager for the whole council.
	 */
	public void requireMayChangeAreasOnScreen(Actor actor, OrganisationUnit council) {
		actor.require(this.units.pathOf(council.id()), "change the risk areas of " + council.name(), Role.RISK_MANAGER);
	}

	private void requireMayKeepAreas(Actor actor, OrganisationUnit council) {
		actor.require(this.units.pathOf(council.id()), "change the risk areas of " + council.name(), KEEPERS);
	}

	/**
	 * The area with a level it is set at written as the council's level is, once nothing
	 * is wrong with it.
	 */
	private RiskArea checked(RiskArea area, OrganisationUnit council) {
		area.problem().ifPresent(problem -> {
			throw problem;
		});
		if (area.setLevel() == null) {
			return area;
		}
		List<RiskBand> bands = this.matrices.forCouncil(council.id()).bands();
		String level = bands.stream()
			.map(RiskBand::level)
			.filter(l -> l.equalsIgnoreCase(area.setLevel()))
			.findFirst()
			.orElseThrow(() -> new RiskAreaRejected("level",
					"Set the level of " + area.title() + " to one of the levels of " + council.name() + ": "
							+ Phrases.oneOf(bands.stream().map(RiskBand::level).distinct().toList()) + "."));
		return new RiskArea(area.id(), area.councilId(), area.code(), area.title(), area.lead(), area.mitigations(),
				level, area.setLevelReason(), area.since(), area.retiredOn(), area.version());
	}

	/**
	 * Refuses an area for a risk on the register unless it is one of the register's
	 * council still reported; a risk may stay in an area retired since it was put there.
	 */
	private void requireAreaFits(RiskArea area, RiskRegister register, Long current) {
		if (area == null) {
			return;
		}
		if (area.councilId() != councilOf(register).id()) {
			throw new RiskChangeRejected("The risk area " + area.code() + " is another council's; choose one of "
					+ councilOf(register).name() + "'s, or none.");
		}
		if (area.retired() && !area.id().equals(current)) {
			throw new RiskChangeRejected(
					"The risk area " + area.title() + " is retired; choose an area still reported, or none.");
		}
	}

	private RiskArea areaOf(Risk risk) {
		return (risk.areaId() != null) ? this.areas.findById(risk.areaId()).orElseThrow() : null;
	}

	private RiskArea existingArea(String code) {
		return this.areas.findByCode(code)
			.orElseThrow(() -> new RiskChangeRejected("There is no risk area " + code + "."));
	}

	private static RiskAreaRejected sameTitle(RiskArea area, OrganisationUnit council) {
		return new RiskAreaRejected("title",
				council.name() + " already has a risk area called " + area.title() + "; give this one another title.");
	}

	private static StaleChange staleArea(RiskArea area) {
		return new StaleChange("Someone else changed the risk area " + area.title()
				+ " since you opened it. Nothing was saved: reload the page to see their change, then try again.");
	}

	/**
	 * Records what happened to an e-mail to a risk's owner about its review: Beacon's own
	 * doing, not a change to the register, so not in the audit trail.
	 */
	void recordReviewMail(long riskId, RiskReviewMail mail) {
		this.store.recordReviewMail(riskId, mail);
	}

	private void move(Actor actor, Risk risk, RiskRegister from, RiskRegister to, String direction, String reason) {
		requireReason(reason);
		actor.require(pathOf(to), direction.equals("ESCALATED") ? "escalate " + risk.reference() + " to " + to.name()
				: "move " + risk.reference() + " back to " + to.name(), KEEPERS);
		if (!this.store.move(risk, to, direction, reason, actor.name())) {
			throw staleVersion(risk.reference());
		}
		this.events.publishEvent(new Change(actor.name(), direction, "RISK", risk.reference(),
				"register: " + from.name(), "register: " + to.name())
			.because(reason));
	}

	/**
	 * The risk, once the person is known to hold a keeper's role over its register: what
	 * its state is, is said only to those who may change it.
	 */
	private Risk inScope(Actor actor, RiskReference reference, String what) {
		Risk risk = existing(reference);
		actor.require(pathOf(registerOf(risk)), what, KEEPERS);
		return risk;
	}

	private Risk current(Risk risk, int expectedVersion) {
		if (risk.version() != expectedVersion) {
			throw staleVersion(risk.reference());
		}
		risk.requireChangeable();
		return risk;
	}

	private Risk existing(RiskReference reference) {
		return this.risks.findByReference(reference.value())
			.orElseThrow(() -> new RiskChangeRejected("There is no risk " + reference + "."));
	}

	private RiskRegister registerOf(Risk risk) {
		return this.registers.findById(risk.registerId()).orElseThrow();
	}

	private UnitPath pathOf(RiskRegister register) {
		return this.units.pathOf(register.organisationUnitId());
	}

	private OrganisationUnit councilOf(RiskRegister register) {
		return this.units.councilOf(register.organisationUnitId());
	}

	private String councilName(UnitPath path) {
		return this.units.findById(path.councilId()).map(OrganisationUnit::name).orElse("another council");
	}

	private Fields fields(RiskRegister register) {
		return RiskFields.of(register,
				this.units.findById(register.organisationUnitId()).map(OrganisationUnit::code).orElse(null),
				(register.escalatesToId() != null)
						? this.registers.findById(register.escalatesToId()).map(RiskRegister::code).orElse(null)
						: null);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trimmed(String text) {
		return blank(text) ? null : text.trim();
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RiskChangeRejected("Give a reason, so that the register's history explains the change.");
		}
	}

	private static StaleChange staleVersion(String reference) {
		return new StaleChange("Someone else changed " + reference
				+ " since you opened it. Nothing was saved: reload the page to see their change, then try again.");
	}

}
