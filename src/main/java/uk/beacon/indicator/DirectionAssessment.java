package uk.beacon.indicator;

import java.util.Objects;

/**
 * A direction of travel and the one sentence that tells an officer what it was compared
 * with.
 *
 * @param direction the direction of travel
 * @param explanation one sentence starting with the direction label
 */
public record DirectionAssessment(DirectionOfTravel direction, String explanation) {

	public DirectionAssessment {
		Objects.requireNonNull(direction, "direction must not be null");
		if (explanation == null || explanation.isBlank()) {
			throw new IllegalArgumentException("A direction of travel needs an explanation");
		}
	}

}
