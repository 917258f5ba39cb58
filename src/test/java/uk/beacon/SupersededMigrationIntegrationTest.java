package uk.beacon;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A database migrated while V11 was as first committed (f299e96) upgrades to today's
 * migrations: Beacon accepts that one superseded checksum, and V12 drops the four
 * triggers the first V11 made. Any other checksum of a committed migration still stops
 * Flyway.
 */
class SupersededMigrationIntegrationTest {

	private static final List<String> TRIGGERS_OF_THE_FIRST_V11 = List.of("reporting_cycle_changed",
			"data_request_changed", "report_narrative_changed", "published_report_changed");

	@Test
	void aDatabaseMigratedWithTheFirstV11StartsAndLosesTheTriggersItMade() throws IOException, SQLException {
		try (EmbeddedPostgres councilServer = EmbeddedPostgres.builder().start()) {
			String url = database(councilServer);
			migrateAsBeforeV11WasChanged(url);
			JdbcClient before = JdbcClient.create(new DriverManagerDataSource(url, "beacon", "secret"));
			assertThat(checksumOfV11(before)).isEqualTo(SupersededMigrations.KNOWN.get(0).supersededChecksum());
			assertThat(triggers(before)).containsExactlyInAnyOrderElementsOf(TRIGGERS_OF_THE_FIRST_V11);

			try (ConfigurableApplicationContext beacon = new SpringApplicationBuilder(BeaconApplication.class).run(
					"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=beacon",
					"--spring.datasource.password=secret", "--beacon.demo-data.enabled=false")) {
				JdbcClient jdbc = beacon.getBean(JdbcClient.class);
				assertThat(checksumOfV11(jdbc)).isEqualTo(SupersededMigrations.KNOWN.get(0).currentChecksum());
				assertThat(jdbc.sql("select count(*) from flyway_schema_history where version = '12' and success")
					.query(Integer.class)
					.single()).isEqualTo(1);
				assertThat(triggers(jdbc)).isEmpty();
			}
		}
	}

	@Test
	void anyOtherChangeToACommittedMigrationStillStopsFlyway() throws IOException, SQLException {
		try (EmbeddedPostgres councilServer = EmbeddedPostgres.builder().start()) {
			String url = database(councilServer);
			flyway(url).locations("classpath:db/migration").load().migrate();
			JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "beacon", "secret"));
			jdbc.sql("update flyway_schema_history set checksum = 12345 where version = '11'").update();

			assertThatExceptionOfType(FlywayValidateException.class)
				.isThrownBy(() -> flyway(url).locations("classpath:db/migration").load().migrate())
				.withMessageContaining("checksum mismatch for migration version 11");
			assertThat(checksumOfV11(jdbc)).isEqualTo(12345);
		}
	}

	private static String database(EmbeddedPostgres server) throws SQLException {
		try (var connection = server.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create role beacon login password 'secret'");
			statement.execute("create database beacon owner beacon");
		}
		return server.getJdbcUrl("beacon", "beacon");
	}

	/** V1 to V10 as they are, then V11 as first committed. */
	private static void migrateAsBeforeV11WasChanged(String url) {
		flyway(url).locations("classpath:db/migration").target("10").load().migrate();
		flyway(url).locations("classpath:db/v11-as-first-committed")
			.ignoreMigrationPatterns("*:missing")
			.load()
			.migrate();
	}

	/**
	 * Flyway as Beacon configures it, with the callback that accepts V11's old checksum.
	 */
	private static FluentConfiguration flyway(String url) {
		return Flyway.configure()
			.dataSource(url, "beacon", "secret")
			.placeholders(Map.of("applicationRole", "beacon_app"))
			.callbacks(new SupersededMigrations());
	}

	private static int checksumOfV11(JdbcClient jdbc) {
		return jdbc.sql("select checksum from flyway_schema_history where version = '11'")
			.query(Integer.class)
			.single();
	}

	private static List<String> triggers(JdbcClient jdbc) {
		return jdbc.sql("select tgname from pg_trigger where tgname = any(?)")
			.param(TRIGGERS_OF_THE_FIRST_V11.toArray(String[]::new))
			.query(String.class)
			.list();
	}

}
