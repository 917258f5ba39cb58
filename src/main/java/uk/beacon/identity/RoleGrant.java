package uk.beacon.identity;

import uk.beacon.access.Grant;
import uk.beacon.access.Role;
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

	/** The role as a write service checks it. */
	public Grant grant() {
		return new Grant(this.role, this.unitId, this.unitName);
	}

	/** "Approver for Children, Families and Communities", "Reader for every council". */
	public String describe() {
		return this.role.label() + " for " + ((this.unitName != null) ? this.unitName : "every council");
	}

}
