package uk.beacon.changes;

import java.util.EnumSet;
import java.util.Set;

/**
 * A part of the data that pages show, by the tables that hold it, so that what is worked
 * out from one part is kept while another changes: the risk register while figures are
 * entered, the quarter's evaluations while risks are reviewed. A table in no area (the
 * organisation, and any table added later and not named here) belongs to every area: a
 * change to it drops everything, as before areas.
 */
public enum DataArea {

	/**
	 * Indicators, their definitions, targets, figures, benchmarks and comparators, the
	 * councils' rules for rating them, and the scorecards that list them.
	 */
	PERFORMANCE("indicator", "indicator_version", "indicator_earlier_definition", "target", "measurement", "benchmark",
			"comparator_group", "comparator_value", "council_rag_rule", "scorecard", "scorecard_section",
			"scorecard_indicator"),

	/**
	 * Risk registers, risks, their assessments, controls, actions and links, moves
	 * between registers, and each council's matrix, bands, appetite, areas and review
	 * reminders.
	 */
	RISKS("risk_register", "risk", "risk_assessment", "risk_control", "risk_action", "risk_link", "risk_register_move",
			"risk_matrix", "risk_band", "risk_appetite", "risk_area", "risk_review_mail");

	/** Every area: what a page that does not say what it shows is kept for. */
	public static final Set<DataArea> ALL = Set.copyOf(EnumSet.allOf(DataArea.class));

	private final Set<String> tables;

	DataArea(String... tables) {
		this.tables = Set.of(tables);
	}

	/** The tables that hold this part of the data. */
	public Set<String> tables() {
		return this.tables;
	}

	/**
	 * Whether a change to the table may change what is shown from these areas: it holds
	 * part of one of them, or it is in no area.
	 */
	public static boolean covers(Set<DataArea> areas, String table) {
		boolean inAny = false;
		for (DataArea area : values()) {
			if (area.tables.contains(table)) {
				if (areas.contains(area)) {
					return true;
				}
				inAny = true;
			}
		}
		return !inAny;
	}

}
