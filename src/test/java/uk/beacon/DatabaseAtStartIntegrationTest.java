package uk.beacon;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Issue 17: Beacon started before the council's database waits for it, saying so in the
 * log, instead of exiting; it gives up with the reason after
 * {@code beacon.database.start-wait}, and does not wait at all for a mistake that waiting
 * cannot mend, such as a database that does not exist.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseAtStartIntegrationTest {

	@Test
	void waitsForADatabaseThatStartsAfterBeacon(CapturedOutput output) throws Exception {
		try (CouncilDatabase database = CouncilDatabase.create(directory())) {
			database.stop();
			CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture
				.supplyAsync(() -> beacon(database.settings(), "--beacon.database.start-wait=2m"));

			awaitOutput(output, "Waiting for the database");
			assertThat(starting).as("still waiting, not exited").isNotDone();
			database.start();

			try (ConfigurableApplicationContext beacon = starting.get(2, TimeUnit.MINUTES)) {
				int port = beacon.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
				assertThat(ReadinessAtStartIntegrationTest.status(port, "/actuator/health/readiness")).isEqualTo(200);
				assertThat(output.getOut()).contains("Reached the database (dataSource) after waiting");
			}
		}
	}

	@Test
	void givesUpWithTheReasonWhenTheDatabaseNeverComes() throws Exception {
		try (CouncilDatabase database = CouncilDatabase.create(directory())) {
			database.stop();
			Instant started = Instant.now();

			assertThatException().isThrownBy(() -> beacon(database.settings(), "--beacon.database.start-wait=6s"))
				.withStackTraceContaining("Beacon could not reach its database (dataSource) within 6 seconds")
				.withStackTraceContaining("beacon.database.start-wait");
			assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(60));
		}
	}

	@Test
	void aMistakeInTheSettingsIsNotWaitedFor(CapturedOutput output) throws Exception {
		try (CouncilDatabase database = CouncilDatabase.create(directory())) {
			String[] settings = database.settings();
			settings[0] = settings[0].replace("/beacon", "/no_such_database");
			Instant started = Instant.now();

			assertThatException().isThrownBy(() -> beacon(settings, "--beacon.database.start-wait=2m").close())
				.withStackTraceContaining("database \"no_such_database\" does not exist");
			assertThat(output.getOut()).doesNotContain("Waiting for the database");
			assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofMinutes(1));
		}
	}

	private static ConfigurableApplicationContext beacon(String[] database, String wait) {
		return new SpringApplicationBuilder(BeaconApplication.class).run("--server.port=0", database[0], database[1],
				database[2], wait, "--beacon.demo-data.enabled=false",
				"--beacon.admin-password=" + TestUsers.ADMIN_PASSWORD);
	}

	private static Path directory() {
		return Path.of("target/test-data/start-" + UUID.randomUUID());
	}

	private static void awaitOutput(CapturedOutput output, String text) throws InterruptedException {
		Instant giveUp = Instant.now().plusSeconds(60);
		while (!output.getOut().contains(text)) {
			assertThat(Instant.now()).as("logged: " + text).isBefore(giveUp);
			Thread.sleep(100);
		}
	}

}
