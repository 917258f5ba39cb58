package uk.beacon.indicator.web;

import org.springframework.stereotype.Component;

import uk.beacon.indicator.DirectionOfTravel;
import uk.beacon.indicator.Status;

/**
 * How statuses and directions of travel look on a page: always a word, never colour
 * alone. Templates use it as {@code @statusDisplay}.
 */
@Component("statusDisplay")
public class StatusDisplay {

	public String tagClass(Status status) {
		if (status == null) {
			return "govuk-tag--grey";
		}
		return switch (status) {
			case RED -> "govuk-tag--red";
			case AMBER -> "govuk-tag--orange";
			case GREEN -> "govuk-tag--green";
			case NOT_RATED -> "govuk-tag--grey";
			case NO_DATA -> "govuk-tag--grey";
		};
	}

	public String arrow(DirectionOfTravel direction) {
		return switch (direction) {
			case IMPROVING, INCREASING -> "▲";
			case WORSENING, DECREASING -> "▼";
			case NO_CHANGE -> "►";
			case NOT_APPLICABLE -> "";
		};
	}

	/**
	 * Up and down carry meaning only with polarity; improving up or down depends on it.
	 */
	public String directionClass(DirectionOfTravel direction) {
		return switch (direction) {
			case IMPROVING -> "govuk-tag--green";
			case WORSENING -> "govuk-tag--red";
			default -> "govuk-tag--grey";
		};
	}

}
