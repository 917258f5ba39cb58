package uk.beacon.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Audience;
import uk.beacon.indicator.IndicatorPerformances;
import uk.beacon.indicator.Performance;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.ScorecardViews;

/**
 * Builds dashboards: every indicator owned by a unit or any unit below it, evaluated for
 * a quarter, counted by status, grouped for drill-down and filtered. Dashboards are for
 * people signed in with a role (see the security configuration), so they include
 * indicators not for publication.
 */
@Service
@Transactional(readOnly = true)
public class DashboardViews {

	private final OrganisationUnits units;

	private final IndicatorPerformances performances;

	private final ScorecardViews scorecards;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	DashboardViews(OrganisationUnits units, IndicatorPerformances performances, ScorecardViews scorecards,
			JdbcClient jdbc, java.time.Clock clock) {
		this.clock = clock;
		this.units = units;
		this.performances = performances;
		this.scorecards = scorecards;
		this.jdbc = jdbc;
	}

	/**
	 * Every council's counts, of the indicators the audience may see: those for
	 * publication, and those not for publication in the parts of the council whose
	 * restricted items the audience sees.
	 */
	public List<UnitDashboard.UnitCounts> councils(Audience audience) {
		List<OrganisationUnit> all = this.units.findAll();
		Map<Long, Long> unitOfIndicator = unitOfIndicator(audience);
		List<UnitDashboard.UnitCounts> councils = new ArrayList<>();
		for (OrganisationUnit council : all) {
			if (council.kind() == OrganisationKind.COUNCIL) {
				List<Long> ids = indicatorsUnder(council, all, unitOfIndicator);
				FinancialQuarter period = latest(this.performances.reportingPeriods(ids))
					.orElse(FinancialQuarter.containing(java.time.LocalDate.now(this.clock)));
				councils.add(new UnitDashboard.UnitCounts(council,
						StatusCounts.of(this.performances.at(ids, period).values())));
			}
		}
		return councils;
	}

	/**
	 * The quarter a unit's dashboard shows: the one asked for, or else the latest in
	 * which any indicator the audience sees under the unit was reported, or else the one
	 * of today. Dashboards of the same unit and quarter are alike whichever way it was
	 * named.
	 * @return the quarter, or nothing when there is no such unit
	 */
	public Optional<FinancialQuarter> quarter(String unitCode, Optional<FinancialQuarter> requested,
			Audience audience) {
		List<OrganisationUnit> all = this.units.findAll();
		return unit(unitCode, all).map(unit -> requested.orElseGet(() -> shown(Optional.empty(),
				this.performances.reportingPeriods(indicatorsUnder(unit, all, unitOfIndicator(audience))))));
	}

	public Optional<UnitDashboard> dashboard(String unitCode, Optional<FinancialQuarter> requested,
			DashboardFilter filter, Audience audience) {
		List<OrganisationUnit> all = this.units.findAll();
		Optional<OrganisationUnit> found = unit(unitCode, all);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		OrganisationUnit unit = found.get();
		Map<Long, Long> unitOfIndicator = unitOfIndicator(audience);
		List<Long> ids = indicatorsUnder(unit, all, unitOfIndicator);
		List<FinancialQuarter> periods = this.performances.reportingPeriods(ids);
		FinancialQuarter period = shown(requested, periods);
		// evaluated once; the units below and the objectives are counted from these
		Map<Long, Performance> byId = new LinkedHashMap<>(this.performances.at(ids, period));
		// an indicator retired by the quarter is not counted in it
		byId.values().removeIf(p -> p.indicator().retiredBy(period));
		Map<Long, OrganisationUnit> unitsById = new HashMap<>();
		all.forEach(u -> unitsById.put(u.id(), u));
		Map<Long, List<String>> sectionsOf = new HashMap<>();
		List<UnitDashboard.ObjectiveCounts> objectives = new ArrayList<>();
		for (Scorecard scorecard : this.scorecards.all()) {
			for (ScorecardSection section : scorecard.sections()) {
				List<Performance> inSection = new ArrayList<>();
				for (Long id : section.indicatorIds()) {
					if (byId.containsKey(id)) {
						sectionsOf.computeIfAbsent(id, i -> new ArrayList<>()).add(section.title());
						inSection.add(byId.get(id));
					}
				}
				if (unit.kind() == OrganisationKind.COUNCIL && !inSection.isEmpty()) {
					objectives.add(new UnitDashboard.ObjectiveCounts(scorecard.id(), scorecard.name(), section.title(),
							StatusCounts.of(inSection)));
				}
			}
		}
		List<UnitDashboard.UnitCounts> children = new ArrayList<>();
		for (OrganisationUnit child : all) {
			if (unit.id().equals(child.parentId())) {
				Set<Long> childIds = Set.copyOf(indicatorsUnder(child, all, unitOfIndicator));
				children.add(new UnitDashboard.UnitCounts(child, StatusCounts
					.of(byId.values().stream().filter(p -> childIds.contains(p.indicator().id())).toList())));
			}
		}
		List<UnitDashboard.Row> rows = new ArrayList<>();
		for (Performance p : byId.values()) {
			List<String> sections = sectionsOf.getOrDefault(p.indicator().id(), List.of());
			if (filter.matches(p, sections)) {
				rows.add(new UnitDashboard.Row(p, unitsById.get(p.indicator().organisationUnitId()), sections));
			}
		}
		rows.sort(java.util.Comparator.comparing((UnitDashboard.Row r) -> r.performance().indicator().code()));
		Set<String> sectionNames = new TreeSet<>();
		sectionsOf.values().forEach(sectionNames::addAll);
		List<Performance> own = byId.values()
			.stream()
			.filter(p -> p.indicator().organisationUnitId() == unit.id())
			.toList();
		StatusCounts ownCounts = (children.isEmpty() || own.isEmpty()) ? null : StatusCounts.of(own);
		long updated = byId.values().stream().filter(Performance::updatedThisPeriod).count();
		return Optional
			.of(new UnitDashboard(unit, trail(unit, unitsById), period, periods, StatusCounts.of(byId.values()),
					updated, children, ownCounts, objectives, filter, rows, List.copyOf(sectionNames)));
	}

	private static Optional<OrganisationUnit> unit(String code, List<OrganisationUnit> all) {
		return all.stream().filter(u -> u.code().equals(code)).findFirst();
	}

	private FinancialQuarter shown(Optional<FinancialQuarter> requested, List<FinancialQuarter> periods) {
		return requested.or(() -> latest(periods))
			.orElseGet(() -> FinancialQuarter.containing(java.time.LocalDate.now(this.clock)));
	}

	private static Optional<FinancialQuarter> latest(List<FinancialQuarter> periods) {
		return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
	}

	// the unit of every indicator the audience may see, read once a request rather than
	// once for each unit counted
	private Map<Long, Long> unitOfIndicator(Audience audience) {
		Map<Long, Long> unitOf = new LinkedHashMap<>();
		this.jdbc.sql("select id, organisation_unit_id, is_public from indicator order by code")
			.query((java.sql.ResultSet rs) -> {
				if (rs.getBoolean(3) || audience.seesRestricted(rs.getLong(2))) {
					unitOf.put(rs.getLong(1), rs.getLong(2));
				}
			});
		return unitOf;
	}

	private static List<Long> indicatorsUnder(OrganisationUnit unit, List<OrganisationUnit> all,
			Map<Long, Long> unitOfIndicator) {
		Set<Long> unitIds = new java.util.HashSet<>();
		unitIds.add(unit.id());
		boolean grew = true;
		while (grew) {
			grew = false;
			for (OrganisationUnit u : all) {
				if (u.parentId() != null && unitIds.contains(u.parentId()) && unitIds.add(u.id())) {
					grew = true;
				}
			}
		}
		List<Long> ids = new ArrayList<>();
		unitOfIndicator.forEach((id, unitId) -> {
			if (unitIds.contains(unitId)) {
				ids.add(id);
			}
		});
		return ids;
	}

	private static List<OrganisationUnit> trail(OrganisationUnit unit, Map<Long, OrganisationUnit> unitsById) {
		List<OrganisationUnit> trail = new ArrayList<>();
		OrganisationUnit current = unit;
		while (current.parentId() != null) {
			current = unitsById.get(current.parentId());
			trail.add(0, current);
		}
		return trail;
	}

}
