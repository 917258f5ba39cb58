package uk.beacon.access;

import java.util.List;
import java.util.Objects;

/**
 * Where something sits in a council's organisation tree: its unit and every unit above
 * it, up to the council. A role held over any of them reaches it.
 *
 * @param unitIds the unit first, its council last
 * @param unitName the unit's name, for messages
 * @param councilId the council at the top
 */
public record UnitPath(List<Long> unitIds, String unitName, long councilId) {

	public UnitPath {
		unitIds = List.copyOf(unitIds);
		Objects.requireNonNull(unitName, "unitName");
		if (unitIds.isEmpty() || unitIds.get(unitIds.size() - 1) != councilId) {
			throw new IllegalArgumentException("A path runs from a unit up to its council");
		}
	}

	/** The unit itself. */
	public long unitId() {
		return this.unitIds.get(0);
	}

	/** Whether the unit is this one or above it. */
	public boolean includes(long unitId) {
		return this.unitIds.contains(unitId);
	}

	/** Whether both sit in the same council. */
	public boolean sameCouncilAs(UnitPath other) {
		return this.councilId == other.councilId;
	}

}
