package uk.beacon.risk.web;

import org.springframework.stereotype.Component;

import uk.beacon.risk.BandColour;
import uk.beacon.risk.RestrictedField;
import uk.beacon.risk.Risk;

/**
 * How risk levels look on a page: a tag with the level's name, never colour alone.
 * Templates use it as {@code @riskDisplay}.
 */
@Component("riskDisplay")
public class RiskDisplay {

	public String tagClass(BandColour colour) {
		return switch (colour) {
			case RED -> "govuk-tag--red";
			case AMBER -> "govuk-tag--orange";
			case GREEN -> "govuk-tag--green";
			case GREY -> "govuk-tag--grey";
		};
	}

	public boolean shows(Risk risk, String field, boolean seesRestricted) {
		return risk.shows(RestrictedField.valueOf(field), seesRestricted);
	}

	public String bandClass(BandColour colour) {
		return "beacon-band--" + colour.name().toLowerCase();
	}

}
