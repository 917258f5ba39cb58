package uk.beacon.access;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who is looking, as far as restricted items are concerned (Part II risks and fields,
 * Part B of reports, indicators not for publication): the public sees none, a restricted
 * reader those in the part of the council the permission is held over, an administrator
 * all.
 */
public final class Audience {

	/** Residents and anyone without the permission: nothing restricted ever appears. */
	public static final Audience PUBLIC = new Audience(false, Set.of(), "public");

	private static final Audience EVERYWHERE = new Audience(true, Set.of(), "restricted:all");

	private final boolean everywhere;

	private final Set<Long> unitIds;

	private final String key;

	private Audience(boolean everywhere, Set<Long> unitIds, String key) {
		this.everywhere = everywhere;
		this.unitIds = Set.copyOf(unitIds);
		this.key = key;
	}

	/** Sees restricted items of every council. */
	public static Audience everywhere() {
		return EVERYWHERE;
	}

	/**
	 * Sees restricted items of these units.
	 * @param heldOver the units the permission is granted over, which name the audience
	 * @param unitIds those units and every unit below them
	 */
	public static Audience within(Set<Long> heldOver, Set<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return PUBLIC;
		}
		return new Audience(false, unitIds,
				"restricted:" + new TreeSet<>(heldOver).stream().map(String::valueOf).collect(Collectors.joining(",")));
	}

	/** Whether restricted items of the unit may be shown. */
	public boolean seesRestricted(long unitId) {
		return this.everywhere || this.unitIds.contains(unitId);
	}

	/** Whether any restricted item may be shown at all. */
	public boolean seesAnyRestricted() {
		return this.everywhere || !this.unitIds.isEmpty();
	}

	/**
	 * Names what this audience sees, for pages kept as rendered: two people with the same
	 * key see the same page.
	 */
	public String key() {
		return this.key;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Audience that && this.key.equals(that.key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.key);
	}

	@Override
	public String toString() {
		return this.key;
	}

}
