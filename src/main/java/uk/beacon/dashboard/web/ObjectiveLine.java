package uk.beacon.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.web.util.UriUtils;

import uk.beacon.dashboard.DashboardFilter;
import uk.beacon.dashboard.UnitDashboard;

/**
 * One line of a dashboard's table "By objective or perspective", with its links worked
 * out before the template runs: a council's table has a line for every section of every
 * scorecard in it (600 at ten times the large council), worked out once with the
 * dashboard's summary for every page of its list ({@link DashboardSummaries}).
 *
 * @param href the dashboard narrowed to the section
 * @param objective the section's name
 * @param scorecardHref the scorecard the section is on, for the quarter looked at
 * @param scorecardName the scorecard's name
 * @param cells the count of each status, in the order of the table's columns
 */
public record ObjectiveLine(String href, String objective, String scorecardHref, String scorecardName,
		List<Cell> cells) {

	/**
	 * A count, with the dashboard narrowed to the section and the status when there is
	 * any.
	 *
	 * @param href the narrowed dashboard
	 * @param count how many of the section's indicators have the status
	 * @param label what a screen reader says of the link, e.g. "3 red in Safer
	 * communities"
	 */
	public record Cell(String href, long count, String label) {
	}

	static ObjectiveLine of(UnitDashboard dashboard, UnitDashboard.ObjectiveCounts objective) {
		// the section's address once a line, written as the dashboard writes its own; a
		// status's name needs no encoding
		String section = DashboardController.address(dashboard, "/dashboard/{code}",
				new DashboardFilter(null, null, objective.objective(), null, false, false));
		List<Cell> cells = objective.counts()
			.counts()
			.entrySet()
			.stream()
			.map((e) -> new Cell(section + "&status=" + e.getKey().name() + "#indicators", e.getValue(),
					e.getValue() + " " + e.getKey().label().toLowerCase(java.util.Locale.ROOT) + " in "
							+ objective.objective()))
			.toList();
		return new ObjectiveLine(section + "#indicators", objective.objective(),
				"/scorecards/" + objective.scorecardId() + "?period="
						+ UriUtils.encode(dashboard.period().label(), StandardCharsets.UTF_8),
				objective.scorecardName(), cells);
	}

}
