package uk.beacon.identity;

import uk.beacon.access.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accounts and the roles they hold. Changes that people make go through
 * {@link AccountManagement}, which audits them; this class only reads and writes rows.
 */
@Repository
public class Accounts {

	private static final String SELECT = """
			select id, username, display_name, email, password_hash, must_change_password, enabled, failed_attempts,
			       locked_until, version
			from app_user""";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> findByUsername(String username) {
		return one(SELECT + " where username = ?", username.trim().toLowerCase(Locale.ROOT));
	}

	public Optional<Account> findById(long id) {
		return one(SELECT + " where id = ?", id);
	}

	public Optional<Account> findByEmail(String email) {
		return one(SELECT + " where email = ?", email.trim().toLowerCase(Locale.ROOT));
	}

	Optional<Account> findByOidc(String issuer, String subject) {
		return one(SELECT + " where oidc_issuer = ? and oidc_subject = ?", issuer, subject);
	}

	/** Every account, by name, with its roles. */
	public List<Account> findAll() {
		List<Account> rows = this.jdbc.sql(SELECT + " order by display_name, username").query(Accounts::map).list();
		Map<Long, List<RoleGrant>> grants = grantsByAccount();
		List<Account> accounts = new ArrayList<>();
		for (Account row : rows) {
			accounts.add(withGrants(row, grants.getOrDefault(row.id(), List.of())));
		}
		return accounts;
	}

	/**
	 * The roles an account holds now (none once it is disabled) and whether it must
	 * change its password (set by an administrator's reset) before anything else: both
	 * are asked on every page, so asked in one query.
	 */
	Standing standingOf(long accountId) {
		boolean[] mustChange = new boolean[1];
		List<RoleGrant> grants = new ArrayList<>();
		this.jdbc.sql("""
				select a.must_change_password, g.id, g.role, g.organisation_unit_id, u.name as unit_name
				from app_user a left join role_grant g on g.user_id = a.id and a.enabled
				left join organisation_unit u on u.id = g.organisation_unit_id
				where a.id = ? order by g.role, u.name nulls first""").param(accountId).query((rs, row) -> {
			mustChange[0] = rs.getBoolean("must_change_password");
			if (rs.getObject("id") != null) {
				grants.add(mapGrant(rs, row));
			}
			return null;
		}).list();
		return new Standing(List.copyOf(grants), mustChange[0]);
	}

	/**
	 * What an account may do now: the roles it holds and whether it must first change its
	 * password.
	 */
	record Standing(List<RoleGrant> grants, boolean mustChangePassword) {
	}

	/** The roles an account holds now. */
	public List<RoleGrant> grantsOf(long accountId) {
		return this.jdbc.sql("""
				select g.id, g.user_id, g.role, g.organisation_unit_id, u.name as unit_name
				from role_grant g join app_user a on a.id = g.user_id and a.enabled
				left join organisation_unit u on u.id = g.organisation_unit_id
				where g.user_id = ? order by g.role, u.name nulls first""")
			.param(accountId)
			.query(Accounts::mapGrant)
			.list();
	}

	boolean anyAdministrator() {
		return this.jdbc.sql("""
				select count(*) from role_grant g join app_user a on a.id = g.user_id
				where g.role = 'ADMINISTRATOR' and a.enabled""").query(Integer.class).single() > 0;
	}

	long insert(String username, String displayName, String email, String passwordHash, boolean mustChange) {
		return this.jdbc.sql("""
				insert into app_user (username, display_name, email, password_hash, must_change_password)
				values (?, ?, ?, ?, ?) returning id""")
			.params(username, displayName, email, passwordHash, mustChange)
			.query(Long.class)
			.single();
	}

	void linkOidc(long id, String issuer, String subject) {
		this.jdbc.sql("update app_user set oidc_issuer = ?, oidc_subject = ? where id = ?")
			.params(issuer, subject, id)
			.update();
	}

	long grant(long accountId, Role role, Long unitId) {
		return this.jdbc.sql("""
				insert into role_grant (user_id, role, organisation_unit_id) values (?, ?, ?)
				on conflict (user_id, role, organisation_unit_id) do update set role = excluded.role
				returning id""").params(accountId, role.name(), unitId).query(Long.class).single();
	}

	Optional<RoleGrant> revoke(long accountId, long grantId) {
		Optional<RoleGrant> grant = grantsOf(accountId).stream().filter(g -> g.id() == grantId).findFirst();
		this.jdbc.sql("delete from role_grant where id = ? and user_id = ?").params(grantId, accountId).update();
		return grant;
	}

	/**
	 * Sets a password, checking the version the administrator saw; false when it changed
	 * since.
	 */
	boolean setPassword(long id, int version, String hash, boolean mustChange) {
		return this.jdbc
			.sql("""
					update app_user set password_hash = ?, must_change_password = ?, failed_attempts = 0, locked_until = null,
					       version = version + 1
					where id = ? and version = ?""")
			.params(hash, mustChange, id, version)
			.update() == 1;
	}

	boolean setEnabled(long id, int version, boolean enabled) {
		return this.jdbc.sql("update app_user set enabled = ?, version = version + 1 where id = ? and version = ?")
			.params(enabled, id, version)
			.update() == 1;
	}

	boolean unlock(long id, int version) {
		return this.jdbc.sql("""
				update app_user set failed_attempts = 0, locked_until = null, version = version + 1
				where id = ? and version = ?""").params(id, version).update() == 1;
	}

	/** Counts a failed sign-in and returns the count. */
	int recordFailure(long id, int lockAfter, Instant lockUntil) {
		return this.jdbc.sql("""
				update app_user set failed_attempts = failed_attempts + 1,
				       locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
				where id = ? returning failed_attempts""")
			.params(lockAfter, Timestamp.from(lockUntil), id)
			.query(Integer.class)
			.single();
	}

	/**
	 * Remembers that the account signed in from this client, and forgets the clients it
	 * has not signed in from since {@code forgetBefore}. Written at most once a day for
	 * each client, since an API script signs in with every call.
	 */
	void rememberClient(long id, String client, Instant at, Instant forgetBefore) {
		int written = this.jdbc.sql("""
				insert into known_sign_in_client (user_id, client, last_signed_in_at) values (?, ?, ?)
				on conflict (user_id, client) do update set last_signed_in_at = excluded.last_signed_in_at
				where known_sign_in_client.last_signed_in_at < excluded.last_signed_in_at - interval '1 day'""")
			.params(id, client, Timestamp.from(at))
			.update();
		if (written > 0) {
			this.jdbc.sql("delete from known_sign_in_client where user_id = ? and last_signed_in_at < ?")
				.params(id, Timestamp.from(forgetBefore))
				.update();
		}
	}

	/** Whether the account has signed in from this client since then. */
	boolean knowsClient(long id, String client, Instant since) {
		return this.jdbc.sql("""
				select exists (select from known_sign_in_client
				               where user_id = ? and client = ? and last_signed_in_at >= ?)""")
			.params(id, client, Timestamp.from(since))
			.query(Boolean.class)
			.single();
	}

	void recordSuccess(long id) {
		this.jdbc
			.sql("update app_user set failed_attempts = 0, locked_until = null where id = ? and failed_attempts > 0")
			.param(id)
			.update();
	}

	private Optional<Account> one(String sql, Object... params) {
		return this.jdbc.sql(sql)
			.params(params)
			.query(Accounts::map)
			.optional()
			.map(row -> withGrants(row, grantsOf(row.id())));
	}

	private Map<Long, List<RoleGrant>> grantsByAccount() {
		Map<Long, List<RoleGrant>> grants = new HashMap<>();
		this.jdbc.sql("""
				select g.id, g.user_id, g.role, g.organisation_unit_id, u.name as unit_name
				from role_grant g left join organisation_unit u on u.id = g.organisation_unit_id
				order by g.role, u.name nulls first""").query((rs, row) -> {
			grants.computeIfAbsent(rs.getLong("user_id"), id -> new ArrayList<>()).add(mapGrant(rs, row));
			return null;
		}).list();
		return grants;
	}

	private static Account withGrants(Account row, List<RoleGrant> grants) {
		return new Account(row.id(), row.username(), row.displayName(), row.email(), row.passwordHash(),
				row.mustChangePassword(), row.enabled(), row.failedAttempts(), row.lockedUntil(), List.copyOf(grants),
				row.version());
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("must_change_password"),
				rs.getBoolean("enabled"), rs.getInt("failed_attempts"), (locked != null) ? locked.toInstant() : null,
				List.of(), rs.getInt("version"));
	}

	private static RoleGrant mapGrant(ResultSet rs, int row) throws SQLException {
		// a role for every council has no unit: null, never 0
		return new RoleGrant(rs.getLong("id"), Role.valueOf(rs.getString("role")),
				rs.getObject("organisation_unit_id", Long.class), rs.getString("unit_name"));
	}

}
