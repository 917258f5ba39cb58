package uk.beacon.organisation;

import java.util.Objects;

/**
 * A unit of the organisation tree as an officer or an import defines it: added when its
 * code is new, otherwise renamed or moved.
 *
 * @param code the unit's code, unique across Beacon
 * @param name its name as the council writes it
 * @param kind council, directorate or service
 * @param parentCode the code of the unit above it, {@code null} for a council
 */
public record UnitDefinition(String code, String name, OrganisationKind kind, String parentCode) {

	public UnitDefinition {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
	}

}
