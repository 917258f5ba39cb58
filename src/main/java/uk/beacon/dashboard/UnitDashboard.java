package uk.beacon.dashboard;

import java.util.List;

import uk.beacon.indicator.Performance;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.period.FinancialQuarter;

/**
 * A dashboard for one unit of the organisation tree in one quarter.
 *
 * @param unit the council, directorate or service
 * @param trail the units above it, council first, for the breadcrumbs
 * @param period the quarter looked at
 * @param periods every quarter with figures for the unit, oldest first
 * @param counts the assessed statuses of all its indicators, before any filter
 * @param updatedThisPeriod how many of its indicators were reported in the period
 * @param children the units directly below it with their counts, for drill-down
 * @param ownCounts the counts of indicators the unit holds itself rather than a unit
 * below it, {@code null} when it has none or no units below
 * @param objectives for a council, each objective on its scorecards with its counts
 * @param filter what the reader narrowed the list to
 * @param rows the indicators that match the filter
 * @param sections the perspectives and objectives its indicators sit in, for the filter
 */
public record UnitDashboard(OrganisationUnit unit, List<OrganisationUnit> trail, FinancialQuarter period,
		List<FinancialQuarter> periods, StatusCounts counts, long updatedThisPeriod, List<UnitCounts> children,
		StatusCounts ownCounts, List<ObjectiveCounts> objectives, DashboardFilter filter, List<Row> rows,
		List<String> sections) {

	/** A unit below this one with its counts. */
	public record UnitCounts(OrganisationUnit unit, StatusCounts counts) {
	}

	/**
	 * An objective (or other section) on one of the council's scorecards, with its
	 * counts.
	 */
	public record ObjectiveCounts(long scorecardId, String scorecardName, String objective, StatusCounts counts) {
	}

	/** An indicator with the unit that owns it and the sections it sits in. */
	public record Row(Performance performance, OrganisationUnit unit, List<String> sections) {
	}

}
