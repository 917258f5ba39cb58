package uk.beacon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server standing in for the council's, which a test can stop and start
 * again on the same port with the same data, as an outage or a restart would: Beacon
 * connects to it as an external database ({@code spring.datasource.url}).
 */
final class CouncilDatabase implements AutoCloseable {

	static final String USERNAME = "beacon";

	static final String PASSWORD = "secret";

	private final Path directory;

	private final int port;

	private EmbeddedPostgres server;

	private CouncilDatabase(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	/**
	 * A new server with its data in {@code directory}, running, with the role and
	 * database Beacon uses.
	 */
	static CouncilDatabase create(Path directory) throws IOException, SQLException {
		CouncilDatabase database = new CouncilDatabase(directory.toAbsolutePath(), freePort());
		database.start();
		try (Connection connection = database.server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create role " + USERNAME + " login password '" + PASSWORD + "'");
			statement.execute("create database beacon owner " + USERNAME);
		}
		return database;
	}

	/** Starts the server again, on the same port with the same data. */
	void start() {
		try {
			this.server = EmbeddedPostgres.builder()
				.setDataDirectory(this.directory)
				.setCleanDataDirectory(false)
				.setPort(this.port)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the server, ending every connection to it. */
	void stop() {
		try {
			this.server.close();
			this.server = null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What Beacon is started with to use this database. */
	String[] settings() {
		return new String[] { "--spring.datasource.url=jdbc:postgresql://localhost:" + this.port + "/beacon",
				"--spring.datasource.username=" + USERNAME, "--spring.datasource.password=" + PASSWORD };
	}

	@Override
	public void close() {
		if (this.server != null) {
			stop();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
