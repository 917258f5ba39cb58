package uk.beacon.indicator;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.UnitUses;

/**
 * A unit is in use while it has an indicator that is not retired.
 */
@Component
class IndicatorUnitUses implements UnitUses {

	private final Indicators indicators;

	IndicatorUnitUses(Indicators indicators) {
		this.indicators = indicators;
	}

	@Override
	public List<String> inUse(OrganisationUnit unit) {
		List<String> codes = this.indicators.findInUnits(List.of(unit.id()))
			.stream()
			.filter(i -> i.retiredFrom() == null)
			.map(Indicator::code)
			.toList();
		if (codes.isEmpty()) {
			return List.of();
		}
		String listed = String.join(", ", codes.subList(0, Math.min(codes.size(), 10)))
				+ ((codes.size() > 10) ? " and " + (codes.size() - 10) + " more" : "");
		return List.of(codes.size() + ((codes.size() == 1) ? " indicator" : " indicators") + " in use (" + listed
				+ "): retire or move " + ((codes.size() == 1) ? "it" : "them") + " first");
	}

}
