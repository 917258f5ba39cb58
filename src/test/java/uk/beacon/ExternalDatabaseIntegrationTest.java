package uk.beacon;

import java.io.IOException;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the usual SPRING_DATASOURCE_* settings, Beacon uses that PostgreSQL and starts
 * none of its own. A separately started PostgreSQL server stands in for the council's;
 * the demo data, asked for, show that Beacon wrote there.
 */
class ExternalDatabaseIntegrationTest {

	@Test
	void usesTheConfiguredDatabaseAndStartsNoneOfItsOwn() throws IOException, SQLException {
		try (EmbeddedPostgres councilServer = EmbeddedPostgres.builder().start()) {
			try (var connection = councilServer.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create role beacon login password 'secret'");
				statement.execute("create database beacon owner beacon");
			}
			String url = councilServer.getJdbcUrl("beacon", "beacon");

			try (ConfigurableApplicationContext beacon = new SpringApplicationBuilder(BeaconApplication.class).run(
					"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=beacon",
					"--spring.datasource.password=secret", "--beacon.demo-data.enabled=true")) {
				assertThat(beacon.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
				JdbcClient jdbc = beacon.getBean(JdbcClient.class);
				assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("beacon");
				assertThat(jdbc.sql("select count(*) from scorecard").query(Long.class).single()).isEqualTo(3);
			}
		}
	}

}
