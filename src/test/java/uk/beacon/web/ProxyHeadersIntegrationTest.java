package uk.beacon.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: behind the council's reverse proxy, which ends TLS and passes requests on
 * with {@code X-Forwarded-*} headers, Beacon redirects to the public address, marks the
 * session cookie Secure, and counts sign-in attempts against each person's own address
 * rather than the proxy's, so one person's mistyped passwords do not hold up everyone.
 */
@BeaconIntegrationTest
class ProxyHeadersIntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void redirectsNameThePublicAddress() throws Exception {
		HttpResponse<String> dashboard = send(proxied("/dashboard", "203.0.113.10").GET().build());

		assertThat(dashboard.statusCode()).isEqualTo(302);
		assertThat(dashboard.headers().firstValue("Location")).hasValue("https://beacon.council.example/sign-in");
	}

	@Test
	void theSessionCookieIsSecureBehindTls() throws Exception {
		HttpResponse<String> signedIn = signIn("203.0.113.11", "admin", TestUsers.ADMIN_PASSWORD, true);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).startsWith("https://beacon.council.example/")
				.doesNotContain("sign-in"));
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("; Secure"));

		// asked directly, not through the proxy, the connection is not secure, nor is the
		// cookie
		HttpResponse<String> direct = signIn(null, "admin", TestUsers.ADMIN_PASSWORD, true);
		assertThat(direct.headers().allValues("Set-Cookie")).isNotEmpty()
			.noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
	}

	@Test
	void signInAttemptsAreCountedForEachPersonsOwnAddress() throws Exception {
		// someone mistyping one account's password again and again, from their own
		// address, is held back
		int refused = 0;
		for (int i = 0; i < 5; i++) {
			refused += (signIn("198.51.100.20", "nobody-at-the-proxy", "not the password", false).statusCode() == 429)
					? 1 : 0;
		}
		assertThat(refused).isPositive();
		// someone else behind the same proxy, trying the same name, is not
		HttpResponse<String> other = signIn("198.51.100.21", "nobody-at-the-proxy", "another guess", false);
		assertThat(other.statusCode()).isEqualTo(302);
		assertThat(other.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
	}

	/**
	 * Opens the sign-in page and signs in from it, as a browser would, through the proxy
	 * as the client when one is given. The session cookie is carried by hand: a cookie
	 * marked Secure would not be sent over the test's plain connection.
	 */
	private HttpResponse<String> signIn(String client, String username, String password, boolean expectPage)
			throws Exception {
		HttpResponse<String> page = send(request("/sign-in", client).GET().build());
		assertThat(page.statusCode()).isEqualTo(200);
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		return send(request("/sign-in", client).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private HttpRequest.Builder request(String path, String client) {
		return (client != null) ? proxied(path, client)
				: HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder proxied(String path, String client) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-For", client)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "beacon.council.example")
			.header("X-Forwarded-Port", "443");
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
