package uk.beacon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside Beacon when no external database is configured, so that a
 * newcomer needs nothing but a JDK. The data directory survives restarts; production sets
 * {@code SPRING_DATASOURCE_URL} and this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${beacon.data-dir}") Path dataDir) throws IOException {
		Path postgresDir = dataDir.toAbsolutePath().resolve("postgres");
		Files.createDirectories(postgresDir);
		log.info("Starting embedded PostgreSQL with its data in {}", postgresDir);
		return EmbeddedPostgres.builder()
			.setDataDirectory(postgresDir)
			.setCleanDataDirectory(false)
			.setServerConfig("timezone", "UTC")
			.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		// the same setting as for an external database
		dataSource.setMaximumPoolSize(poolSize);
		return dataSource;
	}

}
