package uk.beacon.scorecard;

/**
 * The level of the organisation a scorecard reports on.
 */
public enum ScorecardKind {

	CORPORATE, DIRECTORATE, SERVICE;

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
