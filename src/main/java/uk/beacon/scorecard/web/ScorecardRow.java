package uk.beacon.scorecard.web;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

import uk.beacon.analytics.SpcIcons;
import uk.beacon.indicator.DirectionOfTravel;
import uk.beacon.indicator.IndicatorGlance;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;
import uk.beacon.web.PdfDocuments;

/**
 * One line of the scorecard page with every text worked out before the template runs: a
 * page of 333 indicators then reads one property a cell instead of walking from the
 * performance to the indicator, its measurement and their periods.
 *
 * @param href the indicator page for the quarter looked at
 * @param title the indicator's title
 * @param polarity "higher is better" and the like
 * @param target the target as the council prints it
 * @param value the latest value as printed
 * @param provisional whether the value may still change
 * @param estimated whether the value is an estimate
 * @param assessed the officers' status
 * @param ruleStatus the rule's status when it differs from the officers', else
 * {@code null}
 * @param direction the direction of travel
 * @param dataPeriod what the value measures, a dash when there is none
 * @param updated "Yes" when reported in the quarter looked at
 * @param spc the Making Data Count icons of its statistical process control, {@code null}
 * when it has none
 * @param sparkline the SVG of its recent values against the target, with ids of its own
 * on the page
 * @param sparklineText what the sparkline shows, in words
 */
public record ScorecardRow(String href, String title, String polarity, String target, String value, boolean provisional,
		boolean estimated, Status assessed, String ruleStatus, DirectionOfTravel direction, String dataPeriod,
		String updated, SpcIcons spc, String sparkline, String sparklineText) {

	/**
	 * @param periodQuery the quarter looked at as a query parameter
	 * @param glance its sparkline and statistical process control
	 * @param place names the row's place on the page, for the sparkline's ids
	 * @param pdf whether the sparkline is for the PDF renderer
	 */
	static ScorecardRow of(Performance p, String periodQuery, IndicatorGlance glance, String place, boolean pdf) {
		String sparkline = glance.sparklineSvg(place);
		var measurement = p.measurement();
		return new ScorecardRow(
				"/indicators/" + UriUtils.encodePathSegment(p.indicator().code(), StandardCharsets.UTF_8) + periodQuery,
				p.indicator().title(), p.indicator().polarity().describe(), p.formattedTarget(), p.formattedValue(),
				measurement != null && measurement.provisional(), measurement != null && measurement.estimated(),
				p.assessed(), p.statusesDiffer() ? p.rule().status().label() : null, p.direction().direction(),
				(measurement != null) ? measurement.dataPeriod().label() : "–", p.updatedThisPeriod() ? "Yes" : "No",
				glance.icons(), pdf ? PdfDocuments.svgWithAlt(sparkline, glance.sparklineText()) : sparkline,
				glance.sparklineText());
	}

}
