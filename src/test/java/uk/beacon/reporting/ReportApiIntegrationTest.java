package uk.beacon.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.access.Actor;
import uk.beacon.access.Role;
import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.imports.CsvImport;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report API answers with the draft and published reports in every format, and never
 * with Part B.
 */
@BeaconIntegrationTest
class ReportApiIntegrationTest {

	private static final Actor ANN = TestUsers.everywhere("Ann Officer", Role.PERFORMANCE_OFFICER);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ScorecardViews scorecards;

	@Autowired
	ReportPublishing publishing;

	@Autowired
	ReportDrafts drafts;

	@Test
	void theDraftComesInEveryFormatWithItsMediaTypeAndFileName() throws Exception {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTAPI1");
		String path = "/api/v1/scorecards/" + id + "/report?period=" + Http.encode("Q2 2019/20");

		assertThat(Http.get(this.port, path).statusCode()).as("drafts are not public").isEqualTo(401);
		JsonNode json = JSON.readTree(Http.getAsAdmin(this.port, path).body());
		assertThat(json.get("period").asString()).isEqualTo("Q2 2019/20");
		assertThat(json.get("summary").get("total").asLong()).isEqualTo(4);
		assertThat(json.get("exceptions")).hasSize(1);
		assertThat(json.get("restrictedRisks")).isEmpty();
		assertThat(json.toString()).doesNotContain(ReportCouncil.SECRET_TITLE);

		HttpResponse<byte[]> pdf = bytes(path + "&format=pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("RPTAPI1 Council Scorecard Q2 2019-20 Part A.pdf");
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		HttpResponse<byte[]> docx = bytes(path + "&format=docx");
		assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
		assertThat(docx.body()[0]).isEqualTo((byte) 'P');
		HttpResponse<byte[]> xlsx = bytes(path + "&format=xlsx");
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		// a draft's workbook says so, as its other formats do
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
			assertThat(book.getSheet("Summary").getRow(2).getCell(0).getStringCellValue())
				.isEqualTo("Draft: not yet published");
		}
		HttpResponse<String> html = Http.getAsAdmin(this.port, path + "&format=html");
		assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(html.body()).contains("<html lang=\"en-GB\"").contains("Draft: not yet published");
	}

	@Test
	void publishedReportsAreListedAndReturnedWithWhoPublishedThem() throws Exception {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTAPI2");
		PublishedReport report = this.publishing
			.publish(ANN, id, new FinancialQuarter(2019, 2),
					this.publishing.fingerprint(
							this.drafts.draft(id, java.util.Optional.of(new FinancialQuarter(2019, 2))).orElseThrow()))
			.orElseThrow();

		JsonNode list = JSON.readTree(Http.get(this.port, "/api/v1/reports").body());
		JsonNode entry = null;
		for (JsonNode node : list) {
			if (node.get("id").asLong() == report.id()) {
				entry = node;
			}
		}
		assertThat(entry).isNotNull();
		assertThat(entry.get("publishedBy").asString()).isEqualTo("Ann Officer");
		assertThat(entry.get("contentHash").asString()).isEqualTo(report.contentHash());
		assertThat(entry.get("period").asString()).isEqualTo("Q2 2019/20");

		JsonNode content = JSON.readTree(Http.get(this.port, "/api/v1/reports/" + report.id()).body());
		assertThat(content.get("scorecardName").asString()).isEqualTo("RPTAPI2 Council Scorecard");
		HttpResponse<String> html = Http.get(this.port, "/api/v1/reports/" + report.id() + "?format=html");
		assertThat(html.body()).contains("Published by Ann Officer").contains(report.contentHash());
	}

	@Test
	void partBIsOnlyForThoseWhoHoldARole() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTAPI3");
		PublishedReport report = this.publishing
			.publish(ANN, id, new FinancialQuarter(2019, 2),
					this.publishing.fingerprint(
							this.drafts.draft(id, java.util.Optional.of(new FinancialQuarter(2019, 2))).orElseThrow()))
			.orElseThrow();

		HttpResponse<String> draft = Http.get(this.port, "/api/v1/scorecards/" + id + "/report?format=html&part=B");
		assertThat(draft.statusCode()).isEqualTo(401);
		assertThat(draft.body()).doesNotContain(ReportCouncil.SECRET_TITLE);
		HttpResponse<String> published = Http.get(this.port, "/api/v1/reports/" + report.id() + "?format=html&part=B");
		assertThat(published.statusCode()).isEqualTo(403);
		assertThat(published.body()).contains("only for people who may see that council's restricted items")
			.doesNotContain(ReportCouncil.SECRET_TITLE);

		assertThat(Http.getAsAdmin(this.port, "/api/v1/reports/" + report.id() + "?format=html&part=B").body())
			.contains(ReportCouncil.SECRET_TITLE);
		assertThat(Http.getAsAdmin(this.port, "/api/v1/scorecards/" + id + "/report?format=html&part=B").body())
			.contains(ReportCouncil.SECRET_TITLE);
	}

	@Test
	void badRequestsSayWhatWasWrong() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTAPI4");

		HttpResponse<String> format = Http.getAsAdmin(this.port, "/api/v1/scorecards/" + id + "/report?format=odt");
		assertThat(format.statusCode()).isEqualTo(400);
		assertThat(format.body()).contains("'odt' is not a format");
		HttpResponse<String> period = Http.getAsAdmin(this.port, "/api/v1/scorecards/" + id + "/report?period=Q5");
		assertThat(period.statusCode()).isEqualTo(400);
		assertThat(period.body()).contains("The period cannot be read");
		assertThat(Http.getAsAdmin(this.port, "/api/v1/scorecards/999999/report").statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/api/v1/reports/999999").statusCode()).isEqualTo(404);
	}

	private HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", Http.basic("admin", uk.beacon.TestUsers.ADMIN_PASSWORD))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
