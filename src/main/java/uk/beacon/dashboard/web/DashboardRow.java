package uk.beacon.dashboard.web;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

import uk.beacon.analytics.SpcIcons;
import uk.beacon.dashboard.UnitDashboard;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;

/**
 * One line of a dashboard's list of indicators with its texts worked out before the
 * template runs: a council's list has 2,000 lines.
 *
 * @param href the indicator page for the quarter looked at
 * @param title the indicator's title
 * @param unit the unit that owns it, a dash when unknown
 * @param target the target as the council prints it
 * @param value the latest value as printed
 * @param assessed the officers' status
 * @param direction the direction of travel in words
 * @param updated "Yes" when reported in the quarter looked at
 * @param spc the Making Data Count icons of its statistical process control, {@code null}
 * when it has none
 */
public record DashboardRow(String href, String title, String unit, String target, String value, Status assessed,
		String direction, String updated, SpcIcons spc) {

	/**
	 * @param periodQuery the quarter looked at as a query parameter
	 * @param icons its statistical process control's icons, {@code null} for none
	 */
	static DashboardRow of(UnitDashboard.Row row, String periodQuery, SpcIcons icons) {
		Performance p = row.performance();
		return new DashboardRow(
				"/indicators/" + UriUtils.encodePathSegment(p.indicator().code(), StandardCharsets.UTF_8) + periodQuery,
				p.indicator().title(), (row.unit() != null) ? row.unit().name() : "–", p.formattedTarget(),
				p.formattedValue(), p.assessed(), p.direction().direction().label(),
				p.updatedThisPeriod() ? "Yes" : "No", icons);
	}

}
