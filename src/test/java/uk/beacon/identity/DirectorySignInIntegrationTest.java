package uk.beacon.identity;

import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.beacon.TestMail;
import uk.beacon.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through a council's directory: a real OpenID Connect server
 * (mock-oauth2-server) runs in the test, and Beacon is configured for it as it would be
 * for Microsoft Entra ID, with {@code spring.security.oauth2.client} settings only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "beacon.data-dir=target/test-data/${random.uuid}", "beacon.demo-data.enabled=false",
				"beacon.admin-password=Directory-test-2026" })
@ContextConfiguration(initializers = TestMail.class)
class DirectorySignInIntegrationTest {

	private static final MockOAuth2Server directory = started();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@DynamicPropertySource
	static void directory(DynamicPropertyRegistry registry) {
		String prefix = "spring.security.oauth2.client.";
		registry.add(prefix + "provider.council.issuer-uri", () -> directory.issuerUrl("council").toString());
		registry.add(prefix + "registration.council.client-id", () -> "beacon");
		registry.add(prefix + "registration.council.client-secret", () -> "secret");
		registry.add(prefix + "registration.council.client-name", () -> "the council directory");
		registry.add(prefix + "registration.council.scope", () -> "openid,profile,email");
	}

	@AfterAll
	static void stop() {
		directory.shutdown();
	}

	@Test
	void someoneNewSignsInThroughTheDirectoryAndGetsAReaderAccount() throws Exception {
		directory.enqueueCallback(new DefaultOAuth2TokenCallback("council", "entra-object-id-123", "JWT",
				List.of("beacon"), Map.of("email", "Dana.Director@Council.example", "name", "Dana Director",
						"preferred_username", "dana.director@council.example"),
				3600));
		HttpClient browser = browser();

		assertThat(get(browser, "/sign-in").body()).contains("Sign in with the council directory");
		HttpResponse<String> landed = follow(browser, "/oauth2/authorization/council");

		assertThat(landed.uri().getPath()).isEqualTo("/");
		Account dana = this.accounts.findByEmail("dana.director@council.example").orElseThrow();
		assertThat(dana.username()).isEqualTo("dana.director");
		assertThat(dana.displayName()).isEqualTo("Dana Director");
		assertThat(dana.passwordHash()).isNull();
		assertThat(dana.grants()).extracting(RoleGrant::role).containsExactly(Role.READER);
		// signed in: a reader's page opens, an administrator's does not
		assertThat(get(browser, "/account").body()).contains("Dana Director").contains("Reader for every council");
		assertThat(get(browser, "/risks").statusCode()).isEqualTo(200);
		assertThat(get(browser, "/admin/users").statusCode()).isEqualTo(403);
		assertThat(this.audit.about("USER", "dana.director")).extracting(e -> e.action())
			.containsExactly("USER_CREATED", "ROLE_GRANTED");
	}

	@Test
	void anExistingAccountIsMatchedByEmailAndKeepsItsRoles() throws Exception {
		AccountManagement management = this.management;
		AccountManagement.NewAccount created = management.create(TestUsers.SYSTEM,
				new NewPerson("pat", "Pat Performance", "pat@council.example"));
		management.grant(TestUsers.SYSTEM, created.id(), Role.PERFORMANCE_OFFICER, null);
		directory.enqueueCallback(new DefaultOAuth2TokenCallback("council", "entra-object-id-pat", "JWT",
				List.of("beacon"), Map.of("email", "pat@council.example", "name", "Pat P"), 3600));
		HttpClient browser = browser();

		HttpResponse<String> landed = follow(browser, "/oauth2/authorization/council");

		assertThat(landed.uri().getPath()).isEqualTo("/");
		HttpResponse<String> imports = get(browser, "/import");
		assertThat(imports.statusCode()).as(imports.headers().firstValue("Location").orElse("")).isEqualTo(200);
		assertThat(this.accounts.findByUsername("pat").orElseThrow().grants()).extracting(RoleGrant::role)
			.containsExactly(Role.PERFORMANCE_OFFICER);
		assertThat(this.accounts.findByEmail("pat@council.example").orElseThrow().username()).isEqualTo("pat");
	}

	@Autowired
	AccountManagement management;

	private static MockOAuth2Server started() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start(0);
		return server;
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Follows redirects across Beacon and the directory, as a browser would. */
	private HttpResponse<String> follow(HttpClient browser, String path) throws IOException, InterruptedException {
		URI uri = URI.create("http://localhost:" + this.port + path);
		for (int hops = 0; hops < 10; hops++) {
			HttpResponse<String> response = browser.send(
					HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 3) {
				return response;
			}
			uri = uri.resolve(response.headers().firstValue("Location").orElseThrow());
		}
		throw new IllegalStateException("Too many redirects");
	}

}
