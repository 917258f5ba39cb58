package uk.beacon.risk;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import uk.beacon.SignedIn;
import uk.beacon.TestMail;
import uk.beacon.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a blank install (no demo data, no registers yet), adding a risk says what to do
 * first instead of failing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "beacon.data-dir=target/test-data/${random.uuid}", "beacon.demo-data.enabled=false",
				"beacon.admin-password=" + TestUsers.ADMIN_PASSWORD,
				"beacon.security.sign-in-attempts-per-minute=100000" })
@ContextConfiguration(initializers = TestMail.class)
class BlankInstallRisksIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void addingARiskBeforeThereIsAnyRegisterSaysHowToAddOne() {
		SignedIn administrator = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);

		HttpResponse<String> page = administrator.get("/risks/new");
		HttpResponse<String> sent = administrator.post("/risks/new",
				Map.of("kind", "RISK", "reference", "CR1", "title", "Cyber attack"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Beacon holds no risk registers yet")
			.contains("risk-registers.csv")
			.doesNotContain("Save</button>");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("Beacon holds no risk registers yet").contains("Choose the register");
	}

}
