package uk.beacon.indicator;

import java.util.Objects;

/**
 * The definition of something a council measures.
 *
 * @param id database identity, {@code null} until saved
 * @param code the council's unique code for the indicator
 * @param title the title as the council prints it
 * @param definition what is measured and how
 * @param organisationUnitId the unit that owns the indicator
 * @param unit the unit its values are in
 * @param decimalPlaces how many decimals values are shown and compared with
 * @param polarity which way is better
 * @param frequency how often it is measured
 * @param accumulation snapshot, or running total for the financial year
 * @param arrearsMonths how many months in arrears it is reported
 * @param comparison what direction of travel compares with
 * @param ownerName the officer who owns the figure
 * @param ownerEmail their e-mail address
 * @param dataSource where the figure comes from
 * @param isPublic whether residents may see it
 * @param note decisions and caveats on record
 * @param version incremented on every change, so concurrent edits are detected
 * @param retiredFrom the quarter from which the council no longer measures it, or
 * {@code null} while it is in use
 * @param retirementReason why it was retired, with {@code retiredFrom}
 * @param publicNote what residents should read about it, shown to everyone (the
 * {@code note} is the officers' own)
 */
public record Indicator(Long id, String code, String title, String definition, long organisationUnitId, Unit unit,
		int decimalPlaces, Polarity polarity, Frequency frequency, Accumulation accumulation, int arrearsMonths,
		Comparison comparison, String ownerName, String ownerEmail, String dataSource, boolean isPublic, String note,
		int version, uk.beacon.period.FinancialQuarter retiredFrom, String retirementReason, String publicNote) {

	/** An indicator in use. */
	public Indicator(Long id, String code, String title, String definition, long organisationUnitId, Unit unit,
			int decimalPlaces, Polarity polarity, Frequency frequency, Accumulation accumulation, int arrearsMonths,
			Comparison comparison, String ownerName, String ownerEmail, String dataSource, boolean isPublic,
			String note, int version) {
		this(id, code, title, definition, organisationUnitId, unit, decimalPlaces, polarity, frequency, accumulation,
				arrearsMonths, comparison, ownerName, ownerEmail, dataSource, isPublic, note, version, null, null,
				null);
	}

	public Indicator {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(title, "title");
		// how it is measured holds as a measure does
		new Measure(definition, unit, decimalPlaces, polarity, frequency, accumulation, arrearsMonths, comparison);
	}

	/**
	 * Whether the indicator is retired by the quarter: it is not shown, collected or
	 * entered for it.
	 */
	public boolean retiredBy(uk.beacon.period.FinancialQuarter quarter) {
		return this.retiredFrom != null && !quarter.start().isBefore(this.retiredFrom.start());
	}

	public String format(java.math.BigDecimal value) {
		return (value != null) ? this.unit.format(value, this.decimalPlaces) : "–";
	}

}
