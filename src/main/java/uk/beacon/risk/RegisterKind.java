package uk.beacon.risk;

/**
 * The level a register keeps risks for.
 */
public enum RegisterKind {

	CORPORATE, DIRECTORATE, SERVICE, PROJECT;

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
