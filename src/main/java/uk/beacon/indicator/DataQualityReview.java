package uk.beacon.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Audience;
import uk.beacon.analytics.DataQualityIssue;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

/**
 * The council-wide list of data to check: every flag of every indicator in use that the
 * person may see (those for publication, and those not for publication in the parts of
 * the council whose restricted items they see), worked out by the same rule as each
 * indicator's page. An indicator retired by the current quarter is left out: nothing more
 * is collected for it, and its page still shows its flags.
 */
@Service
@Transactional(readOnly = true)
public class DataQualityReview {

	private final Indicators indicators;

	private final IndicatorPerformances performances;

	private final OrganisationUnits units;

	private final Clock clock;

	DataQualityReview(Indicators indicators, IndicatorPerformances performances, OrganisationUnits units, Clock clock) {
		this.indicators = indicators;
		this.performances = performances;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * @throws DataQualityFilter.Rejected when the filter names a unit or an owner there
	 * is not
	 */
	public DataQualityReport review(DataQualityFilter filter, Audience audience) {
		List<OrganisationUnit> allUnits = this.units.findAll();
		Map<Long, OrganisationUnit> unitsById = new HashMap<>();
		allUnits.forEach(u -> unitsById.put(u.id(), u));
		FinancialQuarter now = FinancialQuarter.containing(LocalDate.now(this.clock));
		List<Indicator> visible = this.indicators.findAll()
			.stream()
			.filter(i -> i.isPublic() || audience.seesRestricted(i.organisationUnitId()))
			.filter(i -> !i.retiredBy(now))
			.toList();
		List<String> owners = owners(visible);
		Set<Long> within = within(filter, allUnits);
		if (filter.owner() != null && owners.stream().noneMatch(o -> o.equalsIgnoreCase(filter.owner()))) {
			throw new DataQualityFilter.Rejected("owner", "No indicator you may see has the owner \"" + filter.owner()
					+ "\". Choose an owner from the list, or none for every owner.");
		}
		List<Indicator> checked = visible.stream()
			.filter(i -> within == null || within.contains(i.organisationUnitId()))
			.filter(filter::ownedBy)
			.toList();
		Map<Long, List<FiguresToCheck.Flagged>> flags = this.performances
			.figuresToCheck(checked.stream().map(Indicator::id).toList());
		Map<DataQualityIssue, Long> counts = new EnumMap<>(DataQualityIssue.class);
		for (DataQualityIssue kind : DataQualityIssue.values()) {
			counts.put(kind, 0L);
		}
		List<DataQualityReport.Row> rows = new ArrayList<>();
		Set<Long> flagged = new java.util.HashSet<>();
		for (Indicator indicator : checked) {
			for (FiguresToCheck.Flagged f : flags.getOrDefault(indicator.id(), List.of())) {
				DataQualityIssue kind = f.flag().issue();
				counts.merge(kind, 1L, Long::sum);
				if (filter.kind() == null || filter.kind() == kind) {
					rows.add(new DataQualityReport.Row(indicator, unitsById.get(indicator.organisationUnitId()), kind,
							f.period(), f.flag().message()));
					flagged.add(indicator.id());
				}
			}
		}
		return new DataQualityReport(filter, List.copyOf(rows), counts, checked.size(), flagged.size(),
				choices(allUnits), owners);
	}

	/** The unit chosen and every unit below it, or {@code null} for every unit. */
	private Set<Long> within(DataQualityFilter filter, List<OrganisationUnit> allUnits) {
		if (filter.unit() == null) {
			return null;
		}
		OrganisationUnit unit = allUnits.stream()
			.filter(u -> u.code().equalsIgnoreCase(filter.unit()))
			.findFirst()
			.orElseThrow(() -> new DataQualityFilter.Rejected("unit", "There is no council, directorate or service "
					+ "with the code \"" + filter.unit() + "\". Choose a unit from the list, or none for every unit."));
		return this.units.subtreesOf(List.of(unit.id()));
	}

	private static List<String> owners(List<Indicator> indicators) {
		// one spelling for each name, whatever its capitals
		Map<String, String> byKey = new TreeMap<>();
		for (Indicator indicator : indicators) {
			if (indicator.ownerName() != null && !indicator.ownerName().isBlank()) {
				String name = indicator.ownerName().trim();
				byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
			}
		}
		return List.copyOf(byKey.values());
	}

	/** Councils by name, each followed by its units, a level at a time, by name. */
	private static List<DataQualityReport.UnitChoice> choices(List<OrganisationUnit> all) {
		Map<Long, List<OrganisationUnit>> children = new HashMap<>();
		List<OrganisationUnit> councils = new ArrayList<>();
		for (OrganisationUnit unit : all) {
			if (unit.parentId() == null) {
				councils.add(unit);
			}
			else {
				children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
			}
		}
		List<DataQualityReport.UnitChoice> choices = new ArrayList<>();
		councils.stream().sorted(BY_NAME).forEach(c -> add(c, 0, children, choices));
		return List.copyOf(choices);
	}

	private static final Comparator<OrganisationUnit> BY_NAME = Comparator
		.comparing((OrganisationUnit u) -> u.name().toLowerCase(Locale.ROOT))
		.thenComparing(OrganisationUnit::code);

	private static void add(OrganisationUnit unit, int depth, Map<Long, List<OrganisationUnit>> children,
			List<DataQualityReport.UnitChoice> choices) {
		choices.add(new DataQualityReport.UnitChoice(unit.code(), unit.name(), depth, unit.retired()));
		if (depth < 20) {
			children.getOrDefault(unit.id(), List.of())
				.stream()
				.sorted(BY_NAME)
				.forEach(child -> add(child, depth + 1, children, choices));
		}
	}

}
