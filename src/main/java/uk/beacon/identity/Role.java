package uk.beacon.identity;

/**
 * What a person may do. Every role but administrator is held over an organisation unit
 * and everything below it, or over every council when no unit is given.
 */
public enum Role {

	/** Manages people, roles and settings; may do everything. */
	ADMINISTRATOR("Administrator", "manages people, roles and settings"),

	/** Runs the quarterly collection, imports data and publishes reports. */
	PERFORMANCE_OFFICER("Performance officer", "opens data collections, imports data, publishes reports"),

	/** Enters figures and commentary for the indicators they own. */
	INDICATOR_OWNER("Indicator owner", "enters figures and commentary for the indicators they own"),

	/** A director who approves or returns the figures of their part of the council. */
	APPROVER("Approver", "approves or returns submitted figures"),

	/** Keeps the risk registers: adds, escalates and merges risks. */
	RISK_MANAGER("Risk manager", "adds, escalates and merges risks"),

	/** Councillors and staff: may read everything, including restricted items. */
	READER("Reader", "reads scorecards, dashboards, risks and reports, including restricted items");

	private final String label;

	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	/** The Spring Security authority for this role, e.g. {@code ROLE_APPROVER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
