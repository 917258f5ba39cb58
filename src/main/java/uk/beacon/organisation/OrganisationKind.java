package uk.beacon.organisation;

/**
 * The levels of a council's organisation tree.
 */
public enum OrganisationKind {

	COUNCIL, DIRECTORATE, SERVICE;

	/**
	 * @return whether a unit of this kind may sit directly below one of {@code parent}
	 */
	public boolean mayBeChildOf(OrganisationKind parent) {
		return switch (this) {
			case COUNCIL -> false;
			case DIRECTORATE -> parent == COUNCIL;
			case SERVICE -> parent == DIRECTORATE;
		};
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
