package uk.beacon;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17: a backup of a council's database restores into a new server as
 * docs/operations.md says (the roles first, the schema by Beacon's migrations, the rows
 * with triggers held off), with every table's rows and the audit trail as they were, and
 * the application's role still unable to change the trail. The backup is every table's
 * rows in PostgreSQL's binary COPY format, taken in one snapshot, as {@code pg_dump
 * --data-only} writes them; PostgreSQL's own {@code pg_dump} for the embedded server's
 * version is not among the packages this build may install.
 */
@BeaconIntegrationTest
class BackupRestoreIntegrationTest {

	@Autowired
	DataSource live;

	@Test
	void aBackupRestoresEveryRowAndTheAuditTrailOntoANewServer() throws Exception {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		Map<String, byte[]> backup = new LinkedHashMap<>();
		Map<String, Long> counts = new LinkedHashMap<>();
		List<Map<String, Object>> latestAudit;
		try (Connection connection = this.live.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			JdbcClient jdbc = JdbcClient.create(new SingleConnection(connection));
			jdbc.sql("""
					select c.table_name, c.column_name from information_schema.columns c
					join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
					where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
					  and c.is_generated = 'NEVER' and c.table_name <> 'flyway_schema_history'
					order by c.table_name, c.ordinal_position""")
				.query((rs, row) -> tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
					.add(rs.getString(2)))
				.list();
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (Map.Entry<String, List<String>> table : tables.entrySet()) {
				ByteArrayOutputStream rows = new ByteArrayOutputStream();
				copy.copyOut("copy " + table.getKey() + " (" + String.join(", ", table.getValue())
						+ ") to stdout with (format binary)", rows);
				backup.put(table.getKey(), rows.toByteArray());
				counts.put(table.getKey(),
						jdbc.sql("select count(*) from " + table.getKey()).query(Long.class).single());
			}
			latestAudit = jdbc
				.sql("select id, actor, action, subject, before, after from audit_event " + "order by id desc limit 50")
				.query()
				.listOfRows();
			connection.commit();
		}
		assertThat(counts.get("indicator")).isPositive();
		assertThat(counts.get("audit_event")).isPositive();

		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			// 1. the roles first
			try (Connection superuser = server.getPostgresDatabase().getConnection();
					Statement statement = superuser.createStatement()) {
				statement.execute("create role beacon_owner login password 'owner-secret'");
				statement.execute("create role beacon_app login password 'app-secret'");
				statement.execute("create database beacon owner beacon_owner");
			}
			// 2. the schema, by Beacon's migrations as the owner
			String url = server.getJdbcUrl("beacon_owner", "beacon");
			Flyway.configure()
				.dataSource(url, "beacon_owner", "owner-secret")
				.locations("classpath:db/migration")
				.placeholders(Map.of("applicationRole", "beacon_app"))
				.callbacks(new SupersededMigrations())
				.load()
				.migrate();
			// 3. the rows over what the migrations made, triggers held off
			try (Connection superuser = server.getDatabase("postgres", "beacon").getConnection()) {
				superuser.setAutoCommit(false);
				try (Statement statement = superuser.createStatement()) {
					statement.execute("set session_replication_role = replica");
					statement.execute("truncate " + String.join(", ", tables.keySet()) + " cascade");
				}
				CopyManager copy = superuser.unwrap(PGConnection.class).getCopyAPI();
				for (Map.Entry<String, List<String>> table : tables.entrySet()) {
					copy.copyIn(
							"copy " + table.getKey() + " (" + String.join(", ", table.getValue())
									+ ") from stdin with (format binary)",
							new ByteArrayInputStream(backup.get(table.getKey())));
				}
				try (Statement statement = superuser.createStatement()) {
					statement.execute("""
							do $$ declare c record; begin
							  for c in select table_name, column_name from information_schema.columns
							           where table_schema = current_schema() and is_identity = 'YES' loop
							    execute format('select setval(pg_get_serial_sequence(%L, %L), '
							                   || 'coalesce((select max(%I) from %I), 0) + 1, false)',
							                   c.table_name, c.column_name, c.column_name, c.table_name);
							  end loop;
							end $$""");
				}
				superuser.commit();
			}

			JdbcClient restored = JdbcClient.create(new DriverManagerDataSource(url, "beacon_owner", "owner-secret"));
			counts.forEach((table,
					count) -> assertThat(restored.sql("select count(*) from " + table).query(Long.class).single())
						.as(table)
						.isEqualTo(count));
			assertThat(restored
				.sql("select id, actor, action, subject, before, after from audit_event order by id desc limit 50")
				.query()
				.listOfRows()).isEqualTo(latestAudit);

			// the application's role adds to the trail and never changes it
			JdbcClient application = JdbcClient.create(
					new DriverManagerDataSource(server.getJdbcUrl("beacon_app", "beacon"), "beacon_app", "app-secret"));
			application
				.sql("insert into audit_event (actor, action, subject_type, subject) "
						+ "values ('Restore check', 'RESTORED', 'DATABASE', 'beacon')")
				.update();
			assertThat(application.sql("select max(id) from audit_event").query(Long.class).single())
				.isGreaterThan((Long) latestAudit.get(0).get("id"));
			assertThatThrownBy(() -> application.sql("delete from audit_event").update()).rootCause()
				.hasMessageContaining("permission denied for table audit_event");
		}
	}

	/** One connection, held for the snapshot the backup is taken in. */
	private static final class SingleConnection extends org.springframework.jdbc.datasource.SingleConnectionDataSource {

		SingleConnection(Connection connection) throws SQLException {
			super(connection, true);
		}

	}

}
