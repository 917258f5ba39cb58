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

	private final OrganisationUnits savedUnits;

	private final Indicators savedIndicators;

	ImportContext(OrganisationUnits savedUnits, Indicators savedIndicators) {
		this.savedUnits = savedUnits;
		this.savedIndicators = savedIndicators;
	}

	Optional<OrganisationKind> unitKind(String code) {
		OrganisationRows.Draft draft = this.units.get(code);
		if (draft != null) {
			return Optional.of(draft.kind());
		}
		return this.savedUnits.findByCode(code).map(OrganisationUnit::kind);
	}

	/**
	 * @return the indicator's definition as this import leaves it
	 */
	Optional<Indicator> indicator(String code) {
		IndicatorRows.Draft draft = this.indicators.get(code);
		if (draft != null) {
			return Optional.of(draft.indicator());
		}
		return this.savedIndicators.findByCode(code);
	}

	Optional<Long> savedIndicatorId(String code) {
		return this.savedIndicators.findByCode(code).map(Indicator::id);
	}

}
