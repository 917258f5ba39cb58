package uk.beacon.reporting.web;

import org.springframework.stereotype.Component;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.reporting.CabinetReport;
import uk.beacon.scorecard.Scorecards;

/**
 * Decides who may have Part B, the council's restricted risks: people who hold the
 * restricted reader's permission over that council. The public never may.
 */
@Component
class ReportAudience {

	static final String PART_B_REFUSED = "Part B holds the council's restricted risks and is only for people who may "
			+ "see that council's restricted items.";

	private final CurrentViewer viewer;

	private final Scorecards scorecards;

	private final OrganisationUnits units;

	ReportAudience(CurrentViewer viewer, Scorecards scorecards, OrganisationUnits units) {
		this.viewer = viewer;
		this.scorecards = scorecards;
		this.units = units;
	}

	boolean mayReadPartB(CabinetReport report) {
		return this.scorecards.findById(report.scorecardId())
			.map(s -> this.viewer.audience().seesRestricted(this.units.councilOf(s.organisationUnitId()).id()))
			.orElse(false);
	}

}
