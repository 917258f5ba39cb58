package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
import uk.beacon.access.UnitPath;
import uk.beacon.changes.Change;
import uk.beacon.changes.ChangeSet;
import uk.beacon.changes.Fields;
import uk.beacon.indicator.internal.IndicatorStore;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;

/**
 * The one way indicators change: their definitions, owners, targets, figures, benchmarks
 * and comparator values. Pages, the import and the collection all come here. Each change
 * is checked against the person's role over the indicator's part of the council and
 * recorded in the audit trail with before and after, in the same transaction.
 * <p>
 * Definitions, owners, targets and benchmarks are kept by performance officers; figures
 * are recorded by performance officers, and by approvers when they approve them in the
 * collection.
 */
@Service
@Transactional
public class IndicatorManagement {

	private static final Role[] KEEPERS = { Role.PERFORMANCE_OFFICER };

	private static final Role[] RECORDERS = { Role.PERFORMANCE_OFFICER, Role.APPROVER };

	/** Who keeps an indicator's definition, owner, targets and benchmarks. */
	public static Role[] keepers() {
		return KEEPERS.clone();
	}

	/** Who records its figures: keepers, and approvers when they approve them. */
	public static Role[] recorders() {
		return RECORDERS.clone();
	}

	private final Indicators indicators;

	private final IndicatorTargets targets;

	private final Measurements measurements;

	private final Benchmarks benchmarks;

	private final ComparatorValues comparators;

	private final OrganisationUnits units;

	private final IndicatorStore store;

	private final CouncilRagRules rules;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final IndicatorDefinitions definitions;

	IndicatorManagement(Indicators indicators, IndicatorTargets targets, Measurements measurements,
			Benchmarks benchmarks, ComparatorValues comparators, OrganisationUnits units, IndicatorStore store,
			CouncilRagRules rules, ApplicationEventPublisher events, java.time.Clock clock,
			IndicatorDefinitions definitions) {
		this.rules = rules;
		this.clock = clock;
		this.definitions = definitions;
		this.benchmarks = benchmarks;
		this.comparators = comparators;
		this.indicators = indicators;
		this.targets = targets;
		this.measurements = measurements;
		this.units = units;
		this.store = store;
		this.events = events;
	}

	/**
	 * Adds a new indicator, as a person does on screen: never the definition of one that
	 * already has its code, which is changed on its own page.
	 * @return the indicator as saved
	 * @throws ChangeRejected when the code is taken, even by an indicator the person may
	 * not see
	 */
	public Indicator add(Actor actor, Indicator definition) {
		actor.require(this.units.pathOf(definition.organisationUnitId()), "add the indicator " + definition.code(),
				KEEPERS);
		if (!definition.isPublic()) {
			// its keeper must be able to see it once it is added
			actor.require(this.units.pathOf(definition.organisationUnitId()),
					"add " + definition.code() + " as not for publication", Role.RESTRICTED_READER);
		}
		Optional<Indicator> taken = this.indicators.findByCodeIgnoringCase(definition.code());
		if (taken.isPresent()) {
			throw new ChangeRejected("There is already an indicator with the code " + taken.get().code()
					+ ": choose another code, or change that indicator on its own page.");
		}
		try {
			return define(actor, definition);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new ChangeRejected("Someone else added an indicator with the code " + definition.code()
					+ " a moment ago: choose another code.");
		}
	}

	/**
	 * Adds the indicator, or replaces the definition of the one with its code. Changing
	 * an indicator's unit needs the role over both units.
	 * @param definition the definition; its identity and version are ignored
	 * @return the indicator as saved
	 */
	public Indicator define(Actor actor, Indicator definition) {
		Optional<Indicator> existing = this.indicators.findByCode(definition.code());
		UnitPath to = this.units.pathOf(definition.organisationUnitId());
		if (existing.map(i -> i.organisationUnitId() != definition.organisationUnitId()).orElse(true)) {
			this.units.findById(definition.organisationUnitId())
				.filter(uk.beacon.organisation.OrganisationUnit::retired)
				.ifPresent(unit -> {
					throw new ChangeRejected(unit.name() + " is retired, so no indicator is added to it or moved "
							+ "there: put it back in use first, or choose a unit in use.");
				});
		}
		if (existing.isEmpty()) {
			actor.require(to, "add the indicator " + definition.code(), KEEPERS);
			long id = this.store.addIndicator(definition);
			this.events.publishEvent(
					Change.added(actor.name(), "INDICATOR_ADDED", "INDICATOR", definition.code(), fields(definition)));
			return this.indicators.findById(id).orElseThrow();
		}
		Indicator before = existing.get();
		actor.require(this.units.pathOf(before.organisationUnitId()), "change " + before.code(), KEEPERS);
		if (before.organisationUnitId() != definition.organisationUnitId()) {
			actor.require(to, "move " + before.code() + " to " + to.unitName(), KEEPERS);
		}
		if (!before.isPublic() && definition.isPublic()) {
			// only someone who may see an indicator not for publication may publish it
			actor.require(this.units.pathOf(before.organisationUnitId()),
					"publish " + before.code() + ", which is not for publication", Role.RESTRICTED_READER);
		}
		Optional<Change> change = Change.edited(actor.name(), "INDICATOR_CHANGED", "INDICATOR", before.code(),
				fields(before), fields(definition));
		if (change.isEmpty()) {
			return before;
		}
		if (!this.store.updateIndicator(before.id(), before.version(), definition)) {
			throw stale(before.code());
		}
		this.events.publishEvent(change.get());
		return this.indicators.findById(before.id()).orElseThrow();
	}

	/**
	 * Corrects what an indicator says about itself (title, definition, owner, source,
	 * note, whether residents see it), as the person saw it. Publishing one not for
	 * publication needs the restricted reader's permission too.
	 * @return the indicator as saved
	 * @throws StaleChange when someone else changed it since the person opened it
	 */
	public Indicator describe(Actor actor, IndicatorDescription description) {
		Indicator before = this.indicators.findByCode(description.code())
			.orElseThrow(() -> new ChangeRejected("There is no indicator " + description.code() + "."));
		actor.require(pathOf(before), "change " + before.code(), KEEPERS);
		if (!before.isPublic() && description.isPublic()) {
			actor.require(pathOf(before), "publish " + before.code() + ", which is not for publication",
					Role.RESTRICTED_READER);
		}
		if (before.isPublic() && !description.isPublic()) {
			// one not for publication is seen only by restricted readers: anyone else
			// would
			// lose it
			actor.require(pathOf(before),
					"keep " + before.code() + " from the public, after which only restricted readers see it,",
					Role.RESTRICTED_READER);
		}
		if (before.version() != description.expectedVersion()) {
			throw stale(before.code());
		}
		Indicator after = description.applyTo(before);
		Optional<Change> change = Change.edited(actor.name(), "INDICATOR_CHANGED", "INDICATOR", before.code(),
				fields(before), fields(after));
		if (change.isEmpty()) {
			return before;
		}
		if (!this.store.updateIndicator(before.id(), description.expectedVersion(), after)) {
			throw stale(before.code());
		}
		this.events.publishEvent(change.get());
		return this.indicators.findById(before.id()).orElseThrow();
	}

	/**
	 * Changes how an indicator is measured and rated, as the person saw it: from a
	 * quarter on, the figures reported before keeping the definition they were reported
	 * under, or, with no quarter, the definition in use corrected for every quarter it
	 * applies to. Either way the reason is kept in the audit trail, and the earlier
	 * definition in the indicator's history.
	 * @return the indicator as saved, unchanged when the definition is the one in use
	 * @throws StaleChange when someone else changed the indicator since
	 */
	public Indicator redefine(Actor actor, Redefinition change) {
		Indicator before = this.indicators.findByCode(change.code())
			.orElseThrow(() -> new ChangeRejected("There is no indicator " + change.code() + "."));
		actor.require(pathOf(before), "change how " + before.code() + " is measured", KEEPERS);
		String reason = (change.reason() != null) ? change.reason().strip() : "";
		if (reason.isEmpty()) {
			throw new ChangeRejected("Say why the definition of " + before.code() + " changes.");
		}
		if (reason.length() > 2000) {
			throw new ChangeRejected("Keep the reason to 2,000 characters.");
		}
		if (before.version() != change.expectedVersion()) {
			throw stale(before.code());
		}
		Measure was = Measure.of(before);
		if (was.equals(change.measure())) {
			return before;
		}
		Definitions definitions = this.definitions.of(before);
		FinancialQuarter currentFrom = definitions.currentFrom();
		FinancialQuarter from = change.from();
		List<Measurement> figures = this.measurements.forIndicator(before.id());
		if (from != null) {
			if (currentFrom != null && !from.start().isAfter(currentFrom.start())) {
				throw new ChangeRejected("The definition in use applies from " + currentFrom.label()
						+ ", so a new one starts in " + currentFrom.plusQuarters(1).label()
						+ " at the earliest. To change the one in use for every quarter it applies to, correct it instead.");
			}
			if (before.retiredBy(from)) {
				throw new ChangeRejected(before.code() + " is retired from " + before.retiredFrom().label()
						+ ", so a new definition applies before then or not at all.");
			}
			boolean keptUnderOld = figures.stream()
				.anyMatch(m -> m.reportingPeriod().start().isBefore(from.start())
						&& (currentFrom == null || !m.reportingPeriod().start().isBefore(currentFrom.start())));
			if (!keptUnderOld) {
				throw new ChangeRejected("No figure of " + before.code() + " was reported under its present definition "
						+ "before " + from.label() + ", so none would keep it: correct the definition in use instead.");
			}
		}
		FinancialQuarter ratedFrom = (from != null) ? from : currentFrom;
		if (change.measure().unit() == Unit.PERCENT) {
			List<String> outside = figures.stream()
				.filter(m -> ratedFrom == null || !m.reportingPeriod().start().isBefore(ratedFrom.start()))
				.filter(m -> m.value() != null && m.value().abs().compareTo(java.math.BigDecimal.valueOf(100)) > 0)
				.map(m -> m.value().stripTrailingZeros().toPlainString() + " for " + m.dataPeriod().label())
				.toList();
			if (!outside.isEmpty()) {
				throw new ChangeRejected(before.code() + " has figures that are not percentages ("
						+ String.join(", ", outside.subList(0, Math.min(5, outside.size())))
						+ ((outside.size() > 5) ? " and " + (outside.size() - 5) + " more" : "")
						+ "): correct them first, or keep the unit for the quarters they were reported in.");
			}
		}
		Indicator after = change.measure().applyTo(before);
		if (!this.store.updateIndicator(before.id(), before.version(), after)) {
			throw stale(before.code());
		}
		if (from != null) {
			this.store.keepEarlierDefinition(before.id(), from, was, reason, actor.name());
		}
		String span = (ratedFrom != null) ? "from " + ratedFrom.label() : "every quarter";
		String wasSpan = (from == null) ? span
				: ((currentFrom != null) ? currentFrom.label() + " to " : "until ") + from.previous().label();
		Change
			.edited(actor.name(), (from != null) ? "INDICATOR_REDEFINED" : "INDICATOR_CHANGED", "INDICATOR",
					before.code(), measureFields(was, wasSpan), measureFields(change.measure(), span))
			.map(c -> c.because(reason))
			.ifPresent(this.events::publishEvent);
		return this.indicators.findById(before.id()).orElseThrow();
	}

	private static Fields measureFields(Measure m, String applies) {
		return Fields.of("applies", applies, "definition", m.definition(), "unit", m.unit().label(), "decimal places",
				m.decimalPlaces(), "polarity", m.polarity().describe(), "frequency", m.frequency().label(),
				"accumulation", m.accumulation().label(), "months in arrears", m.arrearsMonths(), "compared with",
				m.comparison().label());
	}

	/**
	 * Names the owner of many indicators at once, each as the person saw it: all or
	 * nothing, each audited.
	 * @throws StaleChange when any of them changed since the person opened the page
	 */
	public void assignOwners(Actor actor, List<OwnerAssignment> assignments) {
		assignments.forEach(assignment -> assignOwner(actor, assignment));
	}

	/**
	 * Whether the person keeps the indicator: its definition, owner and targets, and its
	 * figures on screen.
	 */
	public boolean mayKeep(Actor actor, Indicator indicator) {
		return actor.holds(pathOf(indicator), KEEPERS);
	}

	/** Names the officer who owns the indicator's figures. */
	public Indicator assignOwner(Actor actor, OwnerAssignment assignment) {
		Indicator indicator = this.indicators.findById(assignment.indicatorId())
			.orElseThrow(() -> new ChangeRejected("There is no such indicator."));
		actor.require(pathOf(indicator), "name the owner of " + indicator.code(), KEEPERS);
		if (indicator.version() != assignment.expectedVersion() || !this.store.assignOwner(indicator.id(),
				indicator.version(), assignment.ownerName(), assignment.ownerEmail())) {
			throw stale(indicator.code());
		}
		this.events.publishEvent(new Change(actor.name(), "OWNER_ASSIGNED", "INDICATOR", indicator.code(),
				ownerText(indicator.ownerName(), indicator.ownerEmail()),
				ownerText(assignment.ownerName(), assignment.ownerEmail())));
		return this.indicators.findById(indicator.id()).orElseThrow();
	}

	/**
	 * Sets a target. Targets of one indicator never overlap: a target already held for
	 * any of its periods must be ended first.
	 */
	public void setTarget(Actor actor, IndicatorTarget target) {
		Indicator indicator = existing(target.indicatorId());
		actor.require(pathOf(indicator), "set a target for " + indicator.code(), KEEPERS);
		this.store.lockTargetsOf(indicator.id());
		this.targets.forIndicator(indicator.id())
			.stream()
			.filter(saved -> saved.overlaps(target))
			.findFirst()
			.ifPresent(saved -> {
				throw new ChangeRejected("This target overlaps the one Beacon already holds for " + indicator.code()
						+ " (" + saved.span() + ").");
			});
		this.store.addTarget(target);
		this.events.publishEvent(
				Change.added(actor.name(), "TARGET_SET", "TARGET", indicator.code(), fields(indicator, target)));
	}

	/**
	 * Corrects a target over the span it has (a figure mistyped, a tolerance left out):
	 * every figure of that span is rated against the corrected target from now on, and a
	 * report already published keeps what it printed.
	 * @param seen the {@link IndicatorTarget#fingerprint()} of the target as the person
	 * saw it
	 * @return whether anything changed
	 * @throws StaleChange when someone else has changed it since
	 */
	public boolean correctTarget(Actor actor, long targetId, String seen, Target target, RagRule rule, String reason) {
		IndicatorTarget found = this.targets.findById(targetId)
			.orElseThrow(() -> new ChangeRejected("There is no such target."));
		Indicator indicator = existing(found.indicatorId());
		actor.require(pathOf(indicator), "correct a target of " + indicator.code(), KEEPERS);
		this.store.lockTargetsOf(indicator.id());
		IndicatorTarget before = this.targets.findById(targetId)
			.orElseThrow(() -> stale("the target of " + indicator.code()));
		if (!before.fingerprint().equals(seen)) {
			throw stale("the target of " + indicator.code() + " (" + before.span() + ")");
		}
		if ((before.target() instanceof Target.Profile) != (target instanceof Target.Profile)) {
			throw new ChangeRejected("A profiled target applies to its own quarter only, so it is corrected as a "
					+ "profiled target; set a new target for a span instead.");
		}
		if (reason == null || reason.isBlank()) {
			throw new ChangeRejected("Say why the target of " + indicator.code() + " is corrected.");
		}
		IndicatorTarget after = before.with(target, rule);
		if (exactly(before).equals(exactly(after))) {
			return false;
		}
		this.store.correctTarget(after);
		// the figures exactly, as the printed target may round them alike
		this.events.publishEvent(new Change(actor.name(), "TARGET_CORRECTED", "TARGET", indicator.code(),
				exactly(before), exactly(after))
			.because(reason));
		return true;
	}

	/**
	 * Revises a target as a whole, as an import that updates does: its figures, shape,
	 * tolerance, the period it applies to, what the council printed and the note. Every
	 * figure of its span is rated against the revised target from now on; a report
	 * already published keeps what it printed.
	 * @param seen the {@link IndicatorTarget#fingerprint()} of the target as the person
	 * saw it
	 * @param revised the target as it is to be, with the identity and start of the one
	 * revised
	 * @throws StaleChange when someone else has changed it since
	 */
	public void reviseTarget(Actor actor, String seen, IndicatorTarget revised, String reason) {
		Indicator indicator = existing(revised.indicatorId());
		actor.require(pathOf(indicator), "correct a target of " + indicator.code(), KEEPERS);
		this.store.lockTargetsOf(indicator.id());
		IndicatorTarget before = this.targets.findById(revised.id())
			.filter(t -> t.indicatorId() == indicator.id())
			.orElseThrow(() -> stale("the target of " + indicator.code()));
		if (!before.fingerprint().equals(seen)) {
			throw stale("the target of " + indicator.code() + " (" + before.span() + ")");
		}
		if (!before.appliesFrom().equals(revised.appliesFrom())) {
			throw new ChangeRejected("A target keeps the period it starts in; set a new target for "
					+ revised.appliesFrom().label() + " instead.");
		}
		if ((before.target() instanceof Target.Profile) != (revised.target() instanceof Target.Profile)) {
			throw new ChangeRejected("A profiled target applies to its own quarter only, so it is corrected as a "
					+ "profiled target; set a new target for a span instead.");
		}
		if (reason == null || reason.isBlank()) {
			throw new ChangeRejected("Say why the target of " + indicator.code() + " is corrected.");
		}
		this.targets.forIndicator(indicator.id())
			.stream()
			.filter(other -> !other.id().equals(before.id()) && other.overlaps(revised))
			.findFirst()
			.ifPresent(other -> {
				throw new ChangeRejected("The target of " + indicator.code() + " would then overlap the one "
						+ other.span() + "; end one of them first.");
			});
		this.store.reviseTarget(revised);
		this.events.publishEvent(new Change(actor.name(), "TARGET_CORRECTED", "TARGET", indicator.code(),
				exactly(before) + "\nas printed: " + before.textAsPrinted() + "\nnote: " + before.note(),
				exactly(revised) + "\nas printed: " + revised.textAsPrinted() + "\nnote: " + revised.note())
			.because(reason));
	}

	/**
	 * Ends a target at a quarter, with nothing after it: the indicator has no target from
	 * the quarter after (a measure the council stops targeting, or a target agreed for a
	 * fixed span late). Figures already reported after that quarter are rated without it
	 * from now on; a report already published keeps what it printed.
	 * @param seen the {@link IndicatorTarget#fingerprint()} of the target as the person
	 * saw it
	 * @throws StaleChange when someone else has changed it since
	 */
	public void endTarget(Actor actor, long targetId, String seen, FinancialQuarter last, String reason) {
		IndicatorTarget found = this.targets.findById(targetId)
			.orElseThrow(() -> new ChangeRejected("There is no such target."));
		Indicator indicator = existing(found.indicatorId());
		actor.require(pathOf(indicator), "end a target of " + indicator.code(), KEEPERS);
		this.store.lockTargetsOf(indicator.id());
		IndicatorTarget before = this.targets.findById(targetId)
			.orElseThrow(() -> stale("the target of " + indicator.code()));
		if (!before.fingerprint().equals(seen)) {
			throw stale("the target of " + indicator.code() + " (" + before.span() + ")");
		}
		if (before.target() instanceof Target.Profile) {
			throw new ChangeRejected("A profiled target applies to its own quarter only, so it has no end to set.");
		}
		if (last == null) {
			throw new ChangeRejected("Say the last quarter the target of " + indicator.code() + " applies to.");
		}
		if (last.end().isBefore(before.appliesFrom().start())) {
			throw new ChangeRejected("The target of " + indicator.code() + " starts in " + before.appliesFrom().label()
					+ ", after " + last.label() + ": end it in " + before.appliesFrom().label() + " or later.");
		}
		if (before.appliesTo() != null && last.end().isAfter(before.appliesTo().end())) {
			throw new ChangeRejected("The target of " + indicator.code() + " already ends in "
					+ before.appliesTo().label() + "; it can be ended earlier, not later.");
		}
		if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
			throw new ChangeRejected("Say why the target of " + indicator.code() + " ends (at most 2,000 characters).");
		}
		IndicatorTarget ended = before.endingIn(last);
		if (exactly(before).equals(exactly(ended))) {
			return;
		}
		this.store.endTarget(before.id(), last);
		this.events.publishEvent(
				new Change(actor.name(), "TARGET_ENDED", "TARGET", indicator.code(), exactly(before), exactly(ended))
					.because(reason.strip()));
	}

	/**
	 * Whether a target could be set from the quarter on: refused, saying why, when the
	 * target that applies until replaced starts there or later, or another target holds
	 * the quarter.
	 */
	@Transactional(readOnly = true)
	public void checkTargetFrom(long indicatorId, FinancialQuarter from) {
		checkTargetFrom(existing(indicatorId), this.targets.forIndicator(indicatorId), from);
	}

	/**
	 * The same check against the indicator's targets as already read, for a page that
	 * reads many indicators' targets at once.
	 * @param all every target of the indicator
	 */
	public static void checkTargetFrom(Indicator indicator, List<IndicatorTarget> all, FinancialQuarter from) {
		long indicatorId = indicator.id();
		Optional<IndicatorTarget> open = openTarget(all);
		if (open.isPresent() && !open.get().appliesFrom().start().isBefore(from.start())) {
			throw new ChangeRejected(
					"The target of " + indicator.code() + " " + open.get().span() + " starts in or after "
							+ from.label() + ": correct it instead, or set the new target from a " + "later quarter.");
		}
		IndicatorTarget next = new IndicatorTarget(null, indicatorId, new Target.None(), from, null, null, null, null);
		all.stream()
			.filter(t -> open.map(o -> !o.id().equals(t.id())).orElse(true))
			.filter(t -> t.overlaps(next))
			.findFirst()
			.ifPresent(t -> {
				throw new ChangeRejected(t.appliesFrom().start().isAfter(from.start())
						? "A target from " + from.label() + " on would overlap the target of " + indicator.code() + " "
								+ t.span() + ": set it from after that target, or correct that target."
						: "The target of " + indicator.code() + " " + t.span() + " holds " + from.label()
								+ " already: correct that target, or set the new one from a later quarter.");
			});
	}

	/**
	 * Sets the target that applies from a quarter on: the target that applies until
	 * replaced is ended at the quarter before, and the new one applies until replaced.
	 * @param seen the {@link IndicatorTarget#fingerprint()} of the target that applied
	 * until replaced as the person saw it, {@code null} when they saw none
	 * @throws StaleChange when the indicator's targets changed since
	 */
	public void setTargetFrom(Actor actor, long indicatorId, FinancialQuarter from, Target target, RagRule rule,
			String seen) {
		Indicator indicator = existing(indicatorId);
		actor.require(pathOf(indicator), "set a target for " + indicator.code(), KEEPERS);
		this.store.lockTargetsOf(indicatorId);
		Optional<IndicatorTarget> open = openTarget(this.targets.forIndicator(indicatorId));
		if (!java.util.Objects.equals(open.map(IndicatorTarget::fingerprint).orElse(null), seen)) {
			throw stale("the targets of " + indicator.code());
		}
		checkTargetFrom(indicatorId, from);
		if (open.isPresent()) {
			IndicatorTarget current = open.get();
			FinancialQuarter last = from.previous();
			IndicatorTarget ended = current.endingIn(last);
			this.store.endTarget(current.id(), last);
			this.events.publishEvent(new Change(actor.name(), "TARGET_ENDED", "TARGET", indicator.code(),
					exactly(current), exactly(ended)));
		}
		setTarget(actor, new IndicatorTarget(null, indicatorId, target, from, null, rule, null, null));
	}

	/**
	 * Sets many indicators' targets from the same quarter on, as a person does for a year
	 * on one page: each as {@link #setTargetFrom} does, all or nothing.
	 * @return how many targets were set
	 * @throws StaleChange when any indicator's targets changed since the person saw them;
	 * nothing is saved
	 */
	public int setTargetsFrom(Actor actor, FinancialQuarter from, List<TargetFrom> targets) {
		for (TargetFrom t : targets) {
			setTargetFrom(actor, t.indicatorId(), from, t.target(), t.rule(), t.seen());
		}
		return targets.size();
	}

	/**
	 * The target that applies until replaced (a profiled target is for its quarter only).
	 */
	private static Optional<IndicatorTarget> openTarget(List<IndicatorTarget> targets) {
		return targets.stream()
			.filter(t -> t.appliesTo() == null && !(t.target() instanceof Target.Profile))
			.findFirst();
	}

	/** A target as the audit trail records it: its span, and its figures exactly. */
	private static String exactly(IndicatorTarget t) {
		Target target = t.target();
		String figures = (target instanceof Target.Range range)
				? "range " + range.low().stripTrailingZeros().toPlainString() + " to "
						+ range.high().stripTrailingZeros().toPlainString()
				: (target instanceof Target.Quartile q) ? "quartile " + q.quartile()
						: (target.figure() != null) ? target.figure().stripTrailingZeros().toPlainString() : "none";
		return "applies: " + t.span() + "\ntarget: " + figures + exactly(t.rule());
	}

	/**
	 * A target's rule as the audit trail records it: the amber tolerance as it always has
	 * been, the green tolerance when there is one, or that it follows the council's.
	 */
	private static String exactly(RagRule rule) {
		if (rule.isCouncils()) {
			return "\ntolerance: the council's RAG rule";
		}
		String green = rule.hasGreenTolerance() ? "\ngreen tolerance: " + exactly(rule.green()) : "";
		return "\ntolerance: " + exactly(rule.amber()) + green;
	}

	private static String exactly(Tolerance tolerance) {
		return switch (tolerance.kind()) {
			case NONE -> "none";
			case ABSOLUTE -> tolerance.amount().stripTrailingZeros().toPlainString();
			case PERCENTAGE -> tolerance.amount().stripTrailingZeros().toPlainString() + "% of the target";
		};
	}

	/**
	 * Sets a council's RAG rule: the green and amber tolerances every target of its
	 * indicators follows unless it gives its own. Every figure those targets rate is
	 * rated by it from now on; a report already published keeps what it printed. A rule
	 * with no tolerance at all is Beacon's first rule: only the target is green, with no
	 * amber band.
	 * @param seen the {@link RagRule#fingerprint()} of the council's rule as the person
	 * saw it
	 * @return whether anything changed
	 * @throws StaleChange when someone else has changed it since
	 */
	public boolean setCouncilRule(Actor actor, long councilId, RagRule rule, String seen) {
		OrganisationUnit council = this.units.findById(councilId)
			.filter(u -> u.parentId() == null)
			.orElseThrow(() -> new ChangeRejected("There is no such council."));
		actor.require(this.units.pathOf(councilId), "set the RAG rule of " + council.name(), KEEPERS);
		this.store.lockCouncilRule(councilId);
		RagRule before = this.rules.ofCouncil(councilId);
		if (!before.fingerprint().equals(seen)) {
			throw stale("the RAG rule of " + council.name());
		}
		RagRule after = RagRule.council(rule.green(), rule.amber());
		if (before.equals(after)) {
			return false;
		}
		this.store.saveCouncilRule(councilId, after);
		this.events.publishEvent(new Change(actor.name(), "RAG_RULE_SET", "COUNCIL", council.code(),
				"green tolerance: " + exactly(before.green()) + "\namber tolerance: " + exactly(before.amber()),
				"green tolerance: " + exactly(after.green()) + "\namber tolerance: " + exactly(after.amber())));
		return true;
	}

	/**
	 * Refuses, saying why, unless the person may set the council's RAG rule.
	 */
	@Transactional(readOnly = true)
	public void requireMayKeepCouncilRule(Actor actor, OrganisationUnit council) {
		actor.require(this.units.pathOf(council.id()), "set the RAG rule of " + council.name(), KEEPERS);
	}

	/**
	 * Whether the person may set the council's RAG rule: a performance officer over the
	 * whole council.
	 */
	@Transactional(readOnly = true)
	public boolean mayKeepCouncilRule(Actor actor, OrganisationUnit council) {
		return actor.holds(this.units.pathOf(council.id()), KEEPERS);
	}

	/**
	 * Records figures, each for a data period the indicator has no figure for yet: a
	 * figure already held is corrected, never overwritten. Many figures are saved as one
	 * stream, all or nothing, and recorded in the audit trail as one entry an indicator
	 * (an import's million figures would otherwise write a million entries, which cost
	 * PostgreSQL as much as the figures themselves): each entry lists every figure of its
	 * indicator in period order, each in the words its own entry would have, a blank line
	 * between them.
	 * @param figures the figures, read more than once and by position (a view over an
	 * import's rows will do)
	 * @return how many were saved
	 */
	public long recordFigures(Actor actor, List<Measurement> figures) {
		Map<Long, Indicator> checked = new HashMap<>();
		// the data periods each indicator has figures for already
		Map<Long, java.util.Set<String>> held = new HashMap<>();
		// each indicator's figures by position, in the order the indicators first come
		Map<Long, FigureRows> byIndicator = new java.util.LinkedHashMap<>();
		// each period's key worked out once: an import has a million figures in a few
		// hundred periods
		Map<Period, String> keys = new java.util.IdentityHashMap<>();
		int position = 0;
		for (Measurement figure : figures) {
			Indicator indicator = checked.computeIfAbsent(figure.indicatorId(), id -> {
				Indicator found = existing(id);
				actor.require(pathOf(found), "record figures for " + found.code(), RECORDERS);
				return found;
			});
			refuseRetired(indicator, figure.reportingPeriod());
			// a figure already held is corrected, never overwritten
			if (held.computeIfAbsent(indicator.id(), this.measurements::dataPeriodKeys)
				.contains(keys.computeIfAbsent(figure.dataPeriod(), Period::key))) {
				throw alreadyHeld(indicator, figure.dataPeriod());
			}
			byIndicator.computeIfAbsent(indicator.id(), id -> new FigureRows()).add(position++, figure.dataPeriod());
		}
		// nor given twice: in period order, a period given twice comes twice in a row
		byIndicator.forEach((id, rows) -> rows.sortByPeriod().ifPresent(twice -> {
			throw alreadyHeld(checked.get(id), twice);
		}));
		long saved = this.store.addMeasurements(figures);
		// one buffer and each period's label once for all the entries: an import has a
		// million figures in a few hundred periods
		Fields.Given text = new Fields.Given();
		Map<Period, String> labels = new java.util.IdentityHashMap<>();
		this.events.publishEvent(new ChangeSet(() -> byIndicator.entrySet().stream().map(rows -> {
			Indicator indicator = checked.get(rows.getKey());
			text.clear();
			rows.getValue().forEach(at -> describe(indicator, figures.get(at), text.next(), labels));
			return new Change(actor.name(), "FIGURE_RECORDED", "FIGURE", indicator.code(), null, text.text());
		}).iterator()));
		return saved;
	}

	private static ChangeRejected alreadyHeld(Indicator indicator, Period dataPeriod) {
		return new ChangeRejected("Beacon already holds " + indicator.code() + " for " + dataPeriod.label()
				+ "; correct that figure instead, giving the reason.");
	}

	/**
	 * Where an indicator's figures are among those recorded: a few bytes a figure, not an
	 * object.
	 */
	private static final class FigureRows {

		private int[] positions = new int[8];

		// their data periods, until sorted by them
		private Period[] periods = new Period[8];

		private int size;

		void add(int position, Period period) {
			if (this.size == this.positions.length) {
				this.positions = java.util.Arrays.copyOf(this.positions, this.size * 2);
				this.periods = java.util.Arrays.copyOf(this.periods, this.size * 2);
			}
			this.positions[this.size] = position;
			this.periods[this.size++] = period;
		}

		/**
		 * Puts the positions in the order of their data periods.
		 * @return a data period given twice, if one is
		 */
		Optional<Period> sortByPeriod() {
			Integer[] order = new Integer[this.size];
			for (int i = 0; i < this.size; i++) {
				order[i] = i;
			}
			java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> this.periods[i]));
			int[] sorted = new int[this.size];
			Period twice = null;
			for (int i = 0; i < this.size; i++) {
				sorted[i] = this.positions[order[i]];
				if (i > 0 && twice == null && this.periods[order[i]].equals(this.periods[order[i - 1]])) {
					twice = this.periods[order[i]];
				}
			}
			this.positions = sorted;
			this.periods = null;
			return Optional.ofNullable(twice);
		}

		void forEach(java.util.function.IntConsumer action) {
			for (int i = 0; i < this.size; i++) {
				action.accept(this.positions[i]);
			}
		}

	}

	/** Records one figure, for a data period the indicator has no figure for yet. */
	public void recordFigure(Actor actor, Measurement figure) {
		Indicator indicator = existing(figure.indicatorId());
		actor.require(pathOf(indicator), "record figures for " + indicator.code(), RECORDERS);
		refuseRetired(indicator, figure.reportingPeriod());
		if (this.measurements.exists(indicator.id(), figure.dataPeriod().key())) {
			throw new ChangeRejected("Beacon already holds " + indicator.code() + " for " + figure.dataPeriod().label()
					+ "; correct that figure instead, giving the reason.");
		}
		this.store.addMeasurements(List.of(figure));
		this.events.publishEvent(figureRecorded(actor, indicator, figure));
	}

	/** Corrects a figure already recorded, keeping the one it replaces. */
	public void correctFigure(Actor actor, FigureCorrection correction) {
		Measurement old = this.measurements.findById(correction.measurementId())
			.orElseThrow(() -> new ChangeRejected("There is no such figure."));
		Indicator indicator = existing(old.indicatorId());
		actor.require(pathOf(indicator), "correct the figures of " + indicator.code(), RECORDERS);
		if (old.version() != correction.expectedVersion() || !this.store.correctMeasurement(old.id(), old.version(),
				correction.value(), correction.numerator(), correction.denominator(), correction.commentary(),
				correction.submittedBy(), correction.reason())) {
			throw stale(indicator.code() + " for " + old.dataPeriod().label());
		}
		Measurement now = this.measurements.findById(old.id()).orElseThrow();
		Change
			.edited(actor.name(), "FIGURE_CORRECTED", "FIGURE", indicator.code(), fields(indicator, old),
					fields(indicator, now))
			.map(change -> change.because(correction.reason()))
			.ifPresent(this.events::publishEvent);
	}

	/**
	 * Revises a figure already recorded as a whole, as an import that updates does: its
	 * value or ratio, flags, text as printed, commentary, assessed status and note. The
	 * figure it replaces is kept in the history, and a report already published keeps
	 * what it printed.
	 * @param revised the figure as it is to be, for the same indicator and periods
	 * @throws StaleChange when it changed since {@code expectedVersion}
	 */
	public void reviseFigure(Actor actor, long measurementId, int expectedVersion, Measurement revised, String reason) {
		Measurement old = this.measurements.findById(measurementId)
			.orElseThrow(() -> new ChangeRejected("There is no such figure."));
		Indicator indicator = existing(old.indicatorId());
		actor.require(pathOf(indicator), "correct the figures of " + indicator.code(), RECORDERS);
		if (revised.indicatorId() != old.indicatorId() || !revised.dataPeriod().equals(old.dataPeriod())
				|| !revised.reportingPeriod().equals(old.reportingPeriod())) {
			throw new ChangeRejected("A corrected figure keeps its indicator, its period and the quarter it was "
					+ "reported in (" + old.reportingPeriod().label() + ").");
		}
		if (reason == null || reason.isBlank()) {
			throw new ChangeRejected(
					"Say why " + indicator.code() + " for " + old.dataPeriod().label() + " is corrected.");
		}
		if (old.version() != expectedVersion
				|| !this.store.reviseMeasurement(old.id(), old.version(), revised, actor.name(), reason)) {
			throw stale(indicator.code() + " for " + old.dataPeriod().label());
		}
		Measurement now = this.measurements.findById(old.id()).orElseThrow();
		Change
			.edited(actor.name(), "FIGURE_CORRECTED", "FIGURE", indicator.code(), fields(indicator, old),
					fields(indicator, now))
			.map(change -> change.because(reason))
			.ifPresent(this.events::publishEvent);
	}

	/**
	 * Retires an indicator from a quarter on: it leaves the scorecards, the grid, the
	 * dashboards and the data requests from that quarter, and keeps its figures, targets
	 * and history for every quarter before. A quarter in which it has figures cannot be
	 * its first retired one.
	 * @param seenVersion the indicator's version as the person saw it
	 * @return the indicator as saved
	 * @throws StaleChange when someone else changed it since
	 */
	public Indicator retire(Actor actor, long indicatorId, int seenVersion, FinancialQuarter from, String reason) {
		Indicator indicator = existing(indicatorId);
		actor.require(pathOf(indicator), "retire " + indicator.code(), KEEPERS);
		if (from == null) {
			throw new ChangeRejected("Say from which quarter " + indicator.code() + " is retired.");
		}
		if (reason == null || reason.isBlank()) {
			throw new ChangeRejected("Say why " + indicator.code() + " is retired.");
		}
		if (reason.strip().length() > 2000) {
			throw new ChangeRejected("Keep the reason to 2,000 characters.");
		}
		this.measurements.reportingPeriodsOf(List.of(indicatorId))
			.stream()
			.filter(reported -> !reported.start().isBefore(from.start()))
			.reduce((a, b) -> b)
			.ifPresent(last -> {
				throw new ChangeRejected(indicator.code() + " has figures reported in " + last.label()
						+ ", so it is retired from " + last.plusQuarters(1).label() + " at the earliest.");
			});
		if (indicator.version() != seenVersion || !this.store.retire(indicatorId, seenVersion, from, reason.strip())) {
			throw stale(indicator.code());
		}
		this.events.publishEvent(new Change(actor.name(), "INDICATOR_RETIRED", "INDICATOR", indicator.code(),
				retirement(indicator), "retired from " + from.label())
			.because(reason.strip()));
		return existing(indicatorId);
	}

	/**
	 * Puts a retired indicator back in use: it is shown, collected and entered again for
	 * every quarter.
	 * @throws StaleChange when someone else changed it since
	 */
	public Indicator reinstate(Actor actor, long indicatorId, int seenVersion) {
		Indicator indicator = existing(indicatorId);
		actor.require(pathOf(indicator), "put " + indicator.code() + " back in use", KEEPERS);
		if (indicator.retiredFrom() == null) {
			return indicator;
		}
		if (indicator.version() != seenVersion || !this.store.retire(indicatorId, seenVersion, null, null)) {
			throw stale(indicator.code());
		}
		this.events.publishEvent(new Change(actor.name(), "INDICATOR_REINSTATED", "INDICATOR", indicator.code(),
				retirement(indicator), "in use"));
		return existing(indicatorId);
	}

	private static String retirement(Indicator indicator) {
		return (indicator.retiredFrom() != null)
				? "retired from " + indicator.retiredFrom().label() + " (" + indicator.retirementReason() + ")"
				: "in use";
	}

	private static void refuseRetired(Indicator indicator, FinancialQuarter reported) {
		if (indicator.retiredBy(reported)) {
			throw new ChangeRejected(indicator.code() + " is retired from " + indicator.retiredFrom().label()
					+ ", so it has no figures reported in " + reported.label()
					+ "; put it back in use first if it is measured again.");
		}
	}

	/**
	 * Figures a performance officer enters for their owners, as the quarter's grid sends
	 * them: new figures recorded, figures held corrected with the reason (the old kept in
	 * the history), all or nothing. Each is audited as entered by the officer on behalf
	 * of the indicator's owner.
	 * @throws StaleChange when a figure was corrected, or a new one recorded, by someone
	 * else since the officer opened the page
	 * @return how many figures were recorded or corrected
	 */
	public int enterFigures(Actor actor, List<FigureEntry> entries) {
		int entered = 0;
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		for (FigureEntry entry : entries) {
			Indicator indicator = existing(entry.indicatorId());
			actor.require(pathOf(indicator), "enter the figures of " + indicator.code(), KEEPERS);
			refuseRetired(indicator, entry.reportingPeriod());
			if (entry.reportingPeriod().start().isAfter(today)) {
				throw new ChangeRejected("Figures are reported in a quarter once it has begun: "
						+ entry.reportingPeriod().label() + " starts on "
						+ entry.reportingPeriod()
							.start()
							.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
						+ ".");
			}
			String onBehalf = "entered by a performance officer on behalf of "
					+ ((indicator.ownerName() != null) ? "the owner, " + indicator.ownerName() : "the owner");
			Optional<Measurement> held = this.measurements.find(indicator.id(), entry.dataPeriod().key());
			String what = indicator.code() + " for " + entry.dataPeriod().label();
			if (entry.correcting() == null) {
				if (held.isPresent()) {
					throw new StaleChange("Someone else recorded " + what
							+ " since you opened the page. Nothing was saved: reload the page to see their figure, then try again.");
				}
				Measurement figure = new Measurement(null, indicator.id(), entry.dataPeriod(), entry.reportingPeriod(),
						entry.value(), entry.numerator(), entry.denominator(), false, false, null, entry.commentary(),
						(entry.assessment() != null) ? entry.assessment().override() : null, null, 0);
				try {
					this.store.addMeasurements(List.of(figure));
				}
				catch (org.springframework.dao.DataAccessException ex) {
					// a colleague's figure for the same period saved a moment before
					if (isUniqueViolation(ex)) {
						throw new StaleChange("Someone else recorded " + what
								+ " at the same moment. Nothing was saved: check their figure, then try again.");
					}
					throw ex;
				}
				this.events.publishEvent(figureRecorded(actor, indicator, figure).because(onBehalf));
				entered++;
				continue;
			}
			Measurement old = held.filter(m -> m.id() == entry.correcting().measurementId())
				.filter(m -> m.version() == entry.correcting().version())
				.orElseThrow(() -> stale(what));
			boolean corrected = !sameFigure(old, entry);
			if (corrected) {
				if (entry.reason() == null || entry.reason().isBlank()) {
					throw new ChangeRejected("Say why " + what + " is corrected.");
				}
				if (!this.store.correctMeasurement(old.id(), old.version(), entry.value(), entry.numerator(),
						entry.denominator(), entry.commentary(), actor.name() + ", " + onBehalf, entry.reason())) {
					throw stale(what);
				}
			}
			Measurement now = this.measurements.findById(old.id()).orElseThrow();
			boolean assessed = entry.assessment() != null
					&& !Objects.equals(entry.assessment().override(), now.override());
			if (assessed && entry.assessment().override() == null && !now.hasFigure()) {
				throw new ChangeRejected(what + " is held with an assessed status and no figure: enter its figure "
						+ "before letting the rule's status stand.");
			}
			if (assessed && !this.store.assessStatus(now.id(), now.version(), entry.assessment().override(),
					actor.name() + ", " + onBehalf)) {
				throw stale(what);
			}
			if (corrected || assessed) {
				now = this.measurements.findById(old.id()).orElseThrow();
				String why = corrected ? entry.reason() : (entry.assessment().override() != null)
						? entry.assessment().override().reason() : "the rule's status stands";
				Change
					.edited(actor.name(), corrected ? "FIGURE_CORRECTED" : "STATUS_ASSESSED", "FIGURE",
							indicator.code(), fields(indicator, old), fields(indicator, now))
					.map(c -> c.because(why + " (" + onBehalf + ")"))
					.ifPresent(this.events::publishEvent);
				entered++;
			}
		}
		return entered;
	}

	private static boolean isUniqueViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameFigure(Measurement held, FigureEntry entry) {
		return sameNumber(held.value(), entry.value()) && sameNumber(held.numerator(), entry.numerator())
				&& sameNumber(held.denominator(), entry.denominator())
				&& Objects.equals(held.commentary(), entry.commentary());
	}

	private static boolean sameNumber(java.math.BigDecimal held, java.math.BigDecimal entered) {
		return (held == null) ? entered == null : entered != null && held.compareTo(entered) == 0;
	}

	/**
	 * Refuses, saying why, unless the person keeps the indicator's definition, owner and
	 * targets.
	 * @param what the change in words that follow "You cannot"
	 */
	public void requireMayKeep(Actor actor, Indicator indicator, String what) {
		actor.require(pathOf(indicator), what, KEEPERS);
	}

	/** Adds a benchmark, or replaces the one for the same period and comparator. */
	public void saveBenchmark(Actor actor, Benchmark benchmark) {
		Indicator indicator = existing(benchmark.indicatorId());
		actor.require(pathOf(indicator), "record benchmarks for " + indicator.code(), KEEPERS);
		Optional<Benchmark> replaced = this.benchmarks.forIndicator(indicator.id())
			.stream()
			.filter(b -> b.dataPeriod().equals(benchmark.dataPeriod()) && b.comparator() == benchmark.comparator())
			.findFirst();
		this.store.saveBenchmark(benchmark);
		if (replaced.isEmpty()) {
			this.events.publishEvent(
					Change.added(actor.name(), "BENCHMARK_SAVED", "BENCHMARK", indicator.code(), fields(benchmark)));
		}
		else {
			Change
				.edited(actor.name(), "BENCHMARK_CHANGED", "BENCHMARK", indicator.code(), fields(replaced.get()),
						fields(benchmark))
				.ifPresent(this.events::publishEvent);
		}
	}

	/**
	 * Adds a comparator group's member value for the indicator, adding the group if it is
	 * new.
	 */
	public void addComparatorValue(Actor actor, ComparatorValue value) {
		Indicator indicator = existing(value.indicatorId());
		actor.require(pathOf(indicator), "record comparator values for " + indicator.code(), KEEPERS);
		// a group is shared by every council: renaming it is for someone whose role
		// covers
		// them all
		Optional<String> name = this.comparators.groupName(value.groupCode());
		if (name.isPresent() && !name.get().equals(value.groupName())) {
			actor.requireEverywhere("rename the comparator group " + value.groupCode(), KEEPERS);
			this.events.publishEvent(new Change(actor.name(), "COMPARATOR_GROUP_RENAMED", "COMPARATOR_GROUP",
					value.groupCode(), "name: " + name.get(), "name: " + value.groupName()));
		}
		refuseSecondCouncil(indicator, value);
		this.store.addComparatorValue(value);
		this.events.publishEvent(Change.added(actor.name(), "COMPARATOR_VALUE_ADDED", "BENCHMARK", indicator.code(),
				Fields.of("group", value.groupCode(), "data period", value.dataPeriod().label(), "member",
						value.member(), "value", value.value(), "source", value.source())));
	}

	/**
	 * One member of a group is the council itself in a period, or its rank is of nobody:
	 * whether the value is added on the page or by import.
	 */
	private void refuseSecondCouncil(Indicator indicator, ComparatorValue value) {
		if (!value.isCouncil()) {
			return;
		}
		this.comparators.forIndicator(indicator.id())
			.stream()
			.filter(v -> v.isCouncil() && v.groupCode().equals(value.groupCode())
					&& v.dataPeriod().key().equals(value.dataPeriod().key()) && !v.member().equals(value.member()))
			.findFirst()
			.ifPresent(v -> {
				throw new ChangeRejected(v.member() + " is already the council itself in " + value.groupCode() + " for "
						+ value.dataPeriod().label() + "; a group has one.");
			});
	}

	/**
	 * Adds a member's value to a comparator group, or corrects the one held, as the
	 * person saw it.
	 * @param seen the value held when the person opened the page, {@code null} when they
	 * saw none
	 * @throws StaleChange when someone else added, changed or removed it since
	 */
	public void keepComparatorValue(Actor actor, ComparatorValue value, java.math.BigDecimal seen) {
		Indicator indicator = existing(value.indicatorId());
		actor.require(pathOf(indicator), "record comparator values for " + indicator.code(), KEEPERS);
		String what = value.member() + "'s value in " + value.groupCode() + " for " + indicator.code() + " in "
				+ value.dataPeriod().label();
		Optional<ComparatorValue> held = this.comparators.find(value.groupCode(), indicator.id(),
				value.dataPeriod().key(), value.member());
		refuseSecondCouncil(indicator, value);
		if (indicator.unit() == Unit.PERCENT && value.value().abs().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
			throw new ChangeRejected(value.value().toPlainString() + " is not a percentage between -100 and 100, but "
					+ indicator.code() + " is measured in percent.");
		}
		if (held.isEmpty()) {
			if (seen != null) {
				throw stale(what);
			}
			addComparatorValue(actor, value);
			return;
		}
		if (seen == null || held.get().value().compareTo(seen) != 0) {
			throw stale(what);
		}
		Optional<String> name = this.comparators.groupName(value.groupCode());
		if (name.isPresent() && !name.get().equals(value.groupName())) {
			actor.requireEverywhere("rename the comparator group " + value.groupCode(), KEEPERS);
		}
		if (!this.store.updateComparatorValue(value, held.get().value())) {
			throw stale(what);
		}
		Change
			.edited(actor.name(), "COMPARATOR_VALUE_CHANGED", "BENCHMARK", indicator.code(),
					comparatorFields(held.get()), comparatorFields(value))
			.ifPresent(this.events::publishEvent);
	}

	/**
	 * Removes a member's value from a comparator group, as the person saw it.
	 * @throws StaleChange when someone else changed or removed it since
	 */
	public void removeComparatorValue(Actor actor, ComparatorValue seen) {
		Indicator indicator = existing(seen.indicatorId());
		actor.require(pathOf(indicator), "record comparator values for " + indicator.code(), KEEPERS);
		if (!this.store.deleteComparatorValue(seen.groupCode(), indicator.id(), seen.dataPeriod().key(), seen.member(),
				seen.value())) {
			throw stale(seen.member() + "'s value in " + seen.groupCode() + " for " + indicator.code());
		}
		this.events.publishEvent(new Change(actor.name(), "COMPARATOR_VALUE_REMOVED", "BENCHMARK", indicator.code(),
				comparatorFields(seen).given().text(), null));
	}

	private static Fields comparatorFields(ComparatorValue v) {
		return Fields.of("group", v.groupCode() + " (" + v.groupName() + ")", "data period", v.dataPeriod().label(),
				"member", v.member(), "the council itself", v.isCouncil() ? "yes" : "no", "value", v.value(), "source",
				v.source());
	}

	private static Fields fields(Benchmark b) {
		return Fields.of("data period", b.dataPeriod().label(), "comparator", b.comparator().label(), "value",
				b.value(), "rank", b.rank(), "of", b.rankOf(), "quartile", b.quartile(), "source", b.source());
	}

	private Indicator existing(long id) {
		return this.indicators.findById(id).orElseThrow(() -> new ChangeRejected("There is no such indicator."));
	}

	private UnitPath pathOf(Indicator indicator) {
		return this.units.pathOf(indicator.organisationUnitId());
	}

	private static Change figureRecorded(Actor actor, Indicator indicator, Measurement figure) {
		Fields.Given text = describe(indicator, figure, new Fields.Given(), new java.util.IdentityHashMap<>());
		return new Change(actor.name(), "FIGURE_RECORDED", "FIGURE", indicator.code(), null, text.text());
	}

	/**
	 * Writes what a new figure was given into {@code text}: what
	 * {@code fields(indicator, figure).given().text()} reads.
	 * @param labels the periods' labels worked out so far
	 */
	private static Fields.Given describe(Indicator indicator, Measurement m, Fields.Given text,
			Map<Period, String> labels) {
		StatusOverride override = m.override();
		BigDecimal value = m.valueIn(indicator.unit());
		return text.add("data period", labels.computeIfAbsent(m.dataPeriod(), Period::label))
			.add("reported in", labels.computeIfAbsent(m.reportingPeriod(), Period::label))
			.add("value", (value != null) ? indicator.format(value) : null)
			.add("numerator", m.numerator())
			.add("denominator", m.denominator())
			.add("as printed", m.valueAsPrinted())
			.add("assessed status",
					(override != null) ? override.status().name() + " (" + override.reason() + ")" : null)
			.add("how it is performing", m.commentary().performanceDetails())
			.add("what is being done", m.commentary().currentActivity())
			.add("what will be done", m.commentary().futureActivity());
	}

	private Fields fields(Indicator i) {
		String unitCode = this.units.findById(i.organisationUnitId()).map(OrganisationUnit::code).orElse(null);
		return Fields.of("title", i.title(), "definition", i.definition(), "organisation unit", unitCode, "unit",
				i.unit().label(), "decimal places", i.decimalPlaces(), "polarity", i.polarity().describe(), "frequency",
				i.frequency().label(), "accumulation", i.accumulation().label(), "months in arrears", i.arrearsMonths(),
				"compared with", i.comparison().label(), "owner", i.ownerName(), "owner e-mail", i.ownerEmail(),
				"data source", i.dataSource(), "public", i.isPublic() ? "yes" : "no", "note", i.note(), "public note",
				i.publicNote());
	}

	private static Fields fields(Indicator indicator, IndicatorTarget t) {
		return Fields.of("applies", t.span(), "target",
				t.target().describe(indicator.unit(), indicator.decimalPlaces()), "tolerance",
				t.rule().isCouncils() ? "the council's RAG rule" : describe(t.rule().amber()), "green tolerance",
				t.rule().isCouncils() ? null : describe(t.rule().green()), "as printed", t.textAsPrinted(), "note",
				t.note());
	}

	private static Fields fields(Indicator indicator, Measurement m) {
		StatusOverride override = m.override();
		return Fields.of("data period", m.dataPeriod().label(), "reported in", m.reportingPeriod().label(), "value",
				(m.valueIn(indicator.unit()) != null) ? indicator.format(m.valueIn(indicator.unit())) : null,
				"numerator", m.numerator(), "denominator", m.denominator(), "as printed", m.valueAsPrinted(),
				"assessed status",
				(override != null) ? override.status().name() + " (" + override.reason() + ")" : null,
				"how it is performing", m.commentary().performanceDetails(), "what is being done",
				m.commentary().currentActivity(), "what will be done", m.commentary().futureActivity());
	}

	private static String describe(Tolerance tolerance) {
		return switch (tolerance.kind()) {
			case NONE -> null;
			case ABSOLUTE -> tolerance.amount().toPlainString();
			case PERCENTAGE -> tolerance.amount().toPlainString() + "%";
		};
	}

	private static String ownerText(String name, String email) {
		if (email == null) {
			return "not named yet";
		}
		return (name != null) ? name + " <" + email + ">" : email;
	}

	private static StaleChange stale(String what) {
		return new StaleChange("Someone else changed " + what
				+ " since you opened it. Nothing was saved: reload the page to see their change, then try again.");
	}

}
