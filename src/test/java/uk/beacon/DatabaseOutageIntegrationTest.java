package uk.beacon;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: while the council's database is down, Beacon says so at once rather than
 * after the pool's thirty seconds. Pages and the API answer 503 "temporarily unavailable"
 * with the reason within the pool's two-second wait, signed in or not; readiness goes
 * DOWN, so the load balancer stops sending people, while liveness stays UP, so nothing
 * restarts an instance that would mend itself; and when the database is back, so is
 * Beacon, sessions and all, without a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIntegrationTest {

	/** A generous bound on "at once": the pool waits two seconds. */
	private static final Duration AT_ONCE = Duration.ofSeconds(5);

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static CouncilDatabase database;

	private static ConfigurableApplicationContext beacon;

	private static int port;

	@BeforeAll
	static void start() throws IOException, SQLException {
		database = CouncilDatabase.create(Path.of("target/test-data/outage-" + UUID.randomUUID()));
		SpringApplicationBuilder application = new SpringApplicationBuilder(BeaconApplication.class);
		String[] settings = database.settings();
		beacon = application.run("--server.port=0", settings[0], settings[1], settings[2],
				"--beacon.demo-data.enabled=false", "--beacon.admin-password=" + TestUsers.ADMIN_PASSWORD);
		port = beacon.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@AfterAll
	static void stop() {
		if (beacon != null) {
			beacon.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void whileTheDatabaseIsDownBeaconSaysSoAtOnceAndIsBackWhenItIs(CapturedOutput output) {
		SignedIn admin = SignedIn.as(port, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(get("/actuator/health/readiness", "before").statusCode()).isEqualTo(200);
		assertThat(get("/", "before").statusCode()).isEqualTo(200);
		assertThat(admin.get("/account").statusCode()).isEqualTo(200);

		database.stop();
		try {
			HttpResponse<String> readiness = timed(() -> get("/actuator/health/readiness", "ready-during"));
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
			HttpResponse<String> liveness = timed(() -> get("/actuator/health/liveness", "alive-during"));
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(liveness.body()).contains("\"status\":\"UP\"");

			HttpResponse<String> page = timed(() -> get("/", "outage-page"));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("60");
			assertThat(page.headers().firstValue("X-Request-Id")).hasValue("outage-page");
			assertThat(page.body()).contains("Sorry, the service is unavailable")
				.contains("Beacon cannot reach its database just now; try again in a minute.")
				.contains("Reference: <strong>outage-page</strong>");

			HttpResponse<String> api = timed(() -> get("/api/v1/scorecards", "outage-api"));
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.body())
				.contains("\"detail\":\"Beacon cannot reach its database just now; try again in a minute.\"")
				.contains("\"requestId\":\"outage-api\"");

			// signed in: the session itself is kept in the database
			HttpResponse<String> account = timed(() -> admin.get("/account"));
			assertThat(account.statusCode()).isEqualTo(503);
			assertThat(account.body()).contains("Beacon cannot reach its database just now");

			assertThat(output.getOut().lines().filter(line -> line.contains("[outage-page]")))
				.anySatisfy(line -> assertThat(line).contains("Answered GET / with 503"));
		}
		finally {
			database.start();
		}

		Instant giveUp = Instant.now().plusSeconds(60);
		while (get("/actuator/health/readiness", "after").statusCode() != 200) {
			assertThat(Instant.now()).as("ready again once the database is back").isBefore(giveUp);
			pause();
		}
		assertThat(get("/", "after").statusCode()).isEqualTo(200);
		assertThat(admin.get("/account").statusCode()).as("the session outlived the outage").isEqualTo(200);
	}

	private static <T> T timed(Supplier<T> request) {
		Instant started = Instant.now();
		T answer = request.get();
		assertThat(Duration.between(started, Instant.now())).as("answered at once").isLessThan(AT_ONCE);
		return answer;
	}

	private static HttpResponse<String> get(String path, String requestId) {
		try {
			return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("X-Request-Id", requestId)
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
