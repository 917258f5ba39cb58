package uk.beacon;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: an instance says it is ready only once its start-up work is done, so that a
 * load balancer sends nobody to a Beacon that is still migrating its database, creating
 * the first administrator or loading the demo data. From the moment Beacon's port opens
 * until it has started, readiness and liveness are asked every few milliseconds and what
 * the database holds is looked at after each answer.
 */
class ReadinessAtStartIntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	/** One asking of readiness and liveness, and what the database held just after. */
	record Observation(int readiness, int liveness, boolean administrator, boolean demoData) {
	}

	@Test
	void readyOnlyOnceTheMigrationsTheFirstAdministratorAndTheDemoDataAreDone() throws InterruptedException {
		List<Observation> seen = new CopyOnWriteArrayList<>();
		Watcher watcher = new Watcher(seen);
		SpringApplicationBuilder application = new SpringApplicationBuilder(BeaconApplication.class).listeners(watcher);
		try (ConfigurableApplicationContext beacon = application.run("--server.port=0",
				"--beacon.data-dir=target/test-data/readiness-" + UUID.randomUUID(), "--beacon.demo-data.enabled=true",
				"--beacon.admin-password=" + TestUsers.ADMIN_PASSWORD)) {
			watcher.stop();
			int port = beacon.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

			assertThat(seen).as("asked while starting").isNotEmpty();
			assertThat(seen).as("refused while the demo data were loading")
				.anySatisfy(observation -> assertThat(observation).isEqualTo(new Observation(503, 200, true, false)));
			assertThat(seen).as("never ready before the start-up work was done")
				.allSatisfy(observation -> assertThat(
						observation.readiness() != 200 || (observation.administrator() && observation.demoData()))
					.as(observation.toString())
					.isTrue());
			// Spring Boot says the application is alive once its context has started,
			// which the first poll (sent when the web server is up) can precede: from
			// then on it stays alive while the start-up work runs
			int alive = 0;
			while (alive < seen.size() && seen.get(alive).liveness() != 200) {
				alive++;
			}
			assertThat(seen.subList(0, alive)).as("not alive only before the context started")
				.allSatisfy(observation -> assertThat(observation.administrator()).isFalse());
			assertThat(seen.subList(alive, seen.size())).as("alive throughout once started")
				.isNotEmpty()
				.allSatisfy(observation -> assertThat(observation.liveness()).isEqualTo(200));
			assertThat(status(port, "/actuator/health/readiness")).isEqualTo(200);
		}
	}

	/**
	 * From the moment Beacon's port opens (after the migrations, which run before it),
	 * asks readiness and liveness over and over, and after each answer looks at what the
	 * database holds.
	 */
	static final class Watcher implements ApplicationListener<WebServerInitializedEvent> {

		private final List<Observation> seen;

		private volatile boolean watching = true;

		private Thread thread;

		Watcher(List<Observation> seen) {
			this.seen = seen;
		}

		@Override
		public void onApplicationEvent(WebServerInitializedEvent event) {
			if (event.getApplicationContext().getServerNamespace() != null) {
				return;
			}
			int port = event.getWebServer().getPort();
			JdbcClient jdbc = event.getApplicationContext().getBean(JdbcClient.class);
			this.thread = new Thread(() -> {
				while (this.watching) {
					int readiness = status(port, "/actuator/health/readiness");
					int liveness = status(port, "/actuator/health/liveness");
					// the tables are there from the first answer: the migrations ran
					// first
					boolean administrator = jdbc.sql("select exists (select 1 from app_user where username = 'admin')")
						.query(Boolean.class)
						.single();
					boolean demoData = jdbc.sql("select exists (select 1 from indicator)")
						.query(Boolean.class)
						.single();
					this.seen.add(new Observation(readiness, liveness, administrator, demoData));
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "readiness-watcher");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.watching = false;
			if (this.thread != null) {
				this.thread.join(10_000);
			}
		}

	}

	static int status(int port, String path) {
		try {
			return CLIENT
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
