package uk.beacon.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import uk.beacon.changes.Change;

/**
 * The audit trail: entries are added, never changed.
 */
@Repository
public class AuditTrail {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ZoneId zone;

	AuditTrail(JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.zone = clock.getZone();
	}

	void record(Change change) {
		this.jdbc.sql("""
				insert into audit_event (actor, action, subject_type, subject, before, after, reason)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(change.actor(), change.action(), change.subjectType(), change.subject(), change.before(),
					change.after(), change.reason())
			.update();
	}

	/**
	 * Adds many entries as one stream ({@code COPY}), in the caller's transaction: an
	 * import of a million figures records a million changes without a million statements.
	 */
	void recordAll(Iterable<Change> changes) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
					"copy audit_event (actor, action, subject_type, subject, before, after, reason) "
							+ "from stdin with (format csv)",
					1 << 16);
			try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
				for (Change change : changes) {
					csv(out, change.actor(), false);
					csv(out, change.action(), false);
					csv(out, change.subjectType(), false);
					csv(out, change.subject(), false);
					csv(out, change.before(), false);
					csv(out, change.after(), false);
					csv(out, change.reason(), true);
				}
			}
			catch (IOException ex) {
				throw new SQLException("The audit trail could not be written", ex);
			}
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("copy audit_event", null, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	// CSV as COPY reads it: a missing value is empty and unquoted, any text is quoted
	private static void csv(Writer out, String value, boolean last) throws IOException {
		if (value != null) {
			out.write('"');
			out.write(value.replace("\"", "\"\""));
			out.write('"');
		}
		out.write(last ? '\n' : ',');
	}

	/**
	 * The entries matching a search, newest first.
	 * @param search what to look for; every part is optional; its days are the council's
	 * (from midnight to midnight in {@code beacon.time-zone}), not the database's or the
	 * server's
	 * @param limit at most this many
	 */
	public List<AuditEntry> search(AuditSearch search, int limit) {
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject, before, after, reason from audit_event
				where (cast(:like as text) is null or lower(actor || ' ' || action || ' ' || subject || ' '
				       || coalesce(before, '') || ' ' || coalesce(after, '') || ' ' || coalesce(reason, '')) like :like)
				  and (cast(:subject as text) is null or subject = :subject)
				  and (cast(:person as text) is null or lower(actor) like :person)
				  and (cast(:type as text) is null or subject_type = :type)
				  and (cast(:from as timestamptz) is null or occurred_at >= :from)
				  and (cast(:to as timestamptz) is null or occurred_at < :to)
				order by occurred_at desc, id desc limit :limit""")
			.param("like", like(search.text()))
			// codes are exact: WCC-CFC-04 and wcc-cfc-04 are two indicators
			.param("subject", blank(search.subject()) ? null : search.subject().trim())
			.param("person", like(search.person()))
			.param("type", blank(search.subjectType()) ? null : search.subjectType())
			.param("from", startOf(search.from()))
			.param("to", (search.to() != null) ? startOf(search.to().plusDays(1)) : null)
			.param("limit", limit)
			.query(AuditTrail::map)
			.list();
	}

	/** When the day begins in the council's time zone. */
	private OffsetDateTime startOf(LocalDate day) {
		return (day != null) ? day.atStartOfDay(this.zone).toOffsetDateTime() : null;
	}

	/** The kinds of thing the trail holds entries about. */
	public List<String> subjectTypes() {
		return this.jdbc.sql("select distinct subject_type from audit_event order by subject_type")
			.query(String.class)
			.list();
	}

	/**
	 * The latest changes to one thing, newest first, at most {@code limit} of them.
	 */
	public List<AuditEntry> latestOf(String subject, List<String> subjectTypes, int limit) {
		return this.jdbc
			.sql("""
					select id, occurred_at, actor, action, subject_type, subject, before, after, reason from audit_event
					where subject = :subject and subject_type in (:types) order by occurred_at desc, id desc limit :limit""")
			.param("subject", subject)
			.param("types", subjectTypes)
			.param("limit", limit)
			.query(AuditTrail::map)
			.list();
	}

	/** The newest entry's number, 0 when there is none: where "since now" starts. */
	public long latestId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	/**
	 * The changes to any of these things recorded after an entry, newest first, at most
	 * {@code limit} of them.
	 * @param afterId the newest entry when the person last looked
	 * @param subjects the codes and references of the things they looked at
	 */
	public List<AuditEntry> since(long afterId, java.util.Collection<String> subjects, int limit) {
		if (subjects.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject, before, after, reason from audit_event
				where id > :after and subject in (:subjects) order by id desc limit :limit""")
			.param("after", afterId)
			.param("subjects", subjects)
			.param("limit", limit)
			.query(AuditTrail::map)
			.list();
	}

	/** Every change of one kind to one thing, oldest first. */
	public List<AuditEntry> about(String subjectType, String subject) {
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject, before, after, reason from audit_event
				where subject_type = ? and subject = ? order by occurred_at, id""")
			.params(subjectType, subject)
			.query(AuditTrail::map)
			.list();
	}

	private static String like(String text) {
		return blank(text) ? null : "%"
				+ text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject"),
				rs.getString("before"), rs.getString("after"), rs.getString("reason"));
	}

	/**
	 * What to look for in the trail.
	 *
	 * @param text words anywhere in an entry
	 * @param subject the code or reference of what changed, exactly (WCC-CFC-04, CR4)
	 * @param person words in the name of who made the change
	 * @param subjectType the kind of thing changed
	 * @param from the first day
	 * @param to the last day
	 */
	public record AuditSearch(String text, String subject, String person, String subjectType, LocalDate from,
			LocalDate to) {

	}

}
