package uk.beacon.identity;

import java.io.Serializable;

/**
 * A role a person holds, over an organisation unit and everything below it.
 *
 * @param id database identity
 * @param role the role
 * @param unitId the unit, or {@code null} for every council
 * @param unitName the unit's name, or {@code null}
 */
public record RoleGrant(long id, Role role, Long unitId, String unitName) implements Serializable {

	/** "Approver for Children, Families and Communities", "Reader for every council". */
	public String describe() {
		return this.role.label() + " for " + ((this.unitName != null) ? this.unitName : "every council");
	}

}
