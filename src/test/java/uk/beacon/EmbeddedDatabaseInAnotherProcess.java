package uk.beacon;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts Beacon's embedded database in a process of its own, writes one row and waits to
 * be killed, as a Beacon is by {@code kill -9} or a crash.
 */
final class EmbeddedDatabaseInAnotherProcess {

	static final String STARTED = "embedded database started";

	private EmbeddedDatabaseInAnotherProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(Path.of(args[0]));
		try (Connection owner = postgres.getPostgresDatabase().getConnection();
				Statement statement = owner.createStatement()) {
			statement.execute("create table written_before_the_crash (note text)");
			statement.execute("insert into written_before_the_crash values ('kept')");
		}
		System.out.println(STARTED);
		System.out.flush();
		new CountDownLatch(1).await();
	}

}
