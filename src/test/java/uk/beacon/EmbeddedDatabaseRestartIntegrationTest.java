package uk.beacon;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beacon's own PostgreSQL keeps its data between starts, and the demo data load only
 * once. Started as {@code ./mvnw spring-boot:run} starts it, with nothing set, so the
 * demo data load by default into the embedded database.
 */
class EmbeddedDatabaseRestartIntegrationTest {

	@Test
	void dataSurviveARestartAndTheDemoDataLoadOnce() {
		Path dataDir = Path.of("target", "test-data", "restart-" + UUID.randomUUID());

		long afterFirstStart;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			afterFirstStart = jdbc.sql("select count(*) from indicator").query(Long.class).single();
			jdbc.sql(
					"update indicator set note = 'kept across restarts' where code = (select min(code) from indicator)")
				.update();
		}
		assertThat(afterFirstStart).isGreaterThan(100);

		try (ConfigurableApplicationContext second = start(dataDir)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from indicator").query(Long.class).single())
				.isEqualTo(afterFirstStart);
			assertThat(jdbc.sql("select count(*) from indicator where note = 'kept across restarts'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(BeaconApplication.class).run("--server.port=0",
				"--beacon.data-dir=" + dataDir);
	}

}
