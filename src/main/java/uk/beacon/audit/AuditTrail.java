package uk.beacon.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail: entries are added, never changed.
 */
@Repository
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String actor, String action, String subjectType, String subject, String before, String after) {
		this.jdbc
			.sql("""
					insert into audit_event (actor, action, subject_type, subject, before, after) values (?, ?, ?, ?, ?, ?)""")
			.params(actor, action, subjectType, subject, before, after)
			.update();
	}

	/**
	 * The entries matching a search, newest first.
	 * @param text words to find in the actor, action, subject, before or after
	 * @param subjectType the kind of thing changed, or {@code null} for any
	 * @param from the first day, or {@code null}
	 * @param to the last day, or {@code null}
	 * @param limit at most this many
	 */
	public List<AuditEntry> search(String text, String subjectType, java.time.LocalDate from, java.time.LocalDate to,
			int limit) {
		String like = (text == null || text.isBlank()) ? null
				: "%" + text.trim()
					.toLowerCase(java.util.Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject, before, after from audit_event
				where (cast(:like as text) is null or lower(actor || ' ' || action || ' ' || subject || ' '
				       || coalesce(before, '') || ' ' || coalesce(after, '')) like :like)
				  and (cast(:type as text) is null or subject_type = :type)
				  and (cast(:from as date) is null or occurred_at >= cast(:from as date))
				  and (cast(:to as date) is null or occurred_at < cast(:to as date) + 1)
				order by occurred_at desc, id desc limit :limit""")
			.param("like", like)
			.param("type", (subjectType == null || subjectType.isBlank()) ? null : subjectType)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(AuditTrail::map)
			.list();
	}

	/** The kinds of thing the trail holds entries about. */
	public List<String> subjectTypes() {
		return this.jdbc.sql("select distinct subject_type from audit_event order by subject_type")
			.query(String.class)
			.list();
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", java.time.OffsetDateTime.class),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject"),
				rs.getString("before"), rs.getString("after"));
	}

	public List<AuditEntry> about(String subjectType, String subject) {
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, subject_type, subject, before, after from audit_event
				where subject_type = ? and subject = ? order by occurred_at, id""")
			.params(subjectType, subject)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"),
					rs.getObject("occurred_at", java.time.OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject_type"), rs.getString("subject"),
					rs.getString("before"), rs.getString("after")))
			.list();
	}

}
