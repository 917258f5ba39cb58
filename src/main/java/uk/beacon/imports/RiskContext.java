package uk.beacon.imports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.beacon.access.Role;
import uk.beacon.risk.RiskManagement;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.Risk;
import uk.beacon.risk.RiskAreas;
import uk.beacon.risk.RiskKind;
import uk.beacon.risk.RiskMatrices;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskRegister;
import uk.beacon.risk.RiskRegisters;
import uk.beacon.risk.Risks;
import uk.beacon.scorecard.Scorecards;

/**
 * What a risk import can refer to: its own files first, then what Beacon already holds.
 */
final class RiskContext {

	final ImportContext base;

	final Map<String, RiskMatrix> matrices = new HashMap<>();

	final Map<String, RiskRegisterRows.Draft> registers = new LinkedHashMap<>();

	final Map<String, RiskEntryRows.Draft> risks = new LinkedHashMap<>();

	final Map<String, RiskAreaRows.Draft> areas = new LinkedHashMap<>();

	final Map<String, List<String>> scorecardSections = new HashMap<>();

	/** The unit code of each scorecard this import defines. */
	final Map<String, String> scorecardUnits = new HashMap<>();

	final Risks savedRisks;

	private final RiskRegisters savedRegisters;

	private final RiskMatrices savedMatrices;

	private final OrganisationUnits units;

	private final Scorecards scorecards;

	private final RiskAreas savedAreas;

	RiskContext(ImportContext base, Risks savedRisks, RiskRegisters savedRegisters, RiskMatrices savedMatrices,
			OrganisationUnits units, Scorecards scorecards, RiskAreas savedAreas) {
		this.savedAreas = savedAreas;
		this.base = base;
		this.savedRisks = savedRisks;
		this.savedRegisters = savedRegisters;
		this.savedMatrices = savedMatrices;
		this.units = units;
		this.scorecards = scorecards;
	}

	/**
	 * @return the council code of the register's owner, if the register is known
	 */
	Optional<String> registerCouncil(String registerCode) {
		RiskRegisterRows.Draft draft = this.registers.get(registerCode);
		if (draft != null) {
			return Optional.of(draft.councilCode());
		}
		return this.savedRegisters.findByCode(registerCode).map(r -> council(r).code());
	}

	/**
	 * @return the risk's kind and council, from this import or Beacon
	 */
	Optional<Map.Entry<RiskKind, String>> risk(String reference) {
		RiskEntryRows.Draft draft = this.risks.get(reference);
		if (draft != null) {
			return registerCouncil(draft.registerCode()).map(c -> Map.entry(draft.risk().kind(), c));
		}
		return savedRisk(reference)
			.map(r -> Map.entry(r.kind(), council(this.savedRegisters.findById(r.registerId()).orElseThrow()).code()));
	}

	/**
	 * @return the code of the council of the risk area Beacon holds with this code, if it
	 * holds one
	 */
	Optional<String> savedAreaCouncil(String areaCode) {
		return this.savedAreas.findByCode(areaCode)
			.flatMap(a -> this.units.findById(a.councilId()))
			.map(OrganisationUnit::code);
	}

	/**
	 * @return the council of the risk area, from this import or Beacon, and whether it is
	 * retired as this import leaves it
	 */
	Optional<Map.Entry<String, Boolean>> area(String areaCode) {
		RiskAreaRows.Draft draft = this.areas.get(areaCode);
		if (draft != null) {
			return Optional.of(Map.entry(draft.councilCode(), draft.area().retired()));
		}
		return this.savedAreas.findByCode(areaCode)
			.map(a -> Map.entry(this.units.findById(a.councilId()).orElseThrow().code(), a.retired()));
	}

	/** Who keeps registers, as the risk register's own service says. */
	static final Role[] KEEPERS = RiskManagement.keepers();

	/**
	 * Reports a problem on the row when the importer may not change the registers of the
	 * register's unit, as this import leaves it.
	 */
	boolean checkRegisterScope(CsvRow row, String column, String registerCode, String what) {
		if (this.base.actor.isAdministrator()) {
			return true;
		}
		RiskRegisterRows.Draft draft = this.registers.get(registerCode);
		if (draft != null) {
			return this.base.checkScope(row, column, draft.organisationCode(), what, KEEPERS);
		}
		return this.savedRegisters.findByCode(registerCode)
			.map(r -> this.base.checkScope(row, column, r.organisationUnitId(), what, KEEPERS))
			.orElse(true);
	}

	/**
	 * Reports a problem on the row when the importer may not change the risk: the
	 * register it is on must be in their part of the council.
	 */
	boolean checkRiskScope(CsvRow row, String reference) {
		if (this.base.actor.isAdministrator()) {
			return true;
		}
		RiskEntryRows.Draft draft = this.risks.get(reference);
		if (draft != null) {
			return checkRegisterScope(row, "reference", draft.registerCode(), "change " + reference);
		}
		return savedRisk(reference).flatMap(r -> this.savedRegisters.findById(r.registerId()))
			.map(r -> this.base.checkScope(row, "reference", r.organisationUnitId(), "change " + reference, KEEPERS))
			.orElse(true);
	}

	RiskMatrix matrix(String councilCode) {
		RiskMatrix imported = this.matrices.get(councilCode);
		if (imported != null) {
			return imported;
		}
		return this.units.findByCode(councilCode)
			.flatMap(c -> this.savedMatrices.stored(c.id()))
			.orElseGet(RiskMatrix::standard);
	}

	/** The code of the council the scorecard belongs to, as this import leaves it. */
	Optional<String> scorecardCouncil(String scorecardCode) {
		String unit = this.scorecardUnits.get(scorecardCode);
		if (unit != null) {
			return this.base.councilOf(unit);
		}
		return this.scorecards.idOf(scorecardCode)
			.flatMap(this.scorecards::findById)
			.map(s -> this.units.councilOf(s.organisationUnitId()).code());
	}

	boolean sectionExists(String scorecardCode, String title) {
		List<String> imported = this.scorecardSections.get(scorecardCode);
		if (imported != null && imported.contains(title)) {
			return true;
		}
		return this.scorecards.sectionId(scorecardCode, title).isPresent();
	}

	private final Map<String, Optional<Risk>> riskCache = new HashMap<>();

	// controls, actions and assessments name the same risks on many rows: read each once
	Optional<Risk> savedRisk(String reference) {
		return this.riskCache.computeIfAbsent(reference, this.savedRisks::findByReference);
	}

	private OrganisationUnit council(RiskRegister register) {
		return this.units.councilOf(register.organisationUnitId());
	}

}
