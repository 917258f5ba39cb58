package uk.beacon.reporting.render;

import java.util.ArrayList;
import java.util.List;

import uk.beacon.reporting.AreaEntry;
import uk.beacon.reporting.CabinetReport;
import uk.beacon.reporting.RiskAreaSection;

/**
 * The risk areas in the Word report, as the page prints them: the red areas with their
 * mitigations, the amber areas red in the last 12 months, the new areas and every area's
 * count. A report published before Beacon kept areas has none and prints nothing.
 */
final class WordAreas {

	private WordAreas() {
	}

	static void write(WordWriter w, CabinetReport report) {
		RiskAreaSection areas = report.risks().areas();
		if (areas == null) {
			return;
		}
		w.heading(1, "Risk areas");
		w.paragraph("As at the end of " + report.period() + ", the council's registers hold " + areas.summary()
				+ " Restricted risks are counted in Part B only.");
		list(w, "Red risk areas", areas.redAreas(), "No risk area is red.");
		list(w, "Amber risk areas included as red in the last 12 months", areas.amberRecentlyRed(), "None.");
		list(w, "New risk areas", areas.newAreas(), "None.");
		w.table("Every risk area, the most severe first", List.of("Risk area", "Lead", "Level", "Risks", "Red"),
				areas.all()
					.stream()
					.map(a -> List.of(title(a), (a.lead() != null) ? a.lead() : "–", a.levelAsShown(),
							String.valueOf(a.risks()), String.valueOf(a.red())))
					.toList());
	}

	private static void list(WordWriter w, String heading, List<AreaEntry> areas, String none) {
		w.heading(2, heading);
		if (areas.isEmpty()) {
			w.paragraph(none);
		}
		areas.forEach(a -> area(w, a));
	}

	private static void area(WordWriter w, AreaEntry a) {
		w.heading(3, title(a));
		List<List<String>> facts = new ArrayList<>();
		facts.add(List.of("Level", a.levelAsShown()));
		facts.add(List.of("Risks", a.count()));
		if (a.lead() != null) {
			facts.add(List.of("Lead", a.lead()));
		}
		facts.add(List.of("Mitigations",
				(a.mitigations() != null) ? a.mitigations() : "No summary of mitigations recorded."));
		w.rowHeadedTable("About " + a.title(), facts);
	}

	private static String title(AreaEntry a) {
		return a.isNew() ? a.title() + " (new)" : a.title();
	}

}
