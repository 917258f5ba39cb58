package uk.beacon;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests: keeps its session cookie, signs in through the
 * sign-in form and sends the CSRF token with every form, as a person's browser would.
 */
public final class SignedIn {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	private String csrf;

	/**
	 * The client address a proxy in front of Beacon would name for every request, or null
	 * for none.
	 */
	private final String forwardedFor;

	private SignedIn(int port) {
		this(port, null);
	}

	private SignedIn(int port, String forwardedFor) {
		this.port = port;
		this.forwardedFor = forwardedFor;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Nobody signed in: the public, with a session of its own. */
	public static SignedIn anonymous(int port) {
		SignedIn session = new SignedIn(port);
		session.refreshToken("/sign-in");
		return session;
	}

	/**
	 * Nobody signed in, from this address as a reverse proxy names it
	 * ({@code X-Forwarded-For}, which Beacon reads when
	 * {@code server.forward-headers-strategy=native}).
	 */
	public static SignedIn anonymousFrom(int port, String address) {
		SignedIn session = new SignedIn(port, address);
		session.refreshToken("/sign-in");
		return session;
	}

	/** Signs in through the form; fails unless the sign-in succeeds. */
	public static SignedIn as(int port, String username, String password) {
		return signIn(anonymous(port), username, password);
	}

	/** Signs in through the form from this address, as a proxy names it. */
	public static SignedIn asFrom(int port, String address, String username, String password) {
		return signIn(anonymousFrom(port, address), username, password);
	}

	private static SignedIn signIn(SignedIn session, String username, String password) {
		HttpResponse<String> response = session.post("/sign-in", Map.of("username", username, "password", password));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/sign-in")) {
			throw new IllegalStateException(
					"Signing in as " + username + " failed: " + response.statusCode() + " " + location);
		}
		session.refreshToken("/sign-in");
		return session;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	/**
	 * Posts a form with the session's CSRF token, as a script would: without saying which
	 * page it came from.
	 */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		return send(formRequest(path, form).build());
	}

	/**
	 * Posts a form from one of Beacon's pages, as a browser does: with the session's CSRF
	 * token and the page as the referrer, where a refused change brings the person back.
	 * @param page the path (and query) of the page the form is on
	 */
	public HttpResponse<String> postFrom(String page, String path, Map<String, String> form) {
		return postReferredBy(uri(page).toString(), path, form);
	}

	/** Posts a form with the session's CSRF token and this referrer, however written. */
	public HttpResponse<String> postReferredBy(String referrer, String path, Map<String, String> form) {
		return send(formRequest(path, form).header("Referer", referrer).build());
	}

	private HttpRequest.Builder formRequest(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (this.csrf != null) {
			fields.put("_csrf", this.csrf);
		}
		String body = fields.entrySet()
			.stream()
			.map(e -> Http.encode(e.getKey()) + "=" + Http.encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	/** Posts files as a form does (multipart), with the session's CSRF token. */
	public HttpResponse<String> postFiles(String path, Map<String, String> files) {
		Http.Multipart body = Http.Multipart.of(files, (this.csrf != null) ? Map.of("_csrf", this.csrf) : Map.of());
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
			.build());
	}

	/** Posts files given as bytes (a workbook) as a form does, with the CSRF token. */
	public HttpResponse<String> postFileBytes(String path, Map<String, byte[]> files) {
		Http.Multipart body = Http.Multipart.ofBytes(files,
				(this.csrf != null) ? Map.of("_csrf", this.csrf) : Map.of());
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
			.build());
	}

	/** A download, as bytes. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Posts JSON with the session's CSRF token in the header, as a script on a page
	 * would.
	 */
	public HttpResponse<String> postJson(String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (this.csrf != null) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		return send(request.build());
	}

	/**
	 * Sends JSON with any method (PUT, DELETE …) and the session's CSRF token in the
	 * header.
	 */
	public HttpResponse<String> sendJson(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (this.csrf != null) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		return send(request.build());
	}

	/**
	 * Sends JSON from the session with an Authorization header of its own and no CSRF
	 * token, as a forged request would.
	 */
	public HttpResponse<String> sendWithoutCsrf(String method, String path, String json, String authorization) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * The id of the session this client's cookie names, as {@code spring_session} keeps
	 * it.
	 */
	public String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.findFirst()
			.map(cookie -> new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
					java.nio.charset.StandardCharsets.UTF_8))
			.orElseThrow(() -> new IllegalStateException("no session cookie"));
	}

	private void refreshToken(String path) {
		Matcher token = CSRF.matcher(get(path).body());
		this.csrf = token.find() ? token.group(1) : null;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true)
				.header("Accept", request.headers().firstValue("Content-Type").orElse("").contains("json")
						? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8");
			if (this.forwardedFor != null) {
				builder.header("X-Forwarded-For", this.forwardedFor);
			}
			HttpRequest browserLike = builder.build();
			return this.client.send(browserLike, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The value of a hidden field a page's form carries, such as the fingerprint of what
	 * the form changes.
	 */
	public static String hiddenField(HttpResponse<String> page, String name) {
		Matcher found = Pattern
			.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
			.matcher(page.body());
		if (!found.find()) {
			throw new AssertionError("no hidden field " + name + " in " + page.body());
		}
		return found.group(1);
	}

}
