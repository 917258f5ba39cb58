package uk.beacon.indicator;

import java.util.Objects;

/**
 * How an indicator is measured and rated: what its definition says, the unit and decimals
 * of its figures, which way is better, how often it is measured, whether it accumulates
 * through the year, how late it is reported and what direction of travel compares with.
 * When a council changes any of it from a quarter on, figures reported before keep the
 * measure they were reported under.
 *
 * @param definition what is measured and how, in words
 * @param unit the unit its values are in
 * @param decimalPlaces how many decimals values are shown and compared with
 * @param polarity which way is better
 * @param frequency how often it is measured
 * @param accumulation snapshot, or running total for the financial year
 * @param arrearsMonths how many months in arrears it is reported
 * @param comparison what direction of travel compares with
 */
public record Measure(String definition, Unit unit, int decimalPlaces, Polarity polarity, Frequency frequency,
		Accumulation accumulation, int arrearsMonths, Comparison comparison) {

	public Measure {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(polarity, "polarity");
		Objects.requireNonNull(frequency, "frequency");
		Objects.requireNonNull(accumulation, "accumulation");
		Objects.requireNonNull(comparison, "comparison");
		if (decimalPlaces < 0 || decimalPlaces > 6) {
			throw new IllegalArgumentException("Decimal places must be between 0 and 6");
		}
		if (arrearsMonths < 0) {
			throw new IllegalArgumentException("Months in arrears cannot be negative");
		}
	}

	public static Measure of(Indicator indicator) {
		return new Measure(indicator.definition(), indicator.unit(), indicator.decimalPlaces(), indicator.polarity(),
				indicator.frequency(), indicator.accumulation(), indicator.arrearsMonths(), indicator.comparison());
	}

	/** The indicator measured this way, as it is in every other respect. */
	public Indicator applyTo(Indicator indicator) {
		return new Indicator(indicator.id(), indicator.code(), indicator.title(), this.definition,
				indicator.organisationUnitId(), this.unit, this.decimalPlaces, this.polarity, this.frequency,
				this.accumulation, this.arrearsMonths, this.comparison, indicator.ownerName(), indicator.ownerEmail(),
				indicator.dataSource(), indicator.isPublic(), indicator.note(), indicator.version(),
				indicator.retiredFrom(), indicator.retirementReason(), indicator.publicNote());
	}

	/**
	 * Whether a figure measured this way can be compared with one measured the other way:
	 * the same unit, frequency and accumulation. A change of polarity, decimals or
	 * wording leaves figures comparable; a count that became a rate does not.
	 */
	public boolean comparableWith(Measure other) {
		return this.unit == other.unit && this.frequency == other.frequency && this.accumulation == other.accumulation;
	}

	/** "%, 1 decimal place, higher is better, quarterly, snapshot", for the history. */
	public String summary() {
		return this.unit.label() + ", " + this.decimalPlaces
				+ ((this.decimalPlaces == 1) ? " decimal place" : " decimal places") + ", " + this.polarity.describe()
				+ ", " + this.frequency.label() + ", " + this.accumulation.label()
				+ ((this.arrearsMonths > 0) ? ", " + this.arrearsMonths + " months in arrears" : "")
				+ ", compared with " + this.comparison.label();
	}

}
