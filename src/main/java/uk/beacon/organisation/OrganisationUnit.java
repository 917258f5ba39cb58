package uk.beacon.organisation;

import java.util.Objects;

/**
 * A council, one of its directorates or one of their services.
 *
 * @param id database identity, {@code null} until saved
 * @param code the council's short code, unique across Beacon
 * @param name the unit's name as the council writes it
 * @param kind council, directorate or service
 * @param parentId the unit above, {@code null} for a council
 * @param retirementReason why the council no longer has the unit, {@code null} while it
 * is in use
 */
public record OrganisationUnit(Long id, String code, String name, OrganisationKind kind, Long parentId,
		String retirementReason) {

	/** A unit in use. */
	public OrganisationUnit(Long id, String code, String name, OrganisationKind kind, Long parentId) {
		this(id, code, name, kind, parentId, null);
	}

	/** Whether the council no longer has the unit: nothing new is added to it. */
	public boolean retired() {
		return this.retirementReason != null;
	}

	public OrganisationUnit {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		if ((kind == OrganisationKind.COUNCIL) != (parentId == null)) {
			throw new IllegalArgumentException("A council has no parent; every other unit has one");
		}
	}

}
