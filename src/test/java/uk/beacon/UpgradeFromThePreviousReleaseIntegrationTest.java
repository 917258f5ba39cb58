package uk.beacon;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import uk.beacon.collection.Collection;
import uk.beacon.collection.DataRequest;
import uk.beacon.collection.MailKind;
import uk.beacon.collection.ReportingCycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that the previous release made and used upgrades to this release: Flyway
 * accepts the checksums that release recorded (an edited migration, as V11 once was,
 * would stop it here as on a council's server), runs the migrations added since, and
 * every row the release wrote is still there, read by today's Beacon. The database is
 * rebuilt from a snapshot ({@link ReleaseSnapshot}) of one that Beacon at 8da56dd
 * (migrations V1 to V20) made and used: the demo councils loaded, two quarters opened, an
 * owner named whose requests could not be e-mailed. At each release the snapshot moves on
 * (docs/migrations.md, "Upgrades").
 */
class UpgradeFromThePreviousReleaseIntegrationTest {

	private static final String SNAPSHOT = "db/previous-release/beacon-8da56dd.txt.gz";

	/** The first administrator's password when the snapshot was made. */
	private static final String ADMIN_PASSWORD = "Previous-release-1";

	@Test
	void aDatabaseThePreviousReleaseMadeUpgradesKeepingEveryRow() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			try (Connection superuser = server.getPostgresDatabase().getConnection();
					var statement = superuser.createStatement()) {
				statement.execute("create role beacon login password 'secret'");
				statement.execute("create database beacon owner beacon");
			}
			String url = server.getJdbcUrl("beacon", "beacon");
			Map<String, Long> rows = previousRelease(server, url);
			JdbcClient before = JdbcClient.create(new DriverManagerDataSource(url, "beacon", "secret"));
			List<Map<String, Object>> recorded = history(before);
			assertThat(rows.get("indicator")).isEqualTo(129);
			assertThat(rows.get("data_request")).isPositive();

			try (ConfigurableApplicationContext beacon = new SpringApplicationBuilder(BeaconApplication.class).run(
					"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=beacon",
					"--spring.datasource.password=secret", "--beacon.demo-data.enabled=false",
					"--spring.mail.host=localhost", "--spring.mail.port=" + TestMail.server().getSmtp().getPort())) {
				JdbcClient jdbc = beacon.getBean(JdbcClient.class);
				Flyway flyway = beacon.getBean(Flyway.class);

				// what the release recorded stands, and every later migration ran
				assertThat(history(jdbc).subList(0, recorded.size())).isEqualTo(recorded);
				assertThat(flyway.info().pending()).isEmpty();
				assertThat(flyway.info().current().getVersion().getVersion())
					.isEqualTo(String.valueOf(latestPinnedVersion()));
				assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
				rows.forEach((table, count) -> {
					long now = jdbc.sql("select count(*) from " + table).query(Long.class).single();
					if ("data_change".equals(table)) {
						// a migration that rewrites rows (V24 sets whose RAG rule each
						// target follows) is a change of the data, which moves its
						// version
						assertThat(now).as(table).isGreaterThanOrEqualTo(count);
					}
					else if (!"flyway_schema_history".equals(table)) {
						assertThat(now).as(table).isEqualTo(count);
					}
				});

				// today's Beacon reads what the release wrote: the quarters, the e-mail
				// the mail server did not take, and the administrator's password
				Collection collection = beacon.getBean(Collection.class);
				ReportingCycle lancashire = collection.cycles()
					.stream()
					.filter(c -> c.title().equals("Lancashire County Council, Q4 2019/20"))
					.findFirst()
					.orElseThrow();
				List<DataRequest> failed = collection.requestsOf(lancashire)
					.stream()
					.filter(DataRequest::mailToSendAgain)
					.toList();
				assertThat(failed).extracting(r -> r.indicator().code()).containsExactly("LCC-01", "LCC-02");
				assertThat(failed).allSatisfy(r -> {
					assertThat(r.lastMail().kind()).isEqualTo(MailKind.REQUEST);
					assertThat(r.lastMail().failure()).isEqualTo("the mail server could not be reached");
				});
				int port = Integer.parseInt(beacon.getEnvironment().getProperty("local.server.port"));
				SignedIn admin = SignedIn.as(port, "admin", ADMIN_PASSWORD);
				HttpResponse<String> quarter = admin.get("/collection/cycles/" + lancashire.id());
				assertThat(quarter.statusCode()).isEqualTo(200);
				assertThat(quarter.body()).contains("2 data requests could not be e-mailed to their owners.");
				admin.post("/collection/cycles/" + lancashire.id() + "/send-again",
						Map.of("request", String.valueOf(failed.get(0).id())));
				assertThat(TestMail.allMailTo("olive@lancashire.example")).singleElement()
					.satisfies(m -> assertThat(TestMail.body(m)).contains("LCC-01").contains("LCC-02"));
			}
		}
	}

	/**
	 * The release's database: its migrations, then the rows it wrote and its own record
	 * of the migrations, put in as the server's superuser.
	 * @return the rows of each table
	 */
	private static Map<String, Long> previousRelease(EmbeddedPostgres server, String url)
			throws IOException, SQLException {
		String version;
		try (InputStream snapshot = new ClassPathResource(SNAPSHOT).getInputStream()) {
			version = ReleaseSnapshot.version(snapshot);
		}
		Flyway.configure()
			.dataSource(url, "beacon", "secret")
			.locations("classpath:db/migration")
			.placeholders(Map.of("applicationRole", "beacon_app"))
			.target(version)
			.load()
			.migrate();
		try (Connection superuser = server.getDatabase("postgres", "beacon").getConnection();
				InputStream snapshot = new ClassPathResource(SNAPSHOT).getInputStream()) {
			return ReleaseSnapshot.read(superuser, snapshot);
		}
	}

	private static List<Map<String, Object>> history(JdbcClient jdbc) {
		return jdbc.sql("""
				select installed_rank, version, script, checksum, installed_on, success
				from flyway_schema_history order by installed_rank""").query().listOfRows();
	}

	private static int latestPinnedVersion() throws IOException {
		return MigrationChecksumsTest.pinned()
			.keySet()
			.stream()
			.mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
			.max()
			.orElseThrow();
	}

}
