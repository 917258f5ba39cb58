package uk.beacon;

import java.util.Locale;

import uk.beacon.access.Actor;
import uk.beacon.access.Grant;
import uk.beacon.access.Role;
import uk.beacon.identity.Account;
import uk.beacon.identity.AccountManagement;
import uk.beacon.identity.Accounts;
import uk.beacon.identity.NewPerson;
import uk.beacon.identity.Viewer;
import uk.beacon.organisation.OrganisationUnits;

/**
 * People for the tests, made the way an administrator makes them: added with a temporary
 * password, which the person then changes to {@link #PASSWORD}, and given roles.
 */
public final class TestUsers {

	/**
	 * The first administrator's password in the tests ({@code beacon.admin-password}).
	 */
	public static final String ADMIN_PASSWORD = "Test-chief-officer-2026";

	/**
	 * Beacon itself, as the tests' set-up acts: may do everything, as the demo data
	 * loader does.
	 */
	public static final Actor SYSTEM = Actor.system("Test set-up");

	/**
	 * A person acting with the role over every council, as the services receive them.
	 */
	public static Actor everywhere(String name, Role role) {
		return new Actor(null, name, java.util.List.of(new Grant(role, null, null)));
	}

	/** The password every other test person chooses. */
	public static final String PASSWORD = "correct horse battery staple";

	private TestUsers() {
	}

	/**
	 * The account with this username, created with the roles given if it does not exist.
	 * @param grants pairs of role and unit code (null for every council)
	 */
	public static Account ensure(org.springframework.context.ApplicationContext context, String username, String email,
			Object... grants) {
		Accounts accounts = context.getBean(Accounts.class);
		AccountManagement management = context.getBean(AccountManagement.class);
		OrganisationUnits units = context.getBean(OrganisationUnits.class);
		synchronized (TestUsers.class) {
			var existing = accounts.findByUsername(username);
			if (existing.isPresent()) {
				return existing.get();
			}
			String name = username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1) + " Tester";
			AccountManagement.NewAccount created = management.create(SYSTEM, new NewPerson(username, name, email));
			Account account = accounts.findById(created.id()).orElseThrow();
			management.changeOwnPassword(new Viewer(account.id(), account.username(), name, email),
					created.temporaryPassword(), PASSWORD, PASSWORD);
			for (int i = 0; i < grants.length; i += 2) {
				Role role = (Role) grants[i];
				String unitCode = (String) grants[i + 1];
				Long unitId = (unitCode != null) ? units.findByCode(unitCode).orElseThrow().id() : null;
				management.grant(SYSTEM, account.id(), role, unitId);
			}
			return accounts.findById(account.id()).orElseThrow();
		}
	}

}
