package uk.beacon.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;

/**
 * What an import can refer to: what its own files define, then what Beacon already holds.
 */
final class ImportContext {

	final Map<String, OrganisationRows.Draft> units = new LinkedHashMap<>();

	final Map<String, IndicatorRows.Draft> indicators = new LinkedHashMap<>();

	final Problems problems;

	private final OrganisationUnits savedUnits;

	private final Indicators savedIndicators;

	ImportContext(OrganisationUnits savedUnits, Indicators savedIndicators, Problems problems) {
		this.problems = problems;
		this.savedUnits = savedUnits;
		this.savedIndicators = savedIndicators;
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

	private Optional<OrganisationUnit> savedUnit(String code) {
		return this.unitCache.computeIfAbsent(code, this.savedUnits::findByCode);
	}

	private Optional<Indicator> savedIndicator(String code) {
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
