package uk.beacon.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A figure as it stood before a correction replaced it, kept by the database when the
 * correction is saved.
 *
 * @param measurementId the figure corrected
 * @param value the figure as it was, or {@code null} when it was a ratio
 * @param numerator the count of the ratio it was, or {@code null}
 * @param denominator the base of that ratio, or {@code null}
 * @param replacedAt when the correction replaced it
 */
public record FigureRevision(long measurementId, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
		Instant replacedAt) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** The figure it was, in the indicator's unit; {@code null} when it had none. */
	public BigDecimal valueIn(Unit unit) {
		if (this.numerator != null && this.denominator != null && this.denominator.signum() > 0) {
			return this.numerator.multiply(unit.scale()).divide(this.denominator, MathContext.DECIMAL64);
		}
		return this.value;
	}

	/**
	 * "Revised on 5 December 2026; previously 12%".
	 */
	public String describe(Indicator indicator, ZoneId zone) {
		BigDecimal was = valueIn(indicator.unit());
		return "Revised on " + DAY.format(this.replacedAt.atZone(zone)) + "; previously "
				+ ((was != null) ? indicator.format(was) : "no figure");
	}

}
