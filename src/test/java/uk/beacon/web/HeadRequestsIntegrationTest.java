package uk.beacon.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: HEAD, as an uptime monitor asks, is answered as GET is, for whoever may read
 * the page, without a body; and asking it first leaves the page whole for the next
 * reader.
 */
@BeaconIntegrationTest
class HeadRequestsIntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	uk.beacon.imports.CsvImport csvImport;

	@Test
	void aPublicPageAnswersHeadAsItAnswersGet() throws IOException, InterruptedException {
		// a change, so that no page is kept from before: HEAD is the first to ask for
		// each
		this.csvImport.run(List.of(new uk.beacon.imports.ImportFile("organisation.csv",
				"code,name,kind,parent_code\nHEAD,Head Council,council,\n"
					.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
				uk.beacon.TestUsers.SYSTEM);
		for (String path : List.of("/", "/scorecards/1", "/indicators/WCC-CFC-03", "/api/v1/scorecards", "/reports",
				"/api")) {
			HttpResponse<String> head = head(path);
			assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
			assertThat(head.body()).as("HEAD " + path).isEmpty();
			HttpResponse<String> get = Http.get(this.port, path);
			assertThat(get.statusCode()).as("GET " + path).isEqualTo(200);
			assertThat(get.body()).as("GET " + path + " after HEAD").isNotEmpty();
		}
		// a page for staff sends the public to sign in, whichever it asks
		assertThat(head("/dashboard").statusCode()).isEqualTo(302);
	}

	private HttpResponse<String> head(String path) throws IOException, InterruptedException {
		return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
