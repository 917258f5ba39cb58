package uk.beacon.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.identity.Account;
import uk.beacon.identity.ApiTokenManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: careless or hostile input gets a 4xx with a reason, never a 500: a NUL in a
 * query parameter or a file's name, a file name longer than any file system allows, a
 * number whose exponent overflows, and the same import posted twice at once.
 */
@BeaconIntegrationTest
class HostileInputIntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokenManagement tokens;

	@Test
	void aNulInAQueryParameterIsRefusedWithAReason() throws Exception {
		for (String path : List.of("/scorecards/1?period=Q2%002019/20", "/indicators/WCC-CFC-03?period=%00",
				"/api/v1/scorecards/1/indicators?period=%00", "/reports?scorecard=%00", "/?q=%00")) {
			HttpResponse<String> answer = CLIENT.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path + ": " + answer.body()).isBetween(200, 499);
		}
	}

	@Test
	void aFileNameWithANulOrOfFiveThousandCharactersIsRefusedWithAReason() {
		String token = token();
		for (String name : List.of("measure\u0000ments.csv", "m".repeat(5_000) + ".csv")) {
			Http.Multipart body = Http.Multipart.ofBytes(
					Map.of(name,
							"indicator_code,data_period,reporting_period,value\n".getBytes(StandardCharsets.UTF_8)),
					Map.of());
			HttpResponse<String> answer = send(token, body);
			assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
			assertThat(answer.body()).as(name.length() + " characters").containsIgnoringCase("file");
		}
	}

	@Test
	void anExponentBeyondAnyNumberIsAProblemInItsRow() {
		HttpResponse<String> answer = Http.importFiles(this.port, token(), Map.of("measurements.csv",
				"indicator_code,data_period,reporting_period,value\nWCC-CFC-03,Q1 2030/31,Q1 2030/31,1e2147483647\n"));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
		assertThat(answer.body()).contains("measurements.csv").contains("value");
		// nor are another script's digits read as 0 to 9 unseen
		HttpResponse<String> arabic = Http.importFiles(this.port, token(), Map.of("measurements.csv",
				"indicator_code,data_period,reporting_period,value\nWCC-CFC-03,Q1 2030/31,Q1 2030/31,\u0664\u0662\n"));
		assertThat(arabic.statusCode()).as(arabic.body()).isEqualTo(422);
		assertThat(arabic.body()).contains("with the digits 0 to 9");
	}

	@Test
	void theSameImportPostedTwiceAtOnceIsSavedOnceAndNeverAnswers500() throws Exception {
		String token = token();
		for (int round = 0; round < 3; round++) {
			String code = "HOST-" + round;
			Http.Multipart body = Http.Multipart.of(
					Map.of("organisation.csv",
							"code,name,kind,parent_code\n" + code + ",Hostile Council " + round + ",council,\n"),
					Map.of());
			List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				both.add(CLIENT.sendAsync(request(token, body), HttpResponse.BodyHandlers.ofString()));
			}
			for (CompletableFuture<HttpResponse<String>> answer : both) {
				assertThat(answer.get().statusCode()).as(answer.get().body()).isBetween(200, 499);
			}
		}
	}

	private String token() {
		Account officer = TestUsers.ensure(this.context, "hostile-officer", "hostile@test.example",
				Role.PERFORMANCE_OFFICER, null);
		return this.tokens.issue(TestUsers.SYSTEM, officer.id(), "Hostile input test", null).secret();
	}

	private HttpResponse<String> send(String token, Http.Multipart body) {
		try {
			return CLIENT.send(request(token, body), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest request(String token, Http.Multipart body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
			.build();
	}

}
