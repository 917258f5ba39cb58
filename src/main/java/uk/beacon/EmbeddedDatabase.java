package uk.beacon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the PostgreSQL that Beacon runs itself when no external database is configured,
 * closed to everyone but Beacon: every connection must give a password (the owner's is
 * kept by {@link OwnerPassword}), the server listens on the loopback addresses alone and
 * offers no Unix socket. A server left running by a Beacon that was killed is stopped
 * first ({@link OrphanedServer}).
 * <p>
 * A data directory made by an earlier Beacon, which trusted every local connection, is
 * secured on its first start: the owner is given the password while the old rules still
 * let Beacon in, then the rules are replaced.
 */
final class EmbeddedDatabase {

	/**
	 * Beacon's rules for client authentication, written to {@code pg_hba.conf}. There is
	 * no Unix socket, but should one be opened it asks for the password too.
	 */
	private static final String PASSWORD_FOR_EVERY_CONNECTION = """
			# Beacon's rules, put back at every start: every connection gives its role's password.
			local   all   all                  scram-sha-256
			host    all   all   127.0.0.1/32   scram-sha-256
			host    all   all   ::1/128        scram-sha-256
			""";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration STOP_WAIT = Duration.ofMinutes(1);

	private EmbeddedDatabase() {
	}

	/**
	 * Starts the server with its data in {@code dataDir/postgres} and the owner's
	 * password in {@code dataDir/postgres-owner-password}. The server's own data sources
	 * ({@link EmbeddedPostgres#getPostgresDatabase()}) give the password.
	 */
	static EmbeddedPostgres start(Path dataDir) throws IOException {
		Path home = dataDir.toAbsolutePath();
		Path postgresDir = home.resolve("postgres");
		Files.createDirectories(postgresDir);
		Path passwordFile = home.resolve(OwnerPassword.FILE_NAME);
		String password = OwnerPassword.readOrCreate(passwordFile);
		log.info("Starting embedded PostgreSQL with its data in {}", postgresDir);
		EmbeddedPostgres postgres = startServer(postgresDir, passwordFile, password);
		try {
			demandPasswords(postgres, postgresDir.resolve("pg_hba.conf"), password);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			postgres.close();
			throw new IllegalStateException("Could not secure the embedded database in " + postgresDir, ex);
		}
		return postgres;
	}

	private static EmbeddedPostgres startServer(Path postgresDir, Path passwordFile, String password)
			throws IOException {
		EmbeddedPostgres.Builder server = EmbeddedPostgres.builder()
			.setDataDirectory(postgresDir)
			.setCleanDataDirectory(false)
			.setServerConfig("timezone", "UTC")
			// on the command line, so they win over postgresql.conf and ALTER SYSTEM
			.setServerConfig("listen_addresses", "127.0.0.1,::1")
			.setServerConfig("unix_socket_directories", "''")
			// initdb options, used only for a new data directory: the owner has the
			// password from the start and every connection must give it
			.setLocaleConfig("auth", "scram-sha-256")
			.setLocaleConfig("pwfile", passwordFile.toString())
			.setConnectConfig("password", password)
			// runs once the data directory is locked, before the server starts
			.setDataDirectoryCustomizer((directory) -> stopOrphanedServer(directory.toPath()));
		try {
			return server.start();
		}
		catch (IOException ex) {
			if (refusedThePassword(ex)) {
				throw new IllegalStateException(
						"The embedded database in " + postgresDir + " refused the owner's password kept in "
								+ passwordFile + ". Restore that file from the backup of " + passwordFile.getParent()
								+ " and start Beacon again.",
						ex);
			}
			throw ex;
		}
	}

	private static boolean refusedThePassword(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException refusal && "28P01".equals(refusal.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static void stopOrphanedServer(Path postgresDir) {
		try {
			OrphanedServer.stop(postgresDir, STOP_WAIT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Gives the owner the password and replaces the rules with Beacon's unless they are
	 * Beacon's already: a new data directory has initdb's rules, one from an earlier
	 * Beacon trusts every local connection.
	 */
	private static void demandPasswords(EmbeddedPostgres postgres, Path rules, String password)
			throws IOException, SQLException {
		if (Files.readString(rules).equals(PASSWORD_FOR_EVERY_CONNECTION)) {
			return;
		}
		log.info("Requiring a password for every connection to the embedded database ({})", rules);
		try (Connection owner = postgres.getPostgresDatabase().getConnection();
				Statement statement = owner.createStatement()) {
			// hashed here, so the password itself never reaches the server or its log
			owner.unwrap(PGConnection.class).alterUserPassword("postgres", password.toCharArray(), "scram-sha-256");
			Path written = Files.writeString(rules.resolveSibling("pg_hba.conf.new"), PASSWORD_FOR_EVERY_CONNECTION);
			if (rules.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(written, Files.getPosixFilePermissions(rules));
			}
			Files.move(written, rules, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			statement.execute("select pg_reload_conf()");
		}
		awaitPasswordDemanded(postgres);
	}

	/** The server reads the new rules a moment after being told to. */
	private static void awaitPasswordDemanded(EmbeddedPostgres postgres) throws SQLException {
		Instant giveUp = Instant.now().plusSeconds(10);
		while (true) {
			try (Connection withoutPassword = postgres.getDatabase("postgres", "postgres", Map.of()).getConnection()) {
				if (Instant.now().isAfter(giveUp)) {
					throw new IllegalStateException(
							"The embedded database still lets a connection in without a password");
				}
			}
			catch (SQLException refused) {
				// 08004: the server asked for a password the client did not have
				String state = String.valueOf(refused.getSQLState());
				if (state.equals("08004") || state.startsWith("28")) {
					return;
				}
				throw refused;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while securing the embedded database", ex);
			}
		}
	}

}
