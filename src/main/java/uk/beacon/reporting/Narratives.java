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

	Optional<String> find(long scorecardId, String periodKey) {
		return this.jdbc.sql("select text from report_narrative where scorecard_id = ? and period = ?")
			.params(scorecardId, periodKey)
			.query(String.class)
			.optional();
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
