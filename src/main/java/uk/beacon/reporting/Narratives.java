package uk.beacon.reporting;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Narratives officers have edited, one per scorecard and quarter, kept until the report
 * is published and afterwards as they were.
 */
@Repository
class Narratives {

	private final JdbcClient jdbc;

	Narratives(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Saved> find(long scorecardId, String periodKey) {
		return this.jdbc
			.sql("select text, edited_by, edited_at from report_narrative where scorecard_id = ? and period = ?")
			.params(scorecardId, periodKey)
			.query((rs, row) -> new Saved(rs.getString("text"), rs.getString("edited_by"),
					rs.getObject("edited_at", java.time.OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Holds the narrative of one report until the transaction ends, so that two people
	 * saving at once are checked one after the other.
	 */
	void lock(long scorecardId, String periodKey) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('report_narrative'), hashtext(? || '/' || ?))")
			.params(scorecardId, periodKey)
			.query((rs, row) -> 0)
			.list();
	}

	/** A narrative as an officer left it. */
	record Saved(String text, String editedBy, java.time.OffsetDateTime editedAt) {
	}

	void save(long scorecardId, String periodKey, String text, String editedBy) {
		this.jdbc.sql("""
				insert into report_narrative (scorecard_id, period, text, edited_by) values (?, ?, ?, ?)
				on conflict (scorecard_id, period) do update set text = excluded.text,
				    edited_by = excluded.edited_by, edited_at = now()""")
			.params(scorecardId, periodKey, text, editedBy)
			.update();
	}

	void remove(long scorecardId, String periodKey) {
		this.jdbc.sql("delete from report_narrative where scorecard_id = ? and period = ?")
			.params(scorecardId, periodKey)
			.update();
	}

}
