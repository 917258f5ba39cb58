package uk.beacon;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data are opt-in in production: the {@code production} profile loads none, even
 * into the embedded database that would otherwise get them, and a council's own
 * PostgreSQL gets none unless {@code BEACON_DEMO_DATA=true}. A fresh start on the
 * embedded database still shows them (EmbeddedDatabaseRestartIntegrationTest).
 */
class DemoDataInProductionIntegrationTest {

	@Test
	void theProductionProfileLoadsNoDemoDataIntoAnEmptyDatabase() {
		Path dataDir = Path.of("target", "test-data", "production-" + UUID.randomUUID());
		try (ConfigurableApplicationContext beacon = new SpringApplicationBuilder(BeaconApplication.class).run(
				"--server.port=0", "--spring.profiles.active=production", "--beacon.data-dir=" + dataDir,
				"--beacon.admin-password=" + TestUsers.ADMIN_PASSWORD)) {
			assertThat(beacon.getEnvironment().getProperty("beacon.demo-data.enabled")).isEqualTo("false");
			assertNoDemoData(beacon.getBean(JdbcClient.class));
		}
	}

	@Test
	void aCouncilsOwnDatabaseGetsNoDemoDataUnlessAsked() throws IOException, SQLException {
		try (EmbeddedPostgres councilServer = EmbeddedPostgres.builder().start()) {
			try (var connection = councilServer.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create role beacon login password 'secret'");
				statement.execute("create database beacon owner beacon");
			}
			try (ConfigurableApplicationContext beacon = new SpringApplicationBuilder(BeaconApplication.class).run(
					"--server.port=0", "--spring.datasource.url=" + councilServer.getJdbcUrl("beacon", "beacon"),
					"--spring.datasource.username=beacon", "--spring.datasource.password=secret",
					"--beacon.admin-password=" + TestUsers.ADMIN_PASSWORD)) {
				assertNoDemoData(beacon.getBean(JdbcClient.class));
			}
		}
	}

	private static void assertNoDemoData(JdbcClient jdbc) {
		for (String table : new String[] { "organisation_unit", "indicator", "measurement", "scorecard", "risk" }) {
			assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
		}
		assertThat(jdbc.sql("select count(*) from audit_event where actor like '%demo%'").query(Long.class).single())
			.as("audit trail of a demo load")
			.isZero();
		// the first administrator is made as in any start
		assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(1);
	}

}
