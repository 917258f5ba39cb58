package uk.beacon.risk;

/**
 * Whether a risk is still being managed.
 */
public enum RiskStatus {

	OPEN, CLOSED;

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
