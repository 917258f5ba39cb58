package uk.beacon.setup.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.beacon.access.Actor;
import uk.beacon.access.Grant;
import uk.beacon.access.Role;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;

/**
 * The units of the organisation tree a performance officer keeps: those their role is
 * held over and every unit below them (all of them for a role held over every council),
 * in the tree's order, for the pages' choices.
 */
@Component
class KeptUnits {

	private final OrganisationUnits units;

	KeptUnits(OrganisationUnits units) {
		this.units = units;
	}

	/** Every unit, a council then its directorates, each followed by its services. */
	List<OrganisationUnit> all() {
		List<OrganisationUnit> all = this.units.findAll();
		List<OrganisationUnit> ordered = new java.util.ArrayList<>();
		all.stream()
			.filter(u -> u.parentId() == null)
			.sorted(Comparator.comparing(OrganisationUnit::name))
			.forEach(council -> addWithChildren(council, all, ordered));
		return ordered;
	}

	private static void addWithChildren(OrganisationUnit unit, List<OrganisationUnit> all,
			List<OrganisationUnit> ordered) {
		ordered.add(unit);
		all.stream()
			.filter(u -> unit.id().equals(u.parentId()))
			.sorted(Comparator.comparing(OrganisationUnit::name))
			.forEach(child -> addWithChildren(child, all, ordered));
	}

	/** The units the person keeps, in the tree's order. */
	List<OrganisationUnit> keptBy(Actor actor) {
		if (actor.holdsEverywhere(Role.PERFORMANCE_OFFICER)) {
			return all();
		}
		Set<Long> reached = this.units.subtreesOf(actor.grants()
			.stream()
			.filter(g -> g.role() == Role.PERFORMANCE_OFFICER && g.unitId() != null)
			.map(Grant::unitId)
			.toList());
		return all().stream().filter(u -> reached.contains(u.id())).toList();
	}

	/** The units a new unit of the kind may sit below, among those the person keeps. */
	List<OrganisationUnit> parentsFor(Actor actor) {
		return inUse(actor).stream().filter(u -> u.kind() != OrganisationKind.SERVICE).toList();
	}

	/** The units the person keeps that are in use: where something new may be added. */
	List<OrganisationUnit> inUse(Actor actor) {
		return keptBy(actor).stream().filter(u -> !u.retired()).toList();
	}

	/** How deep the unit sits: 0 for a council. */
	static int depth(OrganisationUnit unit) {
		return switch (unit.kind()) {
			case COUNCIL -> 0;
			case DIRECTORATE -> 1;
			case SERVICE -> 2;
		};
	}

}
