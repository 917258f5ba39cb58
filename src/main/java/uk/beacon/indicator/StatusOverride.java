package uk.beacon.indicator;

import java.util.Objects;

/**
 * An officer's assessed status where it replaces the rule's, always with a reason.
 */
public record StatusOverride(Status status, String reason) {

	public StatusOverride {
		Objects.requireNonNull(status, "status");
		if (status == Status.NO_DATA) {
			throw new IllegalArgumentException("An assessed status is Red, Amber, Green or Not rated");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("An assessed status needs a reason");
		}
	}

}
