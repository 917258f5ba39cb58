package uk.beacon.setup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.beacon.access.Audience;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.Scorecards;

/**
 * What a performance officer does next to set a council up, council by council: its
 * organisation, its indicators, their targets, a scorecard with its indicators placed,
 * and the quarter's figures; each step done or with the link that does it. A blank
 * install starts here with its council.
 */
@Controller
class SetupController {

	private final KeptUnits kept;

	private final OrganisationUnits units;

	private final Indicators indicators;

	private final IndicatorTargets targets;

	private final Scorecards scorecards;

	private final CurrentViewer viewer;

	private final Clock clock;

	SetupController(KeptUnits kept, OrganisationUnits units, Indicators indicators, IndicatorTargets targets,
			Scorecards scorecards, CurrentViewer viewer, Clock clock) {
		this.kept = kept;
		this.units = units;
		this.indicators = indicators;
		this.targets = targets;
		this.scorecards = scorecards;
		this.viewer = viewer;
		this.clock = clock;
	}

	/**
	 * A council's set-up as it stands.
	 *
	 * @param units its directorates and services
	 * @param withoutTarget its indicators that have no target (the first few)
	 * @param withoutTargetCount how many have none
	 * @param scorecards its scorecards with how many indicators each has placed
	 */
	record CouncilSetup(OrganisationUnit council, OrganisationUnit topKept, int units, int indicators,
			List<Indicator> withoutTarget, int withoutTargetCount, List<PlacedScorecard> scorecards) {

		public boolean hasScorecardWithIndicators() {
			return this.scorecards.stream().anyMatch(s -> s.placed() > 0);
		}

	}

	record PlacedScorecard(Scorecard scorecard, int placed) {
	}

	@GetMapping("/setup")
	String setup(Model model) {
		var actor = this.viewer.actor();
		Audience audience = this.viewer.audience();
		List<OrganisationUnit> keptUnits = this.kept.keptBy(actor);
		List<OrganisationUnit> all = this.units.findAll();
		Map<Long, OrganisationUnit> byId = new java.util.HashMap<>();
		all.forEach(u -> byId.put(u.id(), u));
		// the units the person keeps, by their council, in the tree's order: the part of
		// each council they can act on
		Map<OrganisationUnit, List<OrganisationUnit>> keptByCouncil = new java.util.LinkedHashMap<>();
		for (OrganisationUnit unit : keptUnits) {
			OrganisationUnit council = unit;
			while (council.parentId() != null && byId.containsKey(council.parentId())) {
				council = byId.get(council.parentId());
			}
			keptByCouncil.computeIfAbsent(council, c -> new ArrayList<>()).add(unit);
		}
		List<Scorecard> allScorecards = this.scorecards.findAll();
		List<CouncilSetup> councils = new ArrayList<>();
		for (Map.Entry<OrganisationUnit, List<OrganisationUnit>> part : keptByCouncil.entrySet()) {
			OrganisationUnit council = part.getKey();
			Set<Long> within = new java.util.HashSet<>();
			part.getValue().forEach(u -> within.add(u.id()));
			OrganisationUnit topKept = part.getValue().get(0);
			List<Indicator> theirs = this.indicators.findInUnits(within)
				.stream()
				.filter(i -> i.isPublic() || audience.seesRestricted(i.organisationUnitId()))
				.sorted(java.util.Comparator.comparing(Indicator::code))
				.toList();
			Map<Long, List<IndicatorTarget>> held = this.targets
				.forIndicators(theirs.stream().map(Indicator::id).toList());
			List<Indicator> without = theirs.stream()
				.filter(i -> held.getOrDefault(i.id(), List.of()).isEmpty())
				.toList();
			List<PlacedScorecard> cards = allScorecards.stream()
				.filter(s -> within.contains(s.organisationUnitId()))
				.map(s -> new PlacedScorecard(s,
						(int) s.sections().stream().flatMap(x -> x.indicatorIds().stream()).distinct().count()))
				.toList();
			int units = (int) part.getValue().stream().filter(u -> u.kind() != OrganisationKind.COUNCIL).count();
			councils.add(new CouncilSetup(council, topKept, units, theirs.size(), without.stream().limit(10).toList(),
					without.size(), cards));
		}
		model.addAttribute("councils", councils);
		model.addAttribute("addsCouncils", actor.holdsEverywhere(uk.beacon.access.Role.PERFORMANCE_OFFICER));
		model.addAttribute("quarter", FinancialQuarter.containing(LocalDate.now(this.clock)));
		return "setup";
	}

}
