package uk.beacon.indicator;

import uk.beacon.analytics.SpcIcons;
import uk.beacon.analytics.chart.Chart;

/**
 * An indicator at a glance, for a line of a scorecard.
 *
 * @param indicatorId the indicator
 * @param sparkline its recent values against its target, with their text alternative; its
 * SVG's ids start "spark-" and the indicator's identity
 * @param icons the Making Data Count icons of its statistical process control,
 * {@code null} when there are too few values or they are year-to-date totals
 */
public record IndicatorGlance(long indicatorId, Chart sparkline, SpcIcons icons) {

	static final String ID_PREFIX = "spark-";

	/** What the sparkline shows, in words: its text alternative. */
	public String sparklineText() {
		return this.sparkline.textAlternative();
	}

	/**
	 * The sparkline's SVG with ids of its own for one place on a page: an indicator in
	 * two sections of a scorecard is drawn twice, and no id may appear twice.
	 * @param place letters and digits naming the place, such as the section's number
	 */
	public String sparklineSvg(String place) {
		String mine = ID_PREFIX + this.indicatorId;
		String theirs = ID_PREFIX + place + "-" + this.indicatorId;
		return this.sparkline.svg().replace("\"" + mine + "\"", "\"" + theirs + "\"").replace(mine + "-", theirs + "-");
	}

}
