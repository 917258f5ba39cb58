package uk.beacon.identity;

import uk.beacon.access.Actor;
import uk.beacon.access.NotPermitted;
import uk.beacon.access.Role;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.changes.Change;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;

/**
 * Every change to accounts and roles, each checked and recorded in the audit trail in the
 * same transaction.
 */
@Service
public class AccountManagement {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Accounts accounts;

	private final OrganisationUnits units;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	AccountManagement(Accounts accounts, OrganisationUnits units, PasswordEncoder passwords,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.units = units;
		this.passwords = passwords;
		this.events = events;
	}

	/**
	 * Adds a person with a temporary password that they must change when they first sign
	 * in.
	 * @return the temporary password, to be shown once to the administrator
	 */
	@Transactional
	public NewAccount create(Actor actor, NewPerson person) {
		requireAdministrator(actor, "add people");
		String username = person.username();
		String displayName = person.displayName();
		String email = person.email();
		String name = (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountChangeRejected(
					"Enter a username of 2 to 63 lower-case letters, digits, dots, hyphens or underscores");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new AccountChangeRejected("Enter the person's name");
		}
		String mail = (email == null || email.isBlank()) ? null : email.trim().toLowerCase(Locale.ROOT);
		if (mail != null && !EMAIL.matcher(mail).matches()) {
			throw new AccountChangeRejected("Enter an e-mail address in the right format, like name@council.gov.uk");
		}
		if (this.accounts.findByUsername(name).isPresent()) {
			throw new AccountChangeRejected("There is already an account with the username " + name);
		}
		if (mail != null && this.accounts.findByEmail(mail).isPresent()) {
			throw new AccountChangeRejected("There is already an account with the e-mail address " + mail);
		}
		String password = PasswordPolicy.generate();
		long id = this.accounts.insert(name, displayName.trim(), mail, this.passwords.encode(password), true);
		this.events.publishEvent(new Change(actor.name(), "USER_CREATED", "USER", name, null,
				displayName.trim() + ((mail != null) ? " <" + mail + ">" : "")));
		return new NewAccount(id, name, password);
	}

	/** Creates the first administrator at the first start, with the given password. */
	@Transactional
	long createAdministrator(String username, String password) {
		long id = this.accounts.insert(username, "Administrator", null, this.passwords.encode(password), false);
		this.accounts.grant(id, Role.ADMINISTRATOR, null);
		this.events.publishEvent(new Change(CurrentViewer.SYSTEM, "USER_CREATED", "USER", username, null,
				"Administrator, the first account"));
		this.events.publishEvent(new Change(CurrentViewer.SYSTEM, "ROLE_GRANTED", "USER", username, null,
				"Administrator for every council"));
		return id;
	}

	/**
	 * Creates an account for someone signing in through the directory for the first time.
	 */
	@Transactional
	Account createFromDirectory(String username, String displayName, String email, String issuer, String subject,
			Role firstRole) {
		String name = username.toLowerCase(Locale.ROOT);
		int suffix = 1;
		while (this.accounts.findByUsername(name).isPresent()) {
			name = username.toLowerCase(Locale.ROOT) + "-" + (++suffix);
		}
		long id = this.accounts.insert(name, displayName, email, null, false);
		this.accounts.linkOidc(id, issuer, subject);
		this.events.publishEvent(new Change(CurrentViewer.SYSTEM, "USER_CREATED", "USER", name, null,
				displayName + " <" + email + ">, first signed in through " + issuer));
		if (firstRole != null) {
			this.accounts.grant(id, firstRole, null);
			this.events.publishEvent(new Change(CurrentViewer.SYSTEM, "ROLE_GRANTED", "USER", name, null,
					firstRole.label() + " for every council"));
		}
		return this.accounts.findById(id).orElseThrow();
	}

	@Transactional
	void linkDirectory(Account account, String issuer, String subject) {
		this.accounts.linkOidc(account.id(), issuer, subject);
		this.events.publishEvent(new Change(CurrentViewer.SYSTEM, "DIRECTORY_LINKED", "USER", account.username(), null,
				"signs in through " + issuer));
	}

	@Transactional
	public void grant(Actor actor, long accountId, Role role, Long unitId) {
		requireAdministrator(actor, "give people roles");
		Account account = existing(accountId);
		String unitName = null;
		if (unitId != null) {
			OrganisationUnit unit = this.units.findById(unitId)
				.orElseThrow(() -> new AccountChangeRejected("Choose a part of the council from the list"));
			unitName = unit.name();
		}
		if (role == Role.ADMINISTRATOR && unitId != null) {
			throw new AccountChangeRejected(
					"An administrator manages every council: leave the part of the council empty");
		}
		this.accounts.grant(accountId, role, unitId);
		this.events.publishEvent(new Change(actor.name(), "ROLE_GRANTED", "USER", account.username(), null,
				new RoleGrant(0, role, unitId, unitName).describe()));
	}

	@Transactional
	public void revoke(Actor actor, long accountId, long grantId) {
		requireAdministrator(actor, "take roles away");
		Account account = existing(accountId);
		RoleGrant grant = account.grants()
			.stream()
			.filter(g -> g.id() == grantId)
			.findFirst()
			.orElseThrow(() -> new AccountChangeRejected("That role has already been removed"));
		if (grant.role() == Role.ADMINISTRATOR && Long.valueOf(account.id()).equals(actor.accountId())) {
			throw new AccountChangeRejected("You cannot remove your own administrator role");
		}
		this.accounts.revoke(accountId, grantId);
		this.events
			.publishEvent(new Change(actor.name(), "ROLE_REVOKED", "USER", account.username(), grant.describe(), null));
	}

	/**
	 * Gives a person a new temporary password, to be changed at their next sign-in; also
	 * ends a lock-out.
	 * @return the temporary password, shown once to the administrator
	 */
	@Transactional
	public String resetPassword(Actor actor, long accountId, int version) {
		requireAdministrator(actor, "reset people's passwords");
		Account account = existing(accountId);
		String password = PasswordPolicy.generate();
		if (!this.accounts.setPassword(accountId, version, this.passwords.encode(password), true)) {
			throw stale(account);
		}
		this.events.publishEvent(new Change(actor.name(), "PASSWORD_RESET", "USER", account.username(), null,
				"temporary password issued; to be changed at the next sign-in"));
		return password;
	}

	@Transactional
	public void unlock(Actor actor, long accountId, int version) {
		requireAdministrator(actor, "unlock accounts");
		Account account = existing(accountId);
		if (!this.accounts.unlock(accountId, version)) {
			throw stale(account);
		}
		this.events.publishEvent(new Change(actor.name(), "ACCOUNT_UNLOCKED", "USER", account.username(),
				account.failedAttempts() + " failed sign-ins", "unlocked"));
	}

	@Transactional
	public void setEnabled(Actor actor, long accountId, int version, boolean enabled) {
		requireAdministrator(actor, "enable or disable accounts");
		Account account = existing(accountId);
		if (!enabled && Long.valueOf(account.id()).equals(actor.accountId())) {
			throw new AccountChangeRejected("You cannot disable your own account");
		}
		if (!this.accounts.setEnabled(accountId, version, enabled)) {
			throw stale(account);
		}
		this.events.publishEvent(new Change(actor.name(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "USER",
				account.username(), account.enabled() ? "enabled" : "disabled", enabled ? "enabled" : "disabled"));
	}

	/** A person changes their own password, knowing the current one. */
	@Transactional
	public void changeOwnPassword(Viewer viewer, String current, String replacement, String confirmation) {
		Account account = existing(viewer.accountId());
		if (account.passwordHash() == null || current == null
				|| !this.passwords.matches(current, account.passwordHash())) {
			throw new AccountChangeRejected("Your current password is not right");
		}
		PasswordPolicy.problem(account.username(), replacement).ifPresent(problem -> {
			throw new AccountChangeRejected(problem);
		});
		if (!replacement.equals(confirmation)) {
			throw new AccountChangeRejected("The new password and its confirmation are not the same");
		}
		if (replacement.equals(current)) {
			throw new AccountChangeRejected("Choose a new password that is different from the current one");
		}
		if (!this.accounts.setPassword(account.id(), account.version(), this.passwords.encode(replacement), false)) {
			throw stale(account);
		}
		this.events.publishEvent(
				new Change(viewer.actorName(), "PASSWORD_CHANGED", "USER", account.username(), null, "changed"));
	}

	static void requireAdministrator(Actor actor, String what) {
		if (!actor.isAdministrator()) {
			throw new NotPermitted("You cannot " + what + ": only an administrator can.");
		}
	}

	private Account existing(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountChangeRejected("There is no such account"));
	}

	private static AccountChangeRejected stale(Account account) {
		return new AccountChangeRejected("Someone else changed the account of " + account.displayName()
				+ " while you were looking at it. Check it again and repeat the change if it is still needed.");
	}

	/**
	 * An account just created.
	 *
	 * @param id its identity
	 * @param username what they sign in with
	 * @param temporaryPassword shown once to the administrator
	 */
	public record NewAccount(long id, String username, String temporaryPassword) {
	}

}
