package uk.beacon.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;

/**
 * A value of an indicator for one data period, reported in one quarter.
 *
 * @param id database identity, {@code null} until saved
 * @param indicatorId the indicator measured
 * @param dataPeriod what the value measures (an academic year, a month, an as-at date…)
 * @param reportingPeriod the quarter in which it was reported
 * @param value the figure when typed directly, {@code null} when derived from a ratio
 * @param numerator the count when stored as a ratio ("58 of 76")
 * @param denominator the base of the ratio
 * @param provisional whether the figure may still change
 * @param estimated whether the figure is an estimate
 * @param valueAsPrinted the figure exactly as the council printed it
 * @param commentary the owner's commentary
 * @param override an officer's assessed status, {@code null} when the rule's stands
 * @param note decisions and caveats on record
 * @param version incremented on every change
 */
public record Measurement(Long id, long indicatorId, Period dataPeriod, FinancialQuarter reportingPeriod,
		BigDecimal value, BigDecimal numerator, BigDecimal denominator, boolean provisional, boolean estimated,
		String valueAsPrinted, Commentary commentary, StatusOverride override, String note, int version) {

	public Measurement {
		Objects.requireNonNull(dataPeriod, "dataPeriod");
		Objects.requireNonNull(reportingPeriod, "reportingPeriod");
		commentary = (commentary != null) ? commentary : Commentary.none();
		if ((numerator == null) != (denominator == null)) {
			throw new IllegalArgumentException("A ratio needs both a numerator and a denominator");
		}
		if (numerator != null && value != null) {
			throw new IllegalArgumentException("Give either a value or a numerator and denominator, not both");
		}
		if (denominator != null && denominator.signum() <= 0) {
			throw new IllegalArgumentException("The denominator must be more than zero");
		}
		if (numerator != null && (numerator.signum() < 0 || numerator.compareTo(denominator) > 0)) {
			throw new IllegalArgumentException("The numerator must be between zero and the denominator");
		}
		if (value == null && numerator == null && override == null) {
			throw new IllegalArgumentException("A measurement needs a value, a ratio or an assessed status");
		}
	}

	/**
	 * The figure in the indicator's unit: typed, or derived from the ratio, never both.
	 */
	public BigDecimal valueIn(Unit unit) {
		if (this.numerator != null) {
			return this.numerator.multiply(unit.scale()).divide(this.denominator, MathContext.DECIMAL64);
		}
		return this.value;
	}

	public boolean hasFigure() {
		return this.value != null || this.numerator != null;
	}

}
