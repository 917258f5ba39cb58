package uk.beacon;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Waits for the database at start, rather than exiting: when Beacon and PostgreSQL start
 * together (a reboot, a container platform starting both) the database is often not
 * accepting connections yet. Before any data source or Flyway is used, it tries a
 * connection every few seconds, with a line in the log each time, for up to
 * {@code beacon.database.start-wait} (two minutes unless set), then gives up with the
 * reason.
 * <p>
 * Only a database that cannot be reached is waited for: a wrong password, a database that
 * does not exist or a role that may not connect will not mend by waiting, and fails the
 * start at once with PostgreSQL's own words. The connection it tries is a plain one, made
 * as the pool would make it, so that the pool does not log a failed start each time.
 */
final class DatabaseAtStart implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAtStart.class);

	private static final Duration BETWEEN_TRIES = Duration.ofSeconds(5);

	private final Duration wait;

	DatabaseAtStart(Duration wait) {
		this.wait = wait;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			await(dataSource, beanName);
		}
		else if (bean instanceof Flyway flyway && flyway.getConfiguration().getDataSource() != null) {
			await(flyway.getConfiguration().getDataSource(), beanName);
		}
		return bean;
	}

	private void await(DataSource dataSource, String name) {
		Instant started = Instant.now();
		Instant giveUp = started.plus(this.wait);
		boolean waited = false;
		while (true) {
			try (Connection connection = tried(dataSource)) {
				if (waited) {
					log.info("Reached the database ({}) after waiting {} seconds", name,
							Duration.between(started, Instant.now()).toSeconds());
				}
				return;
			}
			catch (SQLException | RuntimeException ex) {
				if (!unreachable(ex)) {
					// not mended by waiting: the start fails where the data source is
					// first used, with the database's own reason
					return;
				}
				Duration left = Duration.between(Instant.now(), giveUp);
				if (left.compareTo(BETWEEN_TRIES) < 0) {
					throw new IllegalStateException(
							"Beacon could not reach its database (" + name + ") within " + this.wait.toSeconds()
									+ " seconds (beacon.database.start-wait): " + firstLine(ex)
									+ ". Check that PostgreSQL is running and that SPRING_DATASOURCE_URL names it.",
							ex);
				}
				log.warn("Waiting for the database ({}): {}. Trying again in {} seconds, for up to {} seconds more",
						name, firstLine(ex), BETWEEN_TRIES.toSeconds(), left.toSeconds());
				waited = true;
				sleep();
			}
		}
	}

	/** A connection made as the pool would make one, without starting the pool. */
	private static Connection tried(DataSource dataSource) throws SQLException {
		if (dataSource instanceof HikariDataSource hikari && !hikari.isRunning()) {
			if (hikari.getDataSource() != null) {
				return hikari.getDataSource().getConnection();
			}
			if (hikari.getJdbcUrl() != null) {
				return new DriverDataSource(hikari.getJdbcUrl(), hikari.getDriverClassName(),
						hikari.getDataSourceProperties(), hikari.getUsername(), hikari.getPassword())
					.getConnection();
			}
		}
		return dataSource.getConnection();
	}

	/**
	 * Whether the failure says the server could not be reached or is not accepting
	 * connections yet: SQL state 08001 (no connection made), 08006 (connection lost) or
	 * 57P03 (starting up). 08004, a server that asked for a password none was given for,
	 * is a mistake in the settings.
	 */
	static boolean unreachable(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& List.of("08001", "08006", "57P03").contains(sql.getSQLState())) {
				return true;
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static String firstLine(Throwable failure) {
		String message = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message).strip();
	}

	private static void sleep() {
		try {
			Thread.sleep(BETWEEN_TRIES.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the database", ex);
		}
	}

}
