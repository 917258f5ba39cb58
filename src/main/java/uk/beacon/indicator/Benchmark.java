package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.Objects;

import uk.beacon.period.Period;

/**
 * How a comparator group performed on an indicator for a data period, and where the
 * council ranks.
 *
 * @param id database identity, {@code null} until saved
 * @param indicatorId the indicator compared
 * @param dataPeriod the period compared
 * @param comparator national, regional or statistical neighbours
 * @param value the comparator's figure
 * @param rank the council's rank, 1 being best
 * @param rankOf how many were ranked
 * @param quartile 1 (top) to 4
 * @param source where the comparison comes from
 * @param note decisions and caveats on record
 */
public record Benchmark(Long id, long indicatorId, Period dataPeriod, BenchmarkComparator comparator, BigDecimal value,
		Integer rank, Integer rankOf, Integer quartile, String source, String note) {

	public Benchmark {
		Objects.requireNonNull(dataPeriod, "dataPeriod");
		Objects.requireNonNull(comparator, "comparator");
		if (quartile != null && (quartile < 1 || quartile > 4)) {
			throw new IllegalArgumentException("A quartile is 1 to 4");
		}
		if (rank != null && rankOf != null && rank > rankOf) {
			throw new IllegalArgumentException("A rank cannot be more than the number ranked");
		}
	}

}
