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

	/**
	 * The class that colours a level's tag from the council's palette, its name always
	 * written in it.
	 */
	public String tagClass(BandColour colour) {
		return levelClass(colour);
	}

	public boolean shows(Risk risk, String field, boolean seesRestricted) {
		return risk.shows(RestrictedField.valueOf(field), seesRestricted);
	}

	/**
	 * The class that colours a square of the heat map in its band's colour.
	 */
	public String bandClass(BandColour colour) {
		return levelClass(colour);
	}

	/**
	 * "beacon-level--dark_red": beacon.css has one for each colour of the palette.
	 */
	public static String levelClass(BandColour colour) {
		return "beacon-level--" + colour.code();
	}

}
