package uk.beacon.indicator;

/**
 * How often an indicator is measured.
 */
public enum Frequency {

	MONTHLY, QUARTERLY, ANNUAL, IRREGULAR;

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
