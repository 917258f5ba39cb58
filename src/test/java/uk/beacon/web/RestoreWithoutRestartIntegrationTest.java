package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a backup restored into the live database, without restarting Beacon, is what
 * every page shows at once. Kept pages and cached evaluations belong to one version of
 * the data; a restore puts back an earlier version number, which later changes reach
 * again, and a page kept before the restore at that number must not come back. The
 * restore is made as {@code pg_restore --data-only --disable-triggers} makes one: the
 * rows as they were, the version's counts with them, in one transaction, with no trigger
 * firing.
 */
@BeaconIntegrationTest
class RestoreWithoutRestartIntegrationTest {

	// what says which version of the data is committed, and of which epoch
	private static final List<String> VERSION_TABLES = List.of("data_change", "data_change_total", "data_change_table",
			"data_change_table_total", "data_change_indicator", "data_change_indicator_horizon", "data_change_epoch");

	private static final List<String> COUNCIL_TABLES = List.of("measurement_history", "measurement");

	private static final String COUNCIL = "indicator_id in (select id from indicator where code like 'RST-%')";

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedPostgres postgres;

	@Test
	void pagesShowTheRestoredFiguresWithoutARestartEvenOnceTheVersionIsReachedAgain() throws SQLException {
		this.csvImport
			.run(List.of(file("organisation.csv", "code,name,kind,parent_code\nRST,Restore Council,council,\n"),
					file("indicators.csv", """
							code,title,organisation_code,unit,decimal_places,polarity,frequency,public
							RST-1,Residents satisfied with the library,RST,percent,1,higher_is_better,quarterly,yes
							RST-2,Books lent,RST,number,0,higher_is_better,quarterly,yes
							"""), measurement("RST-1", "41.5")), TestUsers.SYSTEM);
		assertThat(page()).contains("41.5%");

		// the backup: the council's figures, and the version with them
		Map<String, String> backup = new LinkedHashMap<>();
		for (String table : VERSION_TABLES) {
			backup.put(table,
					this.jdbc.sql("select coalesce(json_agg(t), '[]')::text from " + table + " t")
						.query(String.class)
						.single());
		}
		for (String table : COUNCIL_TABLES) {
			backup.put(table,
					this.jdbc.sql("select coalesce(json_agg(t), '[]')::text from " + table + " t where " + COUNCIL)
						.query(String.class)
						.single());
		}

		// a correction made after it, shown and kept
		this.csvImport.run(List.of(measurement("RST-1", "58.5")), TestUsers.SYSTEM, "The survey was re-weighted");
		assertThat(page()).contains("58.5%");

		// the backup restored, as pg_restore --data-only --disable-triggers would: every
		// table's rows as they were, the data's version with them, in one transaction,
		// with no trigger recording the restore as a change
		try (Connection owner = this.postgres.getPostgresDatabase().getConnection()) {
			owner.setAutoCommit(false);
			try (Statement statement = owner.createStatement()) {
				statement.execute("set local session_replication_role = replica");
			}
			for (Map.Entry<String, String> table : backup.entrySet()) {
				String rows = COUNCIL_TABLES.contains(table.getKey()) ? " where " + COUNCIL : "";
				try (Statement statement = owner.createStatement()) {
					statement.execute("delete from " + table.getKey() + rows);
				}
				try (PreparedStatement insert = owner.prepareStatement("insert into " + table.getKey()
						+ " overriding system value select * from json_populate_recordset(null::" + table.getKey()
						+ ", cast(? as json))")) {
					insert.setString(1, table.getValue());
					insert.executeUpdate();
				}
			}
			owner.commit();
		}
		assertThat(page()).contains("41.5%").doesNotContain("58.5%");

		// a change elsewhere brings the version's number back to the one the page was
		// kept for before the restore: the restored figure all the same
		this.csvImport.run(List.of(measurement("RST-2", "1200")), TestUsers.SYSTEM);
		assertThat(page()).contains("41.5%").doesNotContain("58.5%");
	}

	private String page() {
		return Http.get(this.port, "/indicators/RST-1").body();
	}

	private static ImportFile measurement(String code, String value) {
		return file("measurements.csv", "indicator_code,data_period,reporting_period,value\n" + code
				+ ",Q1 2024/25,Q1 2024/25," + value + "\n");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
