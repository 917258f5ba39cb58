package uk.beacon.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;

/**
 * The scorecards as the council is organised: each council's own, its directorates' and
 * their services', so that a resident finds a directorate's scorecard from the council's
 * and an indicator's place in the tree. Scorecards are public (the indicators on them
 * that are not for publication are left out when one is shown), so the tree is the same
 * for everyone.
 */
@Service
@Transactional(readOnly = true)
public class ScorecardHierarchy {

	/** Corporate scorecards before directorates', then by name. */
	private static final Comparator<Scorecard> ORDER = Comparator.comparing(Scorecard::kind)
		.thenComparing(Scorecard::name, String.CASE_INSENSITIVE_ORDER);

	private final Scorecards scorecards;

	private final OrganisationUnits units;

	ScorecardHierarchy(Scorecards scorecards, OrganisationUnits units) {
		this.scorecards = scorecards;
		this.units = units;
	}

	/**
	 * A unit with its scorecards and the units below it. A retired unit is left out
	 * unless a scorecard is held by it or below it (its past quarters stay readable).
	 *
	 * @param unit the unit
	 * @param scorecards the unit's own scorecards, corporate first
	 * @param below the units directly below it, in the order they were added
	 */
	public record Place(OrganisationUnit unit, List<Scorecard> scorecards, List<Place> below) {

		/** Whether the unit or any unit below it holds a scorecard. */
		public boolean holdsScorecards() {
			return !this.scorecards.isEmpty() || this.below.stream().anyMatch(Place::holdsScorecards);
		}

		/** Every unit below this one that holds a scorecard of its own, nearest first. */
		public List<Place> placesBelowWithScorecards() {
			List<Place> found = new ArrayList<>();
			List<Place> level = this.below;
			while (!level.isEmpty()) {
				List<Place> next = new ArrayList<>();
				for (Place place : level) {
					if (!place.scorecards().isEmpty()) {
						found.add(place);
					}
					next.addAll(place.below());
				}
				level = next;
			}
			return found;
		}

	}

	/** Every council with everything below it, in the order the councils were added. */
	public List<Place> councils() {
		Tree tree = tree();
		return tree.all()
			.stream()
			.filter(u -> u.kind() == OrganisationKind.COUNCIL)
			.map(tree::place)
			.filter(p -> !p.unit().retired() || p.holdsScorecards())
			.toList();
	}

	/** The unit with this code and everything below it. */
	public Optional<Place> unit(String code) {
		Tree tree = tree();
		return tree.all().stream().filter(u -> u.code().equals(code)).findFirst().map(tree::place);
	}

	/**
	 * The units from the council down to this one, both included: the trail of
	 * breadcrumbs to a page about it.
	 */
	public List<OrganisationUnit> trail(long unitId) {
		return this.units.trailTo(unitId);
	}

	/**
	 * The units holding the scorecards one level down from this one: each unit below the
	 * scorecard's with scorecards of its own or, for one with none, the nearest units
	 * below it that have. A corporate scorecard leads to the directorates' scorecards, a
	 * directorate's to its services'.
	 */
	public List<Place> below(Scorecard scorecard) {
		Tree tree = tree();
		List<Place> found = new ArrayList<>();
		List<Place> level = tree.place(tree.unit(scorecard.organisationUnitId())).below();
		while (!level.isEmpty()) {
			List<Place> next = new ArrayList<>();
			for (Place place : level) {
				if (place.scorecards().isEmpty()) {
					next.addAll(place.below());
				}
				else {
					found.add(place);
				}
			}
			level = next;
		}
		return found;
	}

	/**
	 * The scorecards one level up: those of the nearest unit above the scorecard's that
	 * has any, with that unit.
	 */
	public Optional<Place> above(Scorecard scorecard) {
		Tree tree = tree();
		OrganisationUnit unit = tree.unit(scorecard.organisationUnitId());
		for (int depth = 0; unit.parentId() != null && depth < 20; depth++) {
			unit = tree.unit(unit.parentId());
			List<Scorecard> held = tree.scorecardsOf(unit.id());
			if (!held.isEmpty()) {
				return Optional.of(new Place(unit, held, List.of()));
			}
		}
		return Optional.empty();
	}

	private Tree tree() {
		List<OrganisationUnit> all = this.units.findAll();
		Map<Long, List<Scorecard>> byUnit = new HashMap<>();
		for (Scorecard scorecard : this.scorecards.findAll()) {
			byUnit.computeIfAbsent(scorecard.organisationUnitId(), id -> new ArrayList<>()).add(scorecard);
		}
		byUnit.values().forEach(held -> held.sort(ORDER));
		return new Tree(all, byUnit);
	}

	/** Every unit and scorecard, read once for a request. */
	private record Tree(List<OrganisationUnit> all, Map<Long, List<Scorecard>> byUnit) {

		OrganisationUnit unit(long id) {
			return this.all.stream()
				.filter(u -> u.id() == id)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No unit " + id));
		}

		List<Scorecard> scorecardsOf(long unitId) {
			return this.byUnit.getOrDefault(unitId, List.of());
		}

		Place place(OrganisationUnit unit) {
			return place(unit, 0);
		}

		private Place place(OrganisationUnit unit, int depth) {
			List<Place> below = new ArrayList<>();
			if (depth < 20) {
				for (OrganisationUnit child : this.all) {
					if (unit.id().equals(child.parentId())) {
						Place place = place(child, depth + 1);
						if (!child.retired() || place.holdsScorecards()) {
							below.add(place);
						}
					}
				}
			}
			return new Place(unit, scorecardsOf(unit.id()), below);
		}

	}

}
