package uk.beacon.access;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The person behind a change, with the roles they hold now, as every module's write
 * service receives it. The service asks {@link #require} before it changes anything, so
 * that a role held over one part of the council cannot change another part.
 *
 * @param accountId their account, {@code null} for Beacon itself
 * @param name how the audit trail names them: "Jane Smith (jsmith)"
 * @param grants the roles they hold now
 */
public record Actor(Long accountId, String name, List<Grant> grants) {

	public Actor {
		Objects.requireNonNull(name, "name");
		grants = List.copyOf(grants);
	}

	/**
	 * Beacon itself (loading the demo data, the morning's reminders): may do everything,
	 * and is named so in the audit trail.
	 */
	public static Actor system(String name) {
		return new Actor(null, name, List.of(new Grant(Role.ADMINISTRATOR, null, null)));
	}

	public boolean isAdministrator() {
		// (a loop, not a stream: an import asks for each of a million rows)
		for (Grant grant : this.grants) {
			if (grant.role() == Role.ADMINISTRATOR) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether they hold any of the roles over the place (administrators hold every role
	 * everywhere).
	 */
	public boolean holds(UnitPath where, Role... roles) {
		List<Role> wanted = Arrays.asList(roles);
		return isAdministrator() || this.grants.stream().anyMatch(g -> wanted.contains(g.role()) && g.covers(where));
	}

	/** Whether they hold any of the roles over every council. */
	public boolean holdsEverywhere(Role... roles) {
		List<Role> wanted = Arrays.asList(roles);
		return isAdministrator() || this.grants.stream().anyMatch(g -> wanted.contains(g.role()) && g.unitId() == null);
	}

	/** Whether they hold any of the roles anywhere. */
	public boolean holdsAnywhere(Role... roles) {
		List<Role> wanted = Arrays.asList(roles);
		return isAdministrator() || this.grants.stream().anyMatch(g -> wanted.contains(g.role()));
	}

	/**
	 * Refuses the change unless they hold one of the roles over the place it touches.
	 * @param where the part of the council the change touches
	 * @param what the change in words that follow "You cannot", e.g. "rename WCC-CFC-04"
	 * @throws NotPermitted saying which role is needed, where the item belongs and where
	 * their roles are held
	 */
	public void require(UnitPath where, String what, Role... roles) {
		if (holds(where, roles)) {
			return;
		}
		if (!holdsAnywhere(roles)) {
			throw new NotPermitted("You cannot " + what + ": that needs " + needed(roles) + ", which you do not hold.");
		}
		throw new NotPermitted("You cannot " + what + ": it belongs to " + where.unitName()
				+ ", which is outside the part of the council your role covers (you are " + held(roles) + ").");
	}

	/**
	 * Refuses the change unless they hold one of the roles over every council, as adding
	 * a council or changing what all councils share needs.
	 */
	public void requireEverywhere(String what, Role... roles) {
		if (holdsEverywhere(roles)) {
			return;
		}
		if (!holdsAnywhere(roles)) {
			throw new NotPermitted("You cannot " + what + ": that needs " + needed(roles) + ", which you do not hold.");
		}
		throw new NotPermitted("You cannot " + what + ": that needs " + needed(roles)
				+ " for every council, and your role covers only part of one (you are " + held(roles) + ").");
	}

	private static String needed(Role... roles) {
		return "the role of " + Arrays.stream(roles)
			.map(r -> r.label().toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.joining(" or "));
	}

	private String held(Role... roles) {
		List<Role> wanted = Arrays.asList(roles);
		return this.grants.stream()
			.filter(g -> wanted.contains(g.role()))
			.map(Grant::describe)
			.collect(Collectors.joining(", "));
	}

}
