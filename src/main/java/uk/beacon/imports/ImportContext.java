package uk.beacon.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.beacon.access.Actor;
import uk.beacon.access.NotPermitted;
import uk.beacon.access.Role;
import uk.beacon.access.UnitPath;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.scorecard.Scorecards;

/**
 * What an import can refer to: what its own files define, then what Beacon already holds.
 */
final class ImportContext {

	final Map<String, OrganisationRows.Draft> units = new LinkedHashMap<>();

	final Map<String, IndicatorRows.Draft> indicators = new LinkedHashMap<>();

	final Problems problems;

	/**
	 * What is right but worth a second look, shown in the preview; a warning stops
	 * nothing.
	 */
	final List<ImportProblem> warnings = new ArrayList<>();

	/**
	 * Who is importing: every row is checked against the part of the council they may
	 * change.
	 */
	final Actor actor;

	private final OrganisationUnits savedUnits;

	private final Indicators savedIndicators;

	private final Scorecards scorecards;

	ImportContext(OrganisationUnits savedUnits, Indicators savedIndicators, Scorecards scorecards, Problems problems,
			Actor actor) {
		this.problems = problems;
		this.savedUnits = savedUnits;
		this.savedIndicators = savedIndicators;
		this.scorecards = scorecards;
		this.actor = actor;
	}

	// the same unit or indicator is checked once, however many rows name it
	private final Map<String, Optional<String>> refusals = new java.util.HashMap<>();

	/**
	 * Reports a problem on the row when the importer does not hold one of the roles over
	 * the unit (by code, as this import leaves the tree): over it or the nearest unit
	 * above it that Beacon already holds, or over every council for a council that is
	 * new. The refusal holds only if the row changes something ({@link Problems}), so the
	 * row is read on either way.
	 * @param what the change in words that follow "You cannot", e.g. "change WCC-CFC-04"
	 * @return true: the row is read on
	 */
	boolean checkScope(CsvRow row, String column, String unitCode, String what, Role... roles) {
		if (this.actor.isAdministrator()) {
			return true;
		}
		refusalOver(unitCode, what, roles).ifPresent(message -> row.scopeProblem(column, message));
		return true;
	}

	private Optional<String> refusalOver(String unitCode, String what, Role... roles) {
		return this.refusals.computeIfAbsent(unitCode + "|" + what + "|" + java.util.Arrays.toString(roles),
				key -> refusal(unitCode, what, roles));
	}

	/**
	 * Reports a problem on the row when the importer does not hold one of the roles over
	 * the unit Beacon already holds with this identity.
	 */
	boolean checkScope(CsvRow row, String column, long unitId, String what, Role... roles) {
		if (this.actor.isAdministrator()) {
			return true;
		}
		Optional<String> refusal = this.refusals.computeIfAbsent(
				"#" + unitId + "|" + what + "|" + java.util.Arrays.toString(roles),
				key -> refusal(this.savedUnits.pathOf(unitId), what, roles));
		refusal.ifPresent(message -> row.scopeProblem(column, message));
		return true;
	}

	private Optional<String> refusal(String unitCode, String what, Role... roles) {
		Optional<UnitPath> path = savedPathOf(unitCode);
		if (path.isPresent()) {
			return refusal(path.get(), what, roles);
		}
		try {
			this.actor.requireEverywhere(what, roles);
			return Optional.empty();
		}
		catch (NotPermitted ex) {
			return Optional.of(ex.getMessage());
		}
	}

	private Optional<String> refusal(UnitPath path, String what, Role... roles) {
		try {
			this.actor.require(path, what, roles);
			return Optional.empty();
		}
		catch (NotPermitted ex) {
			return Optional.of(ex.getMessage());
		}
	}

	/**
	 * Where the unit sits, from the nearest unit at or above it that Beacon already
	 * holds; empty for a council this import adds, or a code nobody knows.
	 */
	private Optional<UnitPath> savedPathOf(String unitCode) {
		String code = unitCode;
		for (int depth = 0; depth < 10 && code != null; depth++) {
			Optional<OrganisationUnit> saved = savedUnit(code);
			if (saved.isPresent()) {
				return Optional.of(this.savedUnits.pathOf(saved.get().id()));
			}
			OrganisationRows.Draft draft = this.units.get(code);
			code = (draft != null) ? draft.parentCode() : null;
		}
		return Optional.empty();
	}

	/**
	 * The code of the unit that will own the indicator once this import is saved.
	 */
	Optional<String> unitCodeOf(String indicatorCode) {
		IndicatorRows.Draft draft = this.indicators.get(indicatorCode);
		if (draft != null) {
			return Optional.of(draft.organisationCode());
		}
		return savedIndicator(indicatorCode).flatMap(i -> this.savedUnits.findById(i.organisationUnitId()))
			.map(OrganisationUnit::code);
	}

	/**
	 * Reports a problem on the row when the importer is not a performance officer for the
	 * indicator's unit, as this import leaves it.
	 * @param what the change in words, e.g. "set targets for"
	 */
	boolean checkIndicatorScope(CsvRow row, String indicatorCode, String what, Role... roles) {
		if (this.actor.isAdministrator()) {
			return true;
		}
		// by change and indicator, with no key put together for each of a million rows (a
		// change in words always needs the same roles)
		this.indicatorRefusals.computeIfAbsent(what, w -> new java.util.HashMap<>())
			.computeIfAbsent(indicatorCode,
					code -> unitCodeOf(code).flatMap(unit -> refusalOver(unit, what + " " + code, roles)))
			.ifPresent(message -> row.scopeProblem("indicator_code", message));
		return true;
	}

	private final Map<String, Map<String, Optional<String>>> indicatorRefusals = new java.util.HashMap<>();

	/**
	 * Reports a problem on the row when it names an indicator not for publication that
	 * the importer may not see: the row may neither change it nor learn what it holds,
	 * even that the row matches it.
	 * @return whether the importer may see the indicator (or Beacon holds none)
	 */
	boolean checkVisible(CsvRow row, String column, String indicatorCode) {
		if (this.actor.isAdministrator() || indicatorCode == null) {
			return true;
		}
		Optional<Indicator> saved = savedIndicator(indicatorCode).filter(i -> !i.isPublic());
		if (saved.isEmpty() || maysee(saved.get())) {
			return true;
		}
		try {
			this.actor.require(this.savedUnits.pathOf(saved.get().organisationUnitId()),
					"change " + indicatorCode + ", which is not for publication", Role.RESTRICTED_READER);
		}
		catch (NotPermitted ex) {
			row.problem(column, ex.getMessage());
		}
		return false;
	}

	/** Whether the importer may see the indicator Beacon holds. */
	boolean maysee(Indicator indicator) {
		return indicator.isPublic() || this.actor.isAdministrator()
				|| this.visible.computeIfAbsent(indicator.organisationUnitId(),
						unit -> this.actor.holds(this.savedUnits.pathOf(unit), Role.RESTRICTED_READER));
	}

	private final Map<Long, Boolean> visible = new java.util.HashMap<>();

	/**
	 * Reports a problem on the row when Beacon already holds a scorecard with this code
	 * and the importer may not change it.
	 */
	boolean checkScorecardScope(CsvRow row, String scorecardCode) {
		if (this.actor.isAdministrator()) {
			return true;
		}
		return this.scorecards.idOf(scorecardCode)
			.flatMap(this.scorecards::findById)
			.map(s -> checkScope(row, "scorecard_code", s.organisationUnitId(), "change the scorecard " + scorecardCode,
					Role.PERFORMANCE_OFFICER))
			.orElse(true);
	}

	/** Whether the indicator Beacon holds with this code is for publication. */
	Optional<Boolean> savedPublication(String indicatorCode) {
		return (this.savedIndicators != null) ? savedIndicator(indicatorCode).map(Indicator::isPublic)
				: Optional.empty();
	}

	/**
	 * Reports a problem on the row when it would publish an indicator not for publication
	 * that the importer may not see.
	 */
	boolean checkPublicationScope(CsvRow row, String indicatorCode, boolean isPublic) {
		if (this.actor.isAdministrator() || !isPublic) {
			return true;
		}
		return savedIndicator(indicatorCode).filter(i -> !i.isPublic())
			.map(i -> checkScope(row, "public", i.organisationUnitId(),
					"publish " + indicatorCode + ", which is not for publication", Role.RESTRICTED_READER))
			.orElse(true);
	}

	/**
	 * Reports a problem on the row when Beacon already holds an indicator with this code
	 * and the importer may not change it where it is now.
	 */
	boolean checkRedefinitionScope(CsvRow row, String indicatorCode) {
		if (this.actor.isAdministrator()) {
			return true;
		}
		return savedIndicator(indicatorCode)
			.map(i -> checkScope(row, "code", i.organisationUnitId(), "change " + indicatorCode,
					IndicatorManagement.keepers()))
			.orElse(true);
	}

	/**
	 * Reports a problem on the row when the importer may not add or change the unit: a
	 * role over the unit if Beacon holds it, over the unit it will sit below, and over
	 * every council for a new council.
	 */
	boolean checkUnitScope(CsvRow row, String code, String name, String parentCode) {
		if (this.actor.isAdministrator()) {
			return true;
		}
		Optional<OrganisationUnit> saved = savedUnit(code);
		if (saved.isPresent() && !checkScope(row, "code", saved.get().id(), "change " + saved.get().name(),
				Role.PERFORMANCE_OFFICER)) {
			return false;
		}
		if (parentCode != null) {
			return checkScope(row, "parent_code", parentCode,
					(saved.isPresent() ? "move " : "add ") + name + " below " + parentCode, Role.PERFORMANCE_OFFICER);
		}
		if (saved.isPresent() && saved.get().parentId() == null) {
			return true;
		}
		// a new council, or a unit taken out of its council, needs the role over every
		// council
		try {
			this.actor.requireEverywhere(saved.isPresent() ? "make " + saved.get().name() + " a council of its own"
					: "add the council " + name, Role.PERFORMANCE_OFFICER);
			return true;
		}
		catch (NotPermitted ex) {
			row.scopeProblem("parent_code", ex.getMessage());
			return true;
		}
	}

	/**
	 * Reports a problem on the row when the unit Beacon holds has units below it that
	 * could not sit below a unit of the new kind.
	 */
	boolean checkChildrenStillFit(CsvRow row, String code, OrganisationKind kind) {
		Optional<OrganisationUnit> saved = (this.savedUnits != null) ? savedUnit(code) : Optional.empty();
		if (saved.isEmpty() || saved.get().kind() == kind) {
			return true;
		}
		for (OrganisationUnit child : this.savedUnits.childrenOf(saved.get().id())) {
			OrganisationRows.Draft redefined = this.units.get(child.code());
			OrganisationKind childKind = (redefined != null) ? redefined.kind() : child.kind();
			String childParent = (redefined != null) ? redefined.parentCode() : code;
			if (code.equals(childParent) && !childKind.mayBeChildOf(kind)) {
				row.problem("kind",
						saved.get().name() + " cannot become a " + kind.label().toLowerCase(java.util.Locale.ROOT)
								+ ": " + child.name() + ", a " + childKind.label().toLowerCase(java.util.Locale.ROOT)
								+ ", sits below it. Move the units below it first.");
				return false;
			}
		}
		return true;
	}

	// a large import refers to the same few units and indicators on thousands of rows:
	// read each once
	private final Map<String, Optional<OrganisationUnit>> unitCache = new java.util.HashMap<>();

	private final Map<String, Optional<Indicator>> indicatorCache = new java.util.HashMap<>();

	Optional<OrganisationKind> unitKind(String code) {
		OrganisationRows.Draft draft = this.units.get(code);
		if (draft != null) {
			return Optional.of(draft.kind());
		}
		return savedUnit(code).map(OrganisationUnit::kind);
	}

	Optional<OrganisationUnit> savedUnit(String code) {
		if (this.savedUnits == null) {
			// files read on their own, as the tests of the demo data read them
			return Optional.empty();
		}
		return this.unitCache.computeIfAbsent(code, this.savedUnits::findByCode);
	}

	Optional<Indicator> savedIndicator(String code) {
		if (this.savedIndicators == null) {
			// files read on their own, as the tests of the demo data read them
			return Optional.empty();
		}
		return this.indicatorCache.computeIfAbsent(code, this.savedIndicators::findByCode);
	}

	/**
	 * @return the indicator's definition as this import leaves it
	 */
	Optional<Indicator> indicator(String code) {
		IndicatorRows.Draft draft = this.indicators.get(code);
		if (draft != null) {
			return Optional.of(draft.indicator());
		}
		return savedIndicator(code);
	}

	/**
	 * @return the code of the council at the top of the tree the unit sits in
	 */
	Optional<String> councilOf(String unitCode) {
		String code = unitCode;
		for (int depth = 0; depth < 10 && code != null; depth++) {
			OrganisationRows.Draft draft = this.units.get(code);
			OrganisationUnit saved = (draft == null) ? savedUnit(code).orElse(null) : null;
			if (draft == null && saved == null) {
				return Optional.empty();
			}
			OrganisationKind kind = (draft != null) ? draft.kind() : saved.kind();
			if (kind == OrganisationKind.COUNCIL) {
				return Optional.of(code);
			}
			code = (draft != null) ? draft.parentCode()
					: this.savedUnits.findById(saved.parentId()).map(OrganisationUnit::code).orElse(null);
		}
		return Optional.empty();
	}

	Optional<Long> savedIndicatorId(String code) {
		return savedIndicator(code).map(Indicator::id);
	}

}
