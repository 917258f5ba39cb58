package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything the status rule needs to rate one value, gathered by the caller from the
 * indicator's definition, its target and the measurement.
 *
 * @param value the reported value, or null when nothing was reported
 * @param unit the indicator's unit
 * @param decimalPlaces the precision the indicator is published with; values are rounded
 * to it before they are compared
 * @param polarity which way is good
 * @param target the target for the period; {@link Target.None} when there is none
 * @param rule the green and amber tolerances; {@link RagRule#none()} when null
 * @param asAt the end of the data period; used by {@link Target.MultiYearTotal}
 * @param yearFractionElapsed null for snapshot measures; for cumulative year-to-date
 * measures the share of the target year elapsed (0.75 at the end of Q3), used to pro-rate
 * an annual {@link Target.Value}
 * @param benchmarkQuartile the value's benchmark quartile (1 = top), null if unknown;
 * used by {@link Target.Quartile}
 * @param quartileSource where the quartile comes from when it is not a published
 * benchmark's, in words that follow "in quartile 3 of" ("the comparator group CIPFA
 * nearest neighbours for 2024/25 (ranked 6 of 8, …)"); null for a published benchmark's
 */
public record StatusInput(BigDecimal value, Unit unit, int decimalPlaces, Polarity polarity, Target target,
		RagRule rule, LocalDate asAt, BigDecimal yearFractionElapsed, Integer benchmarkQuartile,
		String quartileSource) {

	/** An input whose quartile, if any, is a published benchmark's. */
	public StatusInput(BigDecimal value, Unit unit, int decimalPlaces, Polarity polarity, Target target, RagRule rule,
			LocalDate asAt, BigDecimal yearFractionElapsed, Integer benchmarkQuartile) {
		this(value, unit, decimalPlaces, polarity, target, rule, asAt, yearFractionElapsed, benchmarkQuartile, null);
	}

	public StatusInput {
		Objects.requireNonNull(unit, "unit must not be null");
		Decimals.checkDecimalPlaces(decimalPlaces);
		Objects.requireNonNull(polarity, "polarity must not be null");
		Objects.requireNonNull(target,
				"target must not be null: use new Target.None() for an indicator with no target");
		rule = (rule != null) ? rule : RagRule.none();
		if (yearFractionElapsed != null
				&& (yearFractionElapsed.signum() < 0 || yearFractionElapsed.compareTo(BigDecimal.ONE) > 0)) {
			throw new IllegalArgumentException("The share of the year elapsed must be between 0 and 1, not "
					+ yearFractionElapsed.toPlainString());
		}
		if (benchmarkQuartile != null && (benchmarkQuartile < 1 || benchmarkQuartile > 4)) {
			throw new IllegalArgumentException(
					"A benchmark quartile is 1 (top) to 4 (bottom), not " + benchmarkQuartile);
		}
		if (quartileSource != null && benchmarkQuartile == null) {
			throw new IllegalArgumentException("A quartile's source is given only with the quartile");
		}
	}

}
