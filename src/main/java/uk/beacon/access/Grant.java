package uk.beacon.access;

import java.io.Serializable;
import java.util.Objects;

/**
 * A role someone holds, over an organisation unit and everything below it.
 *
 * @param role the role
 * @param unitId the unit, or {@code null} for every council
 * @param unitName the unit's name, or {@code null} for every council
 */
public record Grant(Role role, Long unitId, String unitName) implements Serializable {

	public Grant {
		Objects.requireNonNull(role, "role");
	}

	/** Whether the role reaches the place: held over every council or a unit above it. */
	public boolean covers(UnitPath where) {
		return this.unitId == null || where.includes(this.unitId);
	}

	/** "Approver for Children, Families and Communities", "Reader for every council". */
	public String describe() {
		return this.role.label() + " for " + ((this.unitName != null) ? this.unitName : "every council");
	}

}
