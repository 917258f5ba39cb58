package uk.beacon.reporting;

import java.util.List;

/**
 * The council's risks by risk area, as its cabinet sees them: however many risks the
 * directorates and projects enter, the report speaks of a few areas, the red ones first
 * with their mitigations, then the amber areas that were red in the last twelve months
 * and the areas new in the quarter, with the count of risks behind them ("126 risks, 15
 * red").
 *
 * @param risks how many open risks the council's registers hold, on every register
 * @param red how many of them are red at the quarter's end
 * @param inNoArea how many of the risks belong to no area reported
 * @param redInNoArea how many of those are red
 * @param redAreas the red areas, the most severe first, each with its mitigations
 * @param amberRecentlyRed the amber areas with a risk red at an assessment in the twelve
 * months to the quarter's end
 * @param newAreas the areas begun in the quarter that are not red (a red one is among the
 * red, marked new)
 * @param all every area reported, the most severe first
 */
public record RiskAreaSection(long risks, long red, long inNoArea, long redInNoArea, List<AreaEntry> redAreas,
		List<AreaEntry> amberRecentlyRed, List<AreaEntry> newAreas, List<AreaEntry> all) {

	public RiskAreaSection {
		redAreas = List.copyOf(redAreas);
		amberRecentlyRed = List.copyOf(amberRecentlyRed);
		newAreas = List.copyOf(newAreas);
		all = List.copyOf(all);
	}

	/** "126 risks, 15 red", or "1 risk, none red". */
	public String count() {
		return AreaEntry.risks(this.risks) + ", " + ((this.red == 0) ? "none" : String.valueOf(this.red)) + " red";
	}

	/** "126 risks, 15 red, in 8 risk areas; 3 risks (none red) are in no area." */
	public String summary() {
		String areas = (this.all.size() == 1) ? "1 risk area" : this.all.size() + " risk areas";
		String text = count() + ", in " + areas + ".";
		if (this.inNoArea > 0) {
			text += " " + AreaEntry.risks(this.inNoArea) + " (" + ((this.redInNoArea == 0) ? "none" : this.redInNoArea)
					+ " red) " + ((this.inNoArea == 1) ? "is" : "are") + " in no area.";
		}
		return text;
	}

}
