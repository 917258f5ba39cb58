package uk.beacon;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 17: the council's monitoring reads Beacon's metrics in Prometheus's format, for
 * administrators only on Beacon's own port: how long each page takes by its address, the
 * connection pool, the kept pages' hits and misses, imports, report rendering and the
 * e-mails sent and failed, each moving when the thing it measures happens.
 */
@BeaconIntegrationTest
class MetricsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JavaMailSender mail;

	@Test
	void thePublicAndPeopleWithoutTheRoleCannotReadTheMetrics() {
		HttpResponse<String> anonymous = Http.get(this.port, "/actuator/prometheus");

		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
		assertThat(anonymous.body()).doesNotContain("hikaricp");
		assertThat(Http.getAsAdmin(this.port, "/actuator/prometheus").statusCode()).isEqualTo(200);
	}

	@Test
	void theHealthOfTheInstanceSaysUpAndNothingMore() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> health = Http.get(this.port, path);

			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(health.body()).as(path)
				.contains("\"status\":\"UP\"")
				.doesNotContain("components")
				.doesNotContain("details");
		}
		// no component's health, which would say what Beacon runs on
		assertThat(Http.get(this.port, "/actuator/health/db").statusCode()).isNotEqualTo(200);
	}

	@Test
	void importsPagesReportsAndMailsAreMeasured() {
		String before = metrics();

		HttpResponse<String> imported = Http.importFiles(this.port, "admin", TestUsers.ADMIN_PASSWORD,
				Map.of("organisation.csv", "code,name,kind,parent_code\nMETRICS,Metrics Council,council,\n"));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		// the second is served as kept
		assertThat(Http.get(this.port, "/scorecards/1").statusCode()).isEqualTo(200);
		assertThat(Http.get(this.port, "/scorecards/1").statusCode()).isEqualTo(200);
		assertThat(Http.getAsAdmin(this.port, "/api/v1/scorecards/1/report?format=xlsx").statusCode()).isEqualTo(200);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("beacon@test.example");
		message.setTo("owner@test.example");
		message.setSubject("Counted");
		message.setText("A message the mail server accepts");
		this.mail.send(message);
		SimpleMailMessage nowhere = new SimpleMailMessage(message);
		nowhere.setTo(new String[0]);
		assertThatExceptionOfType(MailException.class).isThrownBy(() -> this.mail.send(nowhere));

		String after = metrics();
		assertThat(value(after, "beacon_import_seconds_count", "step=\"run\"", "outcome=\"done\""))
			.isEqualTo(value(before, "beacon_import_seconds_count", "step=\"run\"", "outcome=\"done\"") + 1);
		assertThat(value(after, "http_server_requests_seconds_count", "uri=\"/scorecards/{id}\"", "status=\"200\""))
			.isGreaterThanOrEqualTo(
					value(before, "http_server_requests_seconds_count", "uri=\"/scorecards/{id}\"", "status=\"200\"")
							+ 2);
		assertThat(value(after, "cache_gets_total", "cache=\"rendered-pages\"", "result=\"hit\""))
			.isGreaterThan(value(before, "cache_gets_total", "cache=\"rendered-pages\"", "result=\"hit\""));
		assertThat(value(after, "beacon_report_render_seconds_count", "format=\"xlsx\""))
			.isEqualTo(value(before, "beacon_report_render_seconds_count", "format=\"xlsx\"") + 1);
		assertThat(value(after, "beacon_mail_sent_total")).isEqualTo(value(before, "beacon_mail_sent_total") + 1);
		assertThat(value(after, "beacon_mail_failed_total")).isEqualTo(value(before, "beacon_mail_failed_total") + 1);
		assertThat(value(after, "hikaricp_connections_max", "pool=\"beacon\"")).isEqualTo(10);
		assertThat(after).contains("hikaricp_connections_active{").contains("hikaricp_connections_pending{");
	}

	private String metrics() {
		HttpResponse<String> metrics = Http.getAsAdmin(this.port, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		return metrics.body();
	}

	/**
	 * The sum of the samples of the metric whose labels include all of {@code labels}, or
	 * 0 when there are none yet.
	 */
	private static double value(String metrics, String name, String... labels) {
		Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{.*\\})? (\\S+)$").matcher(metrics);
		double sum = 0;
		while (sample.find()) {
			String found = (sample.group(1) != null) ? sample.group(1) : "";
			boolean all = true;
			for (String label : labels) {
				all &= found.contains(label);
			}
			if (all) {
				sum += Double.parseDouble(sample.group(2));
			}
		}
		return sum;
	}

}
