package uk.beacon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL that an earlier Beacon left running on the data directory when it
 * was killed without a chance to stop it ({@code kill -9}, a crash). Such a server still
 * holds the directory, so a new one could not start there.
 * <p>
 * Call it only while holding the data directory's lock (the embedded database takes it
 * before starting), so that the server cannot belong to a Beacon still running.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private static final Duration EXIT_WAIT = Duration.ofSeconds(2);

	private OrphanedServer() {
	}

	/**
	 * Stops the server named in the data directory's {@code postmaster.pid} if that
	 * process is still running and is that server, and waits until it has shut down.
	 */
	static void stop(Path dataDirectory, Duration wait) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (Files.notExists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		// line 1 is the server's process id, line 3 when it started (seconds since 1970)
		if (lines.size() < 3) {
			return;
		}
		Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> isTheServer(process, Instant.ofEpochSecond(Long.parseLong(lines.get(2).strip()))));
		if (server.isEmpty()) {
			// a file left by a server that has gone: PostgreSQL sees that itself
			return;
		}
		long pid = server.get().pid();
		log.warn("PostgreSQL (process {}) from an earlier Beacon that did not stop is still running on {}; stopping it",
				pid, dataDirectory);
		// SIGTERM: a smart shutdown, which waits for sessions to end; those of the killed
		// Beacon ended with it
		server.get().destroy();
		Instant giveUp = Instant.now().plus(wait);
		while (server.get().isAlive() && Files.exists(pidFile)) {
			if (Instant.now().isAfter(giveUp)) {
				throw new IllegalStateException("PostgreSQL (process " + pid
						+ ") from an earlier Beacon is still running on " + dataDirectory + " and did not stop within "
						+ wait.toSeconds() + " seconds. Stop that process and start Beacon again.");
			}
			sleep();
		}
		// the server removes its file as the last step of shutting down; its process may
		// be listed a moment longer, or for good where nothing collects ended processes
		Instant exited = Instant.now().plus(EXIT_WAIT);
		while (server.get().isAlive() && Instant.now().isBefore(exited)) {
			sleep();
		}
	}

	/**
	 * Whether the process is the PostgreSQL that wrote the file, not another program that
	 * was given the same number after a restart of the machine.
	 */
	private static boolean isTheServer(ProcessHandle process, Instant serverStarted) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command()
			.map((command) -> Path.of(command).getFileName().toString())
			.filter((name) -> name.equals("postgres") || name.equals("postgres.exe"))
			.isPresent();
		boolean startedThen = info.startInstant()
			.map((started) -> Duration.between(started, serverStarted).abs().toSeconds() <= 5)
			.orElse(true);
		return postgres && startedThen;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for an earlier PostgreSQL to stop", ex);
		}
	}

}
