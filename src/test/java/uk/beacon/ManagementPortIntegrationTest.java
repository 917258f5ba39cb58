package uk.beacon;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: with a management port of its own ({@code management.server.port}), kept off
 * the public proxy, health and metrics are served there to whatever can reach it, without
 * signing in, and no longer on Beacon's own port; still nothing but health and metrics.
 */
class ManagementPortIntegrationTest {

	@Test
	void healthAndMetricsMoveToThePortOfTheirOwn() {
		try (ConfigurableApplicationContext beacon = new SpringApplicationBuilder(BeaconApplication.class).run(
				"--server.port=0", "--management.server.port=0",
				"--beacon.data-dir=target/test-data/management-" + UUID.randomUUID(),
				"--beacon.demo-data.enabled=false", "--beacon.admin-password=" + TestUsers.ADMIN_PASSWORD)) {
			int port = beacon.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			int management = beacon.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
			assertThat(management).isNotEqualTo(port);

			var metrics = Http.get(management, "/actuator/prometheus");
			assertThat(metrics.statusCode()).isEqualTo(200);
			assertThat(metrics.body()).contains("hikaricp_connections_active{").contains("jvm_memory_used_bytes{");
			assertThat(Http.get(management, "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(Http.get(management, "/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(Http.get(management, "/actuator/health/db").statusCode()).isNotEqualTo(200);
			assertThat(Http.get(management, "/actuator/env").statusCode()).isNotEqualTo(200);

			// Beacon's own port serves none of it, even to an administrator
			assertThat(Http.getAsAdmin(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
			assertThat(Http.get(port, "/actuator/health/readiness").statusCode()).isEqualTo(404);
			assertThat(Http.get(port, "/").statusCode()).isEqualTo(200);
		}
	}

}
