package uk.beacon.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published reports, each stored once as the JSON of its content with the hash of that
 * JSON. The database refuses to change or remove them; reading one checks its hash.
 */
@Repository
public class PublishedReports {

	// the snapshot's own format, independent of how the API writes JSON
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, scorecard_id, period, title, published_by, published_at, content_hash, "
			+ "version, reason";

	private final JdbcClient jdbc;

	PublishedReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the report as the quarter's next version: 1 when it was never published, one
	 * more than the last otherwise.
	 * @param reason why it is published again, {@code null} for the first version
	 */
	PublishedReport add(long scorecardId, String periodKey, CabinetReport report, String publishedBy, String reason) {
		String content = JSON.writeValueAsString(report);
		String hash = sha256(content);
		return this.jdbc
			.sql("insert into published_report (scorecard_id, period, title, content, content_hash, "
					+ "published_by, version, reason) values (?, ?, ?, ?, ?, ?, (select coalesce(max(version), 0) + 1 "
					+ "from published_report where scorecard_id = ? and period = ?), ?) returning " + COLUMNS)
			.params(scorecardId, periodKey, report.title(), content, hash, publishedBy, scorecardId, periodKey, reason)
			.query(PublishedReports::map)
			.single();
	}

	/**
	 * @return every version published for the scorecard and quarter, the first first
	 */
	public List<PublishedReport> versions(long scorecardId, String periodKey) {
		return this.jdbc
			.sql("select " + COLUMNS + " from published_report where scorecard_id = ? and period = ? order by version")
			.params(scorecardId, periodKey)
			.query(PublishedReports::map)
			.list();
	}

	/**
	 * @return every published report, newest first
	 */
	public List<PublishedReport> all() {
		return this.jdbc.sql("select " + COLUMNS + " from published_report order by published_at desc, id desc")
			.query(PublishedReports::map)
			.list();
	}

	public Optional<PublishedReport> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from published_report where id = ?")
			.param(id)
			.query(PublishedReports::map)
			.optional();
	}

	/**
	 * @return the report last published for the scorecard and quarter, if any
	 */
	public Optional<PublishedReport> latest(long scorecardId, String periodKey) {
		return this.jdbc
			.sql("select " + COLUMNS + " from published_report where scorecard_id = ? and period = ?"
					+ " order by version desc limit 1")
			.params(scorecardId, periodKey)
			.query(PublishedReports::map)
			.optional();
	}

	/**
	 * @return the report's frozen content
	 * @throws IllegalStateException when the stored content no longer matches its hash
	 */
	public CabinetReport content(PublishedReport report) {
		String content = this.jdbc.sql("select content from published_report where id = ?")
			.param(report.id())
			.query(String.class)
			.single();
		if (!sha256(content).equals(report.contentHash())) {
			throw new IllegalStateException("The snapshot of published report " + report.id()
					+ " does not match its content hash: it has been altered outside Beacon.");
		}
		return JSON.readValue(content, CabinetReport.class);
	}

	/** A draft's content in one word: equal exactly when the snapshots would be. */
	static String fingerprint(CabinetReport report) {
		return sha256(JSON.writeValueAsString(report));
	}

	static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static PublishedReport map(ResultSet rs, int row) throws SQLException {
		return new PublishedReport(rs.getLong("id"), rs.getLong("scorecard_id"), rs.getString("period"),
				rs.getString("title"), rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class),
				rs.getString("content_hash"), rs.getInt("version"), rs.getString("reason"));
	}

}
