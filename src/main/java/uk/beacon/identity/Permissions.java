package uk.beacon.identity;

import uk.beacon.access.Role;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import uk.beacon.access.Actor;
import uk.beacon.access.Audience;
import uk.beacon.access.UnitPath;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;

/**
 * Decides what a person may do, from the roles they hold now (read afresh, so that a role
 * withdrawn or an account disabled takes effect on the next request) and where in the
 * organisation tree they hold them.
 */
@Component
public class Permissions {

	private final Accounts accounts;

	private final OrganisationUnits units;

	Permissions(Accounts accounts, OrganisationUnits units) {
		this.accounts = accounts;
		this.units = units;
	}

	/**
	 * The roles the viewer holds now; none once the account is disabled. Read once a
	 * request (the URL rule and the page both ask), afresh on the next.
	 */
	public List<RoleGrant> grantsOf(Viewer viewer) {
		return standingOf(viewer).grants();
	}

	/**
	 * Whether the viewer must change their password (set by an administrator's reset)
	 * before anything else: read with their roles, once a request, afresh on the next.
	 */
	public boolean mustChangePassword(Viewer viewer) {
		return standingOf(viewer).mustChangePassword();
	}

	private Accounts.Standing standingOf(Viewer viewer) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return this.accounts.standingOf(viewer.accountId());
		}
		String key = Permissions.class.getName() + ".standing." + viewer.accountId();
		Accounts.Standing standing = (Accounts.Standing) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (standing == null) {
			standing = this.accounts.standingOf(viewer.accountId());
			request.setAttribute(key, standing, RequestAttributes.SCOPE_REQUEST);
		}
		return standing;
	}

	/**
	 * Whether the viewer holds any of the roles anywhere (administrators hold every
	 * role).
	 */
	public boolean holdsAny(Viewer viewer, Role... roles) {
		List<Role> wanted = Arrays.asList(roles);
		return grantsOf(viewer).stream().anyMatch(g -> g.role() == Role.ADMINISTRATOR || wanted.contains(g.role()));
	}

	/**
	 * Whether the viewer holds the role over the given unit: granted for it, for a unit
	 * above it, or for every council. Administrators may do everything.
	 */
	public boolean holdsFor(Viewer viewer, Role role, long unitId) {
		Actor actor = actorOf(viewer);
		if (actor.isAdministrator() || actor.holdsEverywhere(role)) {
			return true;
		}
		return actor.holdsAnywhere(role) && actor.holds(pathOf(unitId, parents()), role);
	}

	/**
	 * The person as a module's write service receives them: their name for the audit
	 * trail and the roles they hold now.
	 */
	public Actor actorOf(Viewer viewer) {
		return new Actor(viewer.accountId(), viewer.actorName(),
				grantsOf(viewer).stream().map(RoleGrant::grant).toList());
	}

	/**
	 * What restricted items the viewer may see: those of the parts of the council they
	 * hold the restricted reader's permission over; everything for an administrator.
	 */
	public Audience audienceOf(Viewer viewer) {
		List<RoleGrant> grants = grantsOf(viewer);
		if (grants.stream()
			.anyMatch(g -> g.role() == Role.ADMINISTRATOR
					|| (g.role() == Role.RESTRICTED_READER && g.unitId() == null))) {
			return Audience.everywhere();
		}
		Set<Long> heldOver = grants.stream()
			.filter(g -> g.role() == Role.RESTRICTED_READER)
			.map(RoleGrant::unitId)
			.collect(Collectors.toSet());
		if (heldOver.isEmpty()) {
			return Audience.PUBLIC;
		}
		// the units below are read once a request, however many times the page asks
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = Permissions.class.getName() + ".audience." + viewer.accountId() + "." + heldOver;
		Audience audience = (request != null) ? (Audience) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST)
				: null;
		if (audience == null) {
			audience = Audience.within(heldOver, this.units.subtreesOf(heldOver));
			if (request != null) {
				request.setAttribute(key, audience, RequestAttributes.SCOPE_REQUEST);
			}
		}
		return audience;
	}

	private Map<Long, Long> parents() {
		Map<Long, Long> parents = new HashMap<>();
		for (OrganisationUnit unit : this.units.findAll()) {
			parents.put(unit.id(), unit.parentId());
		}
		return parents;
	}

	// the unit and every unit above it, from the tree read once
	private static UnitPath pathOf(long unitId, Map<Long, Long> parents) {
		List<Long> upwards = new java.util.ArrayList<>();
		Long current = unitId;
		while (current != null && !upwards.contains(current)) {
			upwards.add(current);
			current = parents.get(current);
		}
		return new UnitPath(upwards, String.valueOf(unitId), upwards.get(upwards.size() - 1));
	}

}
