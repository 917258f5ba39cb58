package uk.beacon.analytics;

import java.util.Objects;

/**
 * One thing to check, in plain English with the numbers.
 *
 * @param issue what kind of problem it may be
 * @param index the position of the value in the series checked, or -1 for the target
 * @param message what looks wrong and what to check
 */
public record DataQualityFlag(DataQualityIssue issue, int index, String message) {

	/** The index of a flag about the target rather than one of the values. */
	public static final int TARGET = -1;

	public DataQualityFlag {
		Objects.requireNonNull(issue, "issue must not be null");
		Objects.requireNonNull(message, "message must not be null");
		if ((issue == DataQualityIssue.SUSPECT_TARGET) != (index == TARGET)) {
			throw new IllegalArgumentException("Only a flag about the target has the index " + TARGET);
		}
		if (index < TARGET) {
			throw new IllegalArgumentException("A flag's index cannot be " + index);
		}
	}

}
