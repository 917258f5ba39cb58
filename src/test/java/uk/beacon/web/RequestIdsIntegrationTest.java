package uk.beacon.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: every request has a reference that a person can quote and an administrator
 * can find in the log: kept from the proxy's X-Request-Id when it is safe to, made by
 * Beacon otherwise, and returned in the answer's header, on the error page, in the API's
 * problem details and in the log lines written while answering.
 */
@BeaconIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsIntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final String MADE_BY_BEACON = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@LocalServerPort
	int port;

	@Test
	void theProxysReferenceIsKeptAndReturned() {
		HttpResponse<String> page = get("/", "proxy-7f3a.1_b", "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("X-Request-Id")).hasValue("proxy-7f3a.1_b");
	}

	@Test
	void everyAnswerHasAReferenceWhenNoneWasSent() {
		HttpResponse<String> page = get("/", null, "text/html");

		assertThat(page.headers().firstValue("X-Request-Id"))
			.hasValueSatisfying(id -> assertThat(id).matches(MADE_BY_BEACON));
	}

	@Test
	void aReferenceThatCouldForgeOrBreakALogLineIsReplaced() {
		for (String hostile : new String[] { "a b", "x\"}{\"level\":\"ERROR", "a".repeat(65), "caf\u00e9" }) {
			HttpResponse<String> page = get("/", hostile, "text/html");

			assertThat(page.headers().firstValue("X-Request-Id")).as(hostile)
				.hasValueSatisfying(id -> assertThat(id).matches(MADE_BY_BEACON));
		}
	}

	@Test
	void theErrorPageShowsTheReference() {
		HttpResponse<String> page = get("/scorecards/1?period=nonsense", "page-error-1", "text/html");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Reference: <strong>page-error-1</strong>");
	}

	@Test
	void springsOwnErrorPageAndItsJsonShowTheReference() {
		HttpResponse<String> page = get("/indicators/NO-SUCH-INDICATOR", "not-found-page", "text/html");
		HttpResponse<String> json = get("/indicators/NO-SUCH-INDICATOR", "not-found-json", "application/json");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").contains("Reference: <strong>not-found-page</strong>");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).contains("\"requestId\":\"not-found-json\"");
	}

	@Test
	void theApiSaysTheReferenceWithWhatItCouldNotFind() {
		HttpResponse<String> refused = get("/api/v1/reports/999999", "api-not-found", "application/json");

		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("\"requestId\":\"api-not-found\"");
	}

	@Test
	void theApisProblemDetailsCarryTheReference() {
		HttpResponse<String> problem = get("/api/v1/scorecards/1/indicators?period=nonsense", "api-problem-1",
				"application/json");

		assertThat(problem.statusCode()).isEqualTo(400);
		assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(problem.body()).contains("\"requestId\":\"api-problem-1\"");
	}

	@Test
	void theLogLinesWrittenWhileAnsweringCarryTheReference(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		String logger = "org.springframework.web.servlet.DispatcherServlet";
		logging.setLogLevel(logger, LogLevel.DEBUG);
		try {
			get("/reports", "log-line-42", "text/html");
		}
		finally {
			logging.setLogLevel(logger, null);
		}

		assertThat(output.getOut().lines().filter(line -> line.contains("DispatcherServlet")))
			.anySatisfy(line -> assertThat(line).contains("[log-line-42]").contains("/reports"));
	}

	private HttpResponse<String> get(String path, String requestId, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept);
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
