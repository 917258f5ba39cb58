package uk.beacon;

import java.io.IOException;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts PostgreSQL inside Beacon when no external database is configured, so that a
 * newcomer needs nothing but a JDK. The data directory survives restarts; production sets
 * {@code SPRING_DATASOURCE_URL} and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	/**
	 * The server, closed to everyone but Beacon: see {@link EmbeddedDatabase}. Its data
	 * sources give the owner's password.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${beacon.data-dir}") Path dataDir) throws IOException {
		return EmbeddedDatabase.start(dataDir);
	}

	/**
	 * The application's own connections, as a role that owns nothing: it can read and
	 * write Beacon's tables but only add to the audit trail (see
	 * {@code afterMigrate.sql}).
	 */
	@Bean(destroyMethod = "close")
	@Primary
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${beacon.database.application-role}") String role,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
			@Value("${spring.datasource.hikari.connection-timeout:2000}") long connectionTimeout) throws SQLException {
		String password = UUID.randomUUID().toString();
		try (Connection owner = postgres.getPostgresDatabase().getConnection();
				Statement statement = owner.createStatement()) {
			statement.execute("select pg_advisory_lock(4217)");
			try (ResultSet exists = statement
				.executeQuery("select count(*) from pg_roles where rolname = '" + role.replace("'", "''") + "'")) {
				exists.next();
				String verb = (exists.getInt(1) == 0) ? "create" : "alter";
				statement.execute(verb + " role \"" + role + "\" login password '" + password + "'");
			}
			statement.execute("select pg_advisory_unlock(4217)");
		}
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(role, "postgres"));
		dataSource.setUsername(role);
		dataSource.setPassword(password);
		// the same settings as for an external database: a request waits this long for
		// a connection, then is told the database cannot be reached (503)
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setConnectionTimeout(connectionTimeout);
		dataSource.setPoolName("beacon");
		return dataSource;
	}

	/** Flyway migrates as the database owner, which the application itself never uses. */
	@Bean(destroyMethod = "close")
	@FlywayDataSource
	DataSource ownerDataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.connection-timeout:2000}") long connectionTimeout) {
		HikariDataSource dataSource = new HikariDataSource();
		// the server's own data source, which gives the owner's password
		dataSource.setDataSource(postgres.getPostgresDatabase());
		dataSource.setMaximumPoolSize(4);
		dataSource.setMinimumIdle(0);
		dataSource.setConnectionTimeout(connectionTimeout);
		dataSource.setPoolName("beacon-owner");
		return dataSource;
	}

}
