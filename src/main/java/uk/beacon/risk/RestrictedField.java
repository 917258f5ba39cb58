package uk.beacon.risk;

/**
 * Parts of a risk that may be kept from the public while the rest is published.
 */
public enum RestrictedField {

	DESCRIPTION, CONSEQUENCES, CONTROLS, ACTIONS, OWNER;

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
