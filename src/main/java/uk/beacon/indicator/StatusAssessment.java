package uk.beacon.indicator;

import java.util.Objects;

/**
 * A status and the one sentence, with the numbers in it, that tells an officer why.
 *
 * @param status the status
 * @param explanation one sentence starting with the status label
 */
public record StatusAssessment(Status status, String explanation) {

	public StatusAssessment {
		Objects.requireNonNull(status, "status must not be null");
		if (explanation == null || explanation.isBlank()) {
			throw new IllegalArgumentException("A status needs an explanation");
		}
	}

}
