package uk.beacon;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 15: the reports a council published before Beacon kept versions (V34) become each
 * quarter's versions 1, 2 and so on in the order they were published, with no reason,
 * their snapshots untouched; afterwards the database still refuses to change one, and a
 * quarter cannot have two of the same version.
 */
class PublishedReportVersionsMigrationIntegrationTest {

	@Test
	void reportsPublishedBeforeVersionsAreNumberedInTheOrderTheyWerePublished() throws IOException, SQLException {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			try (var connection = server.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create role beacon login password 'secret'");
				statement.execute("create database beacon owner beacon");
			}
			String url = server.getJdbcUrl("beacon", "beacon");
			flyway(url).target("30").load().migrate();
			JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "beacon", "secret"));
			long unit = jdbc
				.sql("insert into organisation_unit (code, name, kind) values ('C', 'Council', 'COUNCIL') "
						+ "returning id")
				.query(Long.class)
				.single();
			long scorecard = jdbc
				.sql("insert into scorecard (code, name, organisation_unit_id, kind) values ('SC', 'Scorecard', ?, "
						+ "'CORPORATE') returning id")
				.param(unit)
				.query(Long.class)
				.single();
			// published out of the order of their identities, twice for Q2
			String hash = "a".repeat(64);
			for (Object[] report : List.of(new Object[] { "2019-Q2", "2019-11-20T10:00:00Z" },
					new Object[] { "2019-Q1", "2019-08-01T10:00:00Z" },
					new Object[] { "2019-Q2", "2019-11-01T10:00:00Z" })) {
				jdbc.sql("insert into published_report (scorecard_id, period, title, content, content_hash, "
						+ "published_by, published_at) values (?, ?, 'Report', '{}', ?, 'Ann', ?::timestamptz)")
					.params(scorecard, report[0], hash, report[1])
					.update();
			}

			flyway(url).load().migrate();

			assertThat(jdbc
				.sql("select period || ' ' || published_at::date || ' v' || version || ' ' || "
						+ "coalesce(reason, '-') || ' ' || content from published_report order by id")
				.query(String.class)
				.list()).containsExactly("2019-Q2 2019-11-20 v2 - {}", "2019-Q1 2019-08-01 v1 - {}",
						"2019-Q2 2019-11-01 v1 - {}");
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> jdbc.sql("update published_report set version = 3").update())
				.withMessageContaining("immutable snapshot");
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc
				.sql("insert into published_report (scorecard_id, period, title, content, content_hash, "
						+ "published_by, version) values (?, '2019-Q2', 'Report', '{}', ?, 'Bob', 2)")
				.params(scorecard, hash)
				.update()).withMessageContaining("published_report_one_of_each_version");
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc
				.sql("insert into published_report (scorecard_id, period, title, content, content_hash, "
						+ "published_by, version, reason) values (?, '2019-Q3', 'Report', '{}', ?, 'Bob', 1, 'why')")
				.params(scorecard, hash)
				.update()).withMessageContaining("published_report_first_has_no_reason");
		}
	}

	private static FluentConfiguration flyway(String url) {
		return Flyway.configure()
			.dataSource(url, "beacon", "secret")
			.locations("classpath:db/migration")
			.placeholders(Map.of("applicationRole", "beacon_app"))
			.callbacks(new SupersededMigrations());
	}

}
