package uk.beacon.analytics;

import java.util.Objects;

/**
 * Where a council's value stands in its comparator group.
 *
 * @param rank 1 is the best once polarity is taken into account; ties share the better
 * rank; with neither direction better, 1 is the lowest value
 * @param of how many are in the group, the council included
 * @param quartile 1 is the best quarter of the group (the lowest values when neither
 * direction is better)
 * @param rawQuartile by raw value whatever the polarity: 1 holds the lowest values
 * @param explanation one sentence for the report
 */
public record BenchmarkPosition(int rank, int of, int quartile, int rawQuartile, String explanation) {

	public BenchmarkPosition {
		if (of < 1 || rank < 1 || rank > of) {
			throw new IllegalArgumentException("A rank must be between 1 and the group size: " + rank + " of " + of);
		}
		if (quartile < 1 || quartile > 4 || rawQuartile < 1 || rawQuartile > 4) {
			throw new IllegalArgumentException(
					"A quartile must be between 1 and 4: " + quartile + " and raw " + rawQuartile);
		}
		Objects.requireNonNull(explanation, "explanation must not be null");
	}

}
