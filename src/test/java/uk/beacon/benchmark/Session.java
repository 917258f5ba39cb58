package uk.beacon.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to Beacon through the sign-in form, as a browser is: every request
 * carries the session cookie, and a write carries the form's CSRF token as a header, as
 * the pages' scripts would.
 */
final class Session {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private static final Pattern COOKIE = Pattern.compile("SESSION=([^;]*)");

	private final HttpClient client;

	private final URI base;

	private final String cookie;

	private final String csrf;

	private Session(HttpClient client, URI base, String cookie, String csrf) {
		this.client = client;
		this.base = base;
		this.cookie = cookie;
		this.csrf = csrf;
	}

	static Session signIn(URI base, String username, String password) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpResponse<String> form = client.send(HttpRequest.newBuilder(base.resolve("/sign-in")).build(),
				HttpResponse.BodyHandlers.ofString());
		String anonymous = cookie(form).orElse("");
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token(form.body()));
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(base.resolve("/sign-in"))
			.header("Cookie", "SESSION=" + anonymous)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String session = cookie(signedIn).orElseThrow(() -> new IllegalStateException(
				"Signing in as " + username + " failed: answered " + signedIn.statusCode() + " with no session"));
		HttpResponse<String> account = client.send(
				HttpRequest.newBuilder(base.resolve("/account")).header("Cookie", "SESSION=" + session).build(),
				HttpResponse.BodyHandlers.ofString());
		if (account.statusCode() != 200) {
			throw new IllegalStateException("Signed in as " + username + " but /account answered "
					+ account.statusCode() + ": is a new password due?");
		}
		return new Session(client, base, session, token(account.body()));
	}

	/** A read, as a browser that accepts gzip asks; the answer's bytes are read whole. */
	HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.client.send(request(path).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> getText(String path) throws IOException, InterruptedException {
		return getText(path, "application/json");
	}

	HttpResponse<String> getText(String path, String accept) throws IOException, InterruptedException {
		return this.client.send(request(path).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		return this.client.send(request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", this.csrf)
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(Long.getLong("beacon.bench.timeout-seconds", 30)))
			.header("Cookie", "SESSION=" + this.cookie);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String token(String page) {
		Matcher found = CSRF.matcher(page);
		if (!found.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return found.group(1);
	}

	private static java.util.Optional<String> cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(COOKIE::matcher)
			.filter(Matcher::find)
			.map((m) -> m.group(1))
			.findFirst();
	}

}
