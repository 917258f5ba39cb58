package uk.beacon.risk;

/**
 * How the council has chosen to respond to a risk: the four Ts.
 */
public enum RiskResponse {

	TREAT, TOLERATE, TRANSFER, TERMINATE;

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
