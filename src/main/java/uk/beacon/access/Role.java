package uk.beacon.access;

/**
 * What a person may do. Every role but administrator is held over an organisation unit
 * and everything below it, or over every council when no unit is given; each module's
 * write service checks the role and where it is held ({@link Actor#require}).
 */
public enum Role {

	/** Manages people, roles and settings; may do everything. */
	ADMINISTRATOR("Administrator", "manages people, roles and settings"),

	/** Runs the quarterly collection, imports data and publishes reports. */
	PERFORMANCE_OFFICER("Performance officer",
			"keeps the plan, opens data collections, imports data, publishes reports"),

	/** Enters figures and commentary for the indicators they own. */
	INDICATOR_OWNER("Indicator owner", "enters figures and commentary for the indicators they own"),

	/** A director who approves or returns the figures of their part of the council. */
	APPROVER("Approver", "approves or returns submitted figures"),

	/** Keeps the risk registers: adds, escalates and merges risks. */
	RISK_MANAGER("Risk manager", "adds, escalates and merges risks"),

	/** Councillors and staff: may read the pages kept for people with a role. */
	READER("Reader", "reads scorecards, dashboards, risks and draft reports"),

	/**
	 * Sees what is not for publication in their part of the council: restricted (Part II)
	 * risks and fields, Part B of cabinet reports and indicators not published. A
	 * permission of its own, never a side effect of another role.
	 */
	RESTRICTED_READER("Restricted reader",
			"sees restricted (Part II) risks and fields, Part B of reports and indicators not for publication");

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
