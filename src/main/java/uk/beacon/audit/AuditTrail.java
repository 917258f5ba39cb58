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
