package uk.beacon.scorecard.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.beacon.access.Audience;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.scorecard.Scorecard;

/**
 * The indicators a person laying out a scorecard names, on its page and through the API:
 * only those they may see, so that one not for publication is never named to someone who
 * may not see it.
 */
@Component
class LayoutIndicators {

	private final Indicators indicators;

	private final OrganisationUnits units;

	LayoutIndicators(Indicators indicators, OrganisationUnits units) {
		this.indicators = indicators;
		this.units = units;
	}

	/** The codes of the scorecard's indicators the person may see, by identity. */
	Map<Long, String> visibleCodes(Scorecard scorecard, Audience audience) {
		Map<Long, String> codes = new HashMap<>();
		this.indicators.findAllById(scorecard.indicatorIds())
			.stream()
			.filter(i -> i.isPublic() || audience.seesRestricted(i.organisationUnitId()))
			.forEach(i -> codes.put(i.id(), i.code()));
		return codes;
	}

	/** The indicators of the scorecard's council the person may see, by code. */
	Map<String, Indicator> councilsIndicators(Scorecard scorecard, Audience audience) {
		long council = this.units.councilOf(scorecard.organisationUnitId()).id();
		Map<String, Indicator> byCode = new HashMap<>();
		this.indicators.findInUnits(this.units.subtreesOf(List.of(council)))
			.stream()
			.filter(i -> i.isPublic() || audience.seesRestricted(i.organisationUnitId()))
			.forEach(i -> byCode.put(i.code(), i));
		return byCode;
	}

}
