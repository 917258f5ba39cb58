package uk.beacon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Beacon killed without a chance to stop its PostgreSQL ({@code kill -9}, a crash)
 * leaves that server running on the data directory; the next start stops it cleanly
 * instead of failing.
 */
class EmbeddedDatabaseAfterACrashIntegrationTest {

	private final Path dataDir = Path.of("target", "test-data", "embedded-crash-" + UUID.randomUUID()).toAbsolutePath();

	private Process killedBeacon;

	private Optional<ProcessHandle> orphan = Optional.empty();

	private EmbeddedPostgres restarted;

	@AfterEach
	void stopWhatIsLeft() throws IOException {
		if (this.restarted != null) {
			this.restarted.close();
		}
		if (this.killedBeacon != null) {
			this.killedBeacon.destroyForcibly();
		}
		// only when the test failed: the server the killed process left behind
		this.orphan.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
	}

	@Test
	void aServerLeftRunningByAKilledBeaconIsStoppedAndTheNextStartSucceeds() throws Exception {
		Path output = Files.createDirectories(this.dataDir).resolve("killed-beacon.log");
		this.killedBeacon = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), EmbeddedDatabaseInAnotherProcess.class.getName(),
				this.dataDir.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		awaitStarted(output);

		this.killedBeacon.destroyForcibly().waitFor();
		Path pidFile = this.dataDir.resolve("postgres").resolve("postmaster.pid");
		this.orphan = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0)));
		assertThat(this.orphan).as("the server the killed Beacon left running")
			.hasValueSatisfying((server) -> assertThat(server.isAlive()).isTrue());

		this.restarted = new EmbeddedDatabaseConfiguration().embeddedPostgres(this.dataDir);

		assertThat(Files.readAllLines(pidFile).get(0)).isNotEqualTo(Long.toString(this.orphan.get().pid()));
		assertThat(this.orphan.get().isAlive()).isFalse();
		try (Connection owner = this.restarted.getPostgresDatabase().getConnection();
				Statement statement = owner.createStatement();
				ResultSet kept = statement.executeQuery("select note from written_before_the_crash")) {
			assertThat(kept.next()).isTrue();
			assertThat(kept.getString(1)).isEqualTo("kept");
		}
	}

	private void awaitStarted(Path output) throws Exception {
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
		while (!Files.readString(output).contains(EmbeddedDatabaseInAnotherProcess.STARTED)) {
			assertThat(this.killedBeacon.isAlive()).as("the other process is running: %s", Files.readString(output))
				.isTrue();
			assertThat(Instant.now()).as("the other process started its database in time").isBefore(giveUp);
			Thread.sleep(100);
		}
	}

}
