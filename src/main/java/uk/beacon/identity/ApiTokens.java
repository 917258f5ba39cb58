package uk.beacon.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The personal access tokens: only their hashes. Changes go through
 * {@link ApiTokenManagement}, which checks and audits them.
 */
@Repository
class ApiTokens {

	private static final String SELECT = """
			select id, user_id, name, hint, created_at, created_by, expires_on, last_used_at, revoked_at, revoked_by
			from api_token""";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long accountId, String name, String secretHash, String hint, String createdBy, LocalDate expiresOn) {
		return this.jdbc.sql("""
				insert into api_token (user_id, name, secret_hash, hint, created_by, expires_on)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(accountId, name, secretHash, hint, createdBy, expiresOn)
			.query(Long.class)
			.single();
	}

	Optional<ApiToken> findById(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(ApiTokens::map).optional();
	}

	Optional<ApiToken> findByHash(String secretHash) {
		return this.jdbc.sql(SELECT + " where secret_hash = ?").param(secretHash).query(ApiTokens::map).optional();
	}

	/** A person's tokens, those still working first, newest first. */
	List<ApiToken> findByAccount(long accountId) {
		return this.jdbc.sql(SELECT + " where user_id = ? order by revoked_at is not null, created_at desc, id desc")
			.param(accountId)
			.query(ApiTokens::map)
			.list();
	}

	/** Revokes a token not yet revoked; false when it already was. */
	boolean revoke(long id, String by) {
		return this.jdbc
			.sql("update api_token set revoked_at = now(), revoked_by = ? where id = ? and revoked_at is null")
			.params(by, id)
			.update() == 1;
	}

	/**
	 * Records that the token was used, at most once a minute, so that a busy client does
	 * not write on every call.
	 */
	void markUsed(long id) {
		this.jdbc.sql("""
				update api_token set last_used_at = now()
				where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
			.param(id)
			.update();
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("hint"),
				instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
				rs.getObject("expires_on", LocalDate.class), instant(rs.getTimestamp("last_used_at")),
				instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
