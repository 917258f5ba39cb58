package uk.beacon.reporting.web;

import org.springframework.stereotype.Component;

import uk.beacon.identity.CurrentViewer;

/**
 * Decides who may have Part B, the restricted risks: officers and councillors signed in
 * with a role. The public never may.
 */
@Component
class ReportAudience {

	static final String PART_B_REFUSED = "Part B holds restricted risks and is only for officers and councillors "
			+ "who have signed in.";

	private final CurrentViewer viewer;

	ReportAudience(CurrentViewer viewer) {
		this.viewer = viewer;
	}

	boolean mayReadPartB() {
		return this.viewer.seesRestricted();
	}

	/** Who is publishing or editing, as the audit trail and the report record them. */
	String actor() {
		return this.viewer.actorName();
	}

}
