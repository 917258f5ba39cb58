package uk.beacon.reporting;

import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;

/**
 * Turns an indicator's performance into the words and figures a report keeps.
 */
final class IndicatorLines {

	private IndicatorLines() {
	}

	/**
	 * @param before the indicator's assessed status at the last report, {@code NO_DATA}
	 * when it was not on it
	 * @param ruleBefore the rule's status at the last report, {@code NO_DATA} when it was
	 * not on it, {@code null} when the last report, published before Beacon kept it, does
	 * not say
	 */
	static IndicatorLine of(String section, Performance p, Status before, Status ruleBefore) {
		var indicator = p.indicator();
		var measurement = p.measurement();
		Commentary commentary = (measurement != null) ? measurement.commentary() : Commentary.none();
		return new IndicatorLine(indicator.code(), indicator.title(), section, indicator.polarity().describe(),
				indicator.unit().code(), capitalised(p.formattedTarget()),
				(p.target() != null) ? p.target().target().figure() : null, p.formattedValue(), p.value(),
				(measurement != null) ? measurement.dataPeriod().label() : null,
				(measurement != null) ? measurement.reportingPeriod().label() : null, p.assessed().name(),
				p.assessed().label(), p.rule().status().name(), p.rule().status().label(), p.rule().explanation(),
				p.assessmentReason(), before.name(), before.label(), p.direction().direction().label(),
				p.direction().explanation(), p.updatedThisPeriod(), measurement != null && measurement.provisional(),
				indicator.definition(), commentary.performanceDetails(), commentary.currentActivity(),
				commentary.futureActivity(), (ruleBefore != null) ? ruleBefore.name() : null,
				(ruleBefore != null) ? ruleBefore.label() : null);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
