package uk.beacon.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.Fingerprint;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
import uk.beacon.changes.Change;
import uk.beacon.changes.Fields;
import uk.beacon.organisation.internal.UnitStore;

/**
 * The one way the organisation tree changes: adding, renaming and moving units, each
 * checked against the person's scope and recorded in the audit trail with before and
 * after. A performance officer keeps the part of the tree their role is held over; a
 * council is added only by someone whose role covers every council.
 */
@Service
@Transactional
public class OrganisationManagement {

	private final OrganisationUnits units;

	private final UnitStore store;

	private final ApplicationEventPublisher events;

	private final List<UnitUses> uses;

	OrganisationManagement(OrganisationUnits units, UnitStore store, ApplicationEventPublisher events,
			List<UnitUses> uses) {
		this.units = units;
		this.store = store;
		this.events = events;
		this.uses = uses;
	}

	/**
	 * Retires a unit the council no longer has, once nothing in it is in use: the units
	 * below it retired first, and whatever the other modules keep in it
	 * ({@link UnitUses}). It keeps everything it held, for the quarters and reports that
	 * show it.
	 * @return the unit as saved
	 */
	public OrganisationUnit retire(Actor actor, String code, String reason) {
		OrganisationUnit unit = this.units.findByCode(code)
			.orElseThrow(() -> new ChangeRejected("There is no unit with the code " + code + "."));
		requireMayRetire(actor, unit, "retire " + unit.name());
		if (reason == null || reason.isBlank()) {
			throw new ChangeRejected("Say why " + unit.name() + " is retired.");
		}
		if (reason.strip().length() > 2000) {
			throw new ChangeRejected("Keep the reason to 2,000 characters.");
		}
		if (unit.retired()) {
			return unit;
		}
		List<String> inUse = new java.util.ArrayList<>();
		List<String> below = this.units.childrenOf(unit.id())
			.stream()
			.filter(child -> !child.retired())
			.map(OrganisationUnit::name)
			.toList();
		if (!below.isEmpty()) {
			inUse.add("units below it in use (" + String.join(", ", below) + "): retire or move them first");
		}
		this.uses.forEach(use -> inUse.addAll(use.inUse(unit)));
		if (!inUse.isEmpty()) {
			throw new ChangeRejected(
					unit.name() + " is still in use, so it is not retired: " + String.join("; ", inUse) + ".");
		}
		this.store.retire(unit.id(), reason.strip());
		this.events.publishEvent(
				new Change(actor.name(), "UNIT_RETIRED", "ORGANISATION_UNIT", unit.code(), "in use", "retired")
					.because(reason.strip()));
		return this.units.findById(unit.id()).orElseThrow();
	}

	/** Puts a retired unit back in use, below a unit in use. */
	public OrganisationUnit reinstate(Actor actor, String code) {
		OrganisationUnit unit = this.units.findByCode(code)
			.orElseThrow(() -> new ChangeRejected("There is no unit with the code " + code + "."));
		requireMayRetire(actor, unit, "put " + unit.name() + " back in use");
		if (!unit.retired()) {
			return unit;
		}
		if (unit.parentId() != null) {
			OrganisationUnit parent = this.units.findById(unit.parentId()).orElseThrow();
			if (parent.retired()) {
				throw new ChangeRejected(parent.name() + ", above it, is retired: put it back in use first, or move "
						+ unit.name() + " below a unit in use.");
			}
		}
		this.store.retire(unit.id(), null);
		this.events.publishEvent(new Change(actor.name(), "UNIT_REINSTATED", "ORGANISATION_UNIT", unit.code(),
				"retired (" + unit.retirementReason() + ")", "in use"));
		return this.units.findById(unit.id()).orElseThrow();
	}

	private void requireMayRetire(Actor actor, OrganisationUnit unit, String what) {
		if (unit.parentId() == null) {
			actor.requireEverywhere(what, Role.PERFORMANCE_OFFICER);
		}
		else {
			actor.require(this.units.pathOf(unit.id()), what, Role.PERFORMANCE_OFFICER);
		}
	}

	/**
	 * Adds a new unit, as a person does on screen: never one whose code is taken.
	 * @return the unit as saved
	 */
	public OrganisationUnit add(Actor actor, UnitDefinition definition) {
		Optional<OrganisationUnit> taken = this.units.findAll()
			.stream()
			.filter(u -> u.code().equalsIgnoreCase(definition.code()))
			.findFirst();
		if (taken.isPresent()) {
			throw new ChangeRejected("There is already a unit with the code " + taken.get().code()
					+ ": choose another code, or change that unit.");
		}
		try {
			return save(actor, definition);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new ChangeRejected("Someone else added a unit with the code " + definition.code()
					+ " a moment ago: choose another code.");
		}
	}

	/**
	 * Adds the unit, or renames and moves the one that already has its code.
	 * @return the unit as saved
	 * @throws uk.beacon.access.NotPermitted when the unit, or the unit it would sit
	 * below, is outside the person's part of the council
	 */
	public OrganisationUnit save(Actor actor, UnitDefinition definition) {
		Optional<OrganisationUnit> existing = this.units.findByCode(definition.code());
		OrganisationUnit parent = parent(definition);
		existing.ifPresent(
				unit -> actor.require(this.units.pathOf(unit.id()), "change " + unit.name(), Role.PERFORMANCE_OFFICER));
		String what = existing.isPresent() ? "move " + definition.name() + " below " + nameOf(parent)
				: "add " + definition.name() + " below " + nameOf(parent);
		if (parent != null) {
			actor.require(this.units.pathOf(parent.id()), what, Role.PERFORMANCE_OFFICER);
		}
		else if (existing.isEmpty()) {
			actor.requireEverywhere("add the council " + definition.name(), Role.PERFORMANCE_OFFICER);
		}
		else if (existing.get().parentId() != null) {
			// a unit taken out of its council is a new council
			actor.requireEverywhere("make " + existing.get().name() + " a council of its own",
					Role.PERFORMANCE_OFFICER);
		}
		existing.ifPresent(unit -> requireChildrenStillFit(unit, definition.kind()));
		if (parent != null && parent.retired()
				&& existing.map(unit -> !parent.id().equals(unit.parentId())).orElse(true)) {
			throw new ChangeRejected(parent.name() + " is retired, so nothing new sits below it: put it back in use "
					+ "first, or choose a unit in use.");
		}
		OrganisationUnit unit = new OrganisationUnit(existing.map(OrganisationUnit::id).orElse(null), definition.code(),
				definition.name(), definition.kind(), (parent != null) ? parent.id() : null);
		if (existing.isEmpty()) {
			long id = this.store.add(unit);
			this.events
				.publishEvent(Change.added(actor.name(), "UNIT_ADDED", "ORGANISATION_UNIT", unit.code(), fields(unit)));
			return new OrganisationUnit(id, unit.code(), unit.name(), unit.kind(), unit.parentId());
		}
		this.store.update(unit);
		Change
			.edited(actor.name(), "UNIT_CHANGED", "ORGANISATION_UNIT", unit.code(), fields(existing.get()),
					fields(unit))
			.ifPresent(this.events::publishEvent);
		return unit;
	}

	/**
	 * Renames or moves a unit as the person saw it: what {@link #save} does, refused when
	 * someone else changed the unit since.
	 * @param seen the unit's {@link #fingerprint} as the person read it
	 * @return the unit as saved
	 * @throws StaleChange when the unit changed since it was read; nothing is saved
	 */
	public OrganisationUnit change(Actor actor, UnitDefinition definition, String seen) {
		OrganisationUnit unit = this.units.findByCode(definition.code())
			.orElseThrow(() -> new ChangeRejected("There is no unit with the code " + definition.code() + "."));
		actor.require(this.units.pathOf(unit.id()), "change " + unit.name(), Role.PERFORMANCE_OFFICER);
		this.store.lock(unit.id());
		OrganisationUnit now = this.units.findById(unit.id()).orElseThrow();
		if (!fingerprint(now).equals(seen)) {
			throw new StaleChange("Someone else changed " + now.name()
					+ " since you read it. Nothing was saved: read it again, then make your change.");
		}
		return save(actor, definition);
	}

	/**
	 * A digest of the unit as it stands (its name, kind, the unit above it and whether it
	 * is retired), so that a change can tell whether someone else made one since.
	 */
	public String fingerprint(OrganisationUnit unit) {
		return Fingerprint.of(Fingerprint.word(unit.name()) + Fingerprint.word(unit.kind().name())
				+ Fingerprint.word(String.valueOf(unit.parentId()))
				+ Fingerprint.word(String.valueOf(unit.retirementReason())));
	}

	private void requireChildrenStillFit(OrganisationUnit unit, OrganisationKind kind) {
		for (OrganisationUnit child : this.units.childrenOf(unit.id())) {
			if (!child.kind().mayBeChildOf(kind)) {
				throw new ChangeRejected(
						unit.name() + " cannot become a " + kind.label().toLowerCase(java.util.Locale.ROOT) + ": "
								+ child.name() + ", a " + child.kind().label().toLowerCase(java.util.Locale.ROOT)
								+ ", sits below it. Move the units below it first.");
			}
		}
	}

	private OrganisationUnit parent(UnitDefinition definition) {
		if (definition.parentCode() == null) {
			if (definition.kind() != OrganisationKind.COUNCIL) {
				throw new ChangeRejected("A " + definition.kind().label().toLowerCase(java.util.Locale.ROOT)
						+ " sits below another unit: choose the unit above it.");
			}
			return null;
		}
		OrganisationUnit parent = this.units.findByCode(definition.parentCode())
			.orElseThrow(() -> new ChangeRejected("There is no unit with the code " + definition.parentCode() + "."));
		if (!definition.kind().mayBeChildOf(parent.kind())) {
			throw new ChangeRejected("A " + definition.kind().label().toLowerCase(java.util.Locale.ROOT)
					+ " cannot sit below a " + parent.kind().label().toLowerCase(java.util.Locale.ROOT) + ".");
		}
		return parent;
	}

	private static String nameOf(OrganisationUnit unit) {
		return (unit != null) ? unit.name() : "the top of the tree";
	}

	private Fields fields(OrganisationUnit unit) {
		String parent = (unit.parentId() != null)
				? this.units.findById(unit.parentId()).map(OrganisationUnit::code).orElse(null) : null;
		return Fields.of("name", unit.name(), "kind", unit.kind().label(), "parent", parent);
	}

}
