package uk.beacon;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A plain HTTP client for tests that call Beacon as an integration would.
 */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private Http() {
	}

	public static HttpResponse<String> get(int port, String path) {
		try {
			return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
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
	 * A GET with HTTP Basic credentials, as an integration calling the API would send.
	 */
	public static HttpResponse<String> get(int port, String path, String username, String password) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic(username, password))
			.build());
	}

	/**
	 * A GET whose answer is read as bytes, such as a PDF; with HTTP Basic credentials
	 * unless {@code username} is {@code null}.
	 */
	public static HttpResponse<byte[]> getBytes(int port, String path, String username, String password) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (username != null) {
			request.header("Authorization", basic(username, password));
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A POST with HTTP Basic credentials. */
	public static HttpResponse<String> post(int port, String path, String contentType, byte[] body, String username,
			String password) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic(username, password))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/**
	 * The administrator's credentials in the tests, for calls that need a signed-in role.
	 */
	public static HttpResponse<String> getAsAdmin(int port, String path) {
		return get(port, path, "admin", TestUsers.ADMIN_PASSWORD);
	}

	/**
	 * Imports CSV files through {@code POST /api/v1/imports} with a personal access
	 * token.
	 */
	public static HttpResponse<String> importFiles(int port, String token, Map<String, String> files) {
		Multipart body = Multipart.of(files, Map.of());
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
			.build());
	}

	/**
	 * Imports CSV files through {@code POST /api/v1/imports} as the given person.
	 * @param files file names and their contents
	 */
	public static HttpResponse<String> importFiles(int port, String username, String password,
			Map<String, String> files) {
		Multipart body = Multipart.of(files, Map.of());
		return post(port, "/api/v1/imports", body.contentType(), body.bytes(), username, password);
	}

	/**
	 * A call to the write API with a personal access token, as an integration makes it.
	 */
	public static HttpResponse<String> sendJson(int port, String method, String path, String json, String token) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method,
					(json == null || json.isEmpty()) ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public static String basic(String username, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** A multipart/form-data body of files and fields, as a browser sends a form. */
	public record Multipart(String contentType, byte[] bytes) {

		/** Files as bytes (a workbook), each with the content type it is sent as. */
		public static Multipart ofBytes(Map<String, byte[]> files, Map<String, String> fields) {
			String boundary = "beacon-test-" + java.util.UUID.randomUUID();
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
			fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ name + "\"\r\n\r\n" + value + "\r\n"));
			files.forEach((name, content) -> {
				text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
						+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
				body.writeBytes(content);
				text.accept("\r\n");
			});
			text.accept("--" + boundary + "--\r\n");
			return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
		}

		public static Multipart of(Map<String, String> files, Map<String, String> fields) {
			String boundary = "beacon-test-" + java.util.UUID.randomUUID();
			StringBuilder body = new StringBuilder();
			fields.forEach((name, value) -> body.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(name)
				.append("\"\r\n\r\n")
				.append(value)
				.append("\r\n"));
			files.forEach((name, content) -> body.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
				.append(name)
				.append("\"\r\nContent-Type: text/csv\r\n\r\n")
				.append(content)
				.append("\r\n"));
			body.append("--").append(boundary).append("--\r\n");
			return new Multipart("multipart/form-data; boundary=" + boundary,
					body.toString().getBytes(StandardCharsets.UTF_8));
		}

	}

}
