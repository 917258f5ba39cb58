package uk.beacon.indicator;

/**
 * What an indicator says about itself, as a performance officer corrects it on screen:
 * its words, owner, source and whether residents see it. How its figures are rated (unit,
 * decimals, polarity, frequency, accumulation, arrears, comparison) is not here: changing
 * it would re-rate every figure held.
 *
 * @param code the indicator
 * @param expectedVersion the version the person saw
 * @param title as the council prints it
 * @param definition what is measured and how
 * @param ownerName the officer who owns the figure
 * @param ownerEmail their e-mail address
 * @param dataSource where the figure comes from
 * @param isPublic whether residents may see it
 * @param note decisions and caveats on record, for officers only
 * @param publicNote what residents should read about it
 */
public record IndicatorDescription(String code, int expectedVersion, String title, String definition, String ownerName,
		String ownerEmail, String dataSource, boolean isPublic, String note, String publicNote) {

	/** The indicator as it stands with these words. */
	Indicator applyTo(Indicator indicator) {
		return new Indicator(indicator.id(), indicator.code(), this.title, this.definition,
				indicator.organisationUnitId(), indicator.unit(), indicator.decimalPlaces(), indicator.polarity(),
				indicator.frequency(), indicator.accumulation(), indicator.arrearsMonths(), indicator.comparison(),
				this.ownerName, this.ownerEmail, this.dataSource, this.isPublic, this.note, indicator.version(),
				indicator.retiredFrom(), indicator.retirementReason(), this.publicNote);
	}

}
