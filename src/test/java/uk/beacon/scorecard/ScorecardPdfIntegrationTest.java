package uk.beacon.scorecard;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.reporting.PdfUa;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scorecard's page and its PDF at a glance: each line's sparkline with its values in
 * words, and the PDF tagged (PDF/UA), with what the page shows the person and no more.
 */
@BeaconIntegrationTest
class ScorecardPdfIntegrationTest {

	@Autowired
	CsvImport csvImport;

	@LocalServerPort
	int port;

	@Test
	void thePublicDownloadsAPublicScorecardAsATaggedPdfWithoutWhatIsNotForPublication() throws IOException {
		String id = importCouncil("GL1");

		HttpResponse<byte[]> pdf = Http.getBytes(this.port, "/scorecards/" + id + "/pdf?period=Q4+2019/20", null, null);

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("Gl1 scorecard Q4 2019-20.pdf");
		assertThat(PdfUa.violations(pdf.body())).isEmpty();
		String text = text(pdf.body());
		assertThat(text).contains("Gl1 scorecard: Q4 2019/20", "Households helped into a home", "Rough sleepers",
				"Recent values", "Direction of travel");
		assertThat(text).doesNotContain("Part II staffing");
		// the same again is the same file, kept for the data as they are
		assertThat(Http.getBytes(this.port, "/scorecards/" + id + "/pdf?period=Q4+2019/20", null, null).body())
			.isEqualTo(pdf.body());
		// and a parameter the page does not read names no other file: anyone adding one
		// to each request is served what is kept rather than making the PDF again
		assertThat(Http.getBytes(this.port, "/scorecards/" + id + "/pdf?period=Q4+2019/20&x=1", null, null).body())
			.isEqualTo(pdf.body());
	}

	@Test
	void aRestrictedReaderSeesInThePdfWhatTheirPageShows() throws IOException {
		String id = importCouncil("GL2");

		HttpResponse<byte[]> pdf = Http.getBytes(this.port, "/scorecards/" + id + "/pdf?period=Q4+2019/20", "admin",
				TestUsers.ADMIN_PASSWORD);

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(PdfUa.violations(pdf.body())).isEmpty();
		assertThat(text(pdf.body())).contains("Part II staffing");
	}

	@Test
	void eachLineCarriesASparklineOfItsRecentValuesAgainstTheTargetInWords() {
		String id = importCouncil("GL3");

		String page = Http.get(this.port, "/scorecards/" + id + "?period=Q4+2019/20").body();

		assertThat(page).contains("<th scope=\"col\" class=\"govuk-table__header\">Recent values</th>");
		assertThat(page).contains("Households helped into a home: recent values</title>")
			.contains("Last 8 quarters, Q1 2018/19 to Q4 2019/20: 41, 42, 43, 44, 45, 46, 47, 48; target 45.</desc>")
			.contains("Last 8 quarters, Q1 2018/19 to Q4 2019/20: 19, 18, no figure, 16, 15, 14, 13, 12; "
					+ "targets 20, 20, none, 20, 15, 15, 15, 15.</desc>");
		assertThat(page).contains("href=\"/scorecards/" + id + "/pdf?period=Q4%202019/20\"");
	}

	@Test
	void aScorecardThatIsNotThereHasNoPdf() {
		assertThat(Http.getBytes(this.port, "/scorecards/987654321/pdf", null, null).statusCode()).isEqualTo(404);
		assertThat(Http.getBytes(this.port, "/scorecards/987654321/pdf?period=Q9+2019/20", null, null).statusCode())
			.isEqualTo(400);
	}

	/** Two years of quarters of two public indicators and one not for publication. */
	private String importCouncil(String code) {
		StringBuilder measurements = new StringBuilder("indicator_code,data_period,reporting_period,value\n");
		List<String> quarters = new ArrayList<>();
		for (int year = 2018; year <= 2019; year++) {
			for (int q = 1; q <= 4; q++) {
				quarters.add("Q" + q + " " + year + "/" + (year - 1999));
			}
		}
		for (int i = 0; i < quarters.size(); i++) {
			String quarter = quarters.get(i);
			measurements.append(code)
				.append("-HOME,")
				.append(quarter)
				.append(',')
				.append(quarter)
				.append(',')
				.append(41 + i)
				.append('\n');
			if (i != 2) {
				measurements.append(code)
					.append("-ROUGH,")
					.append(quarter)
					.append(',')
					.append(quarter)
					.append(',')
					.append(19 - i)
					.append('\n');
			}
			measurements.append(code).append("-STAFF,").append(quarter).append(',').append(quarter).append(",3\n");
		}
		String name = code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.ROOT);
		this.csvImport.run(
				List.of(file("organisation.csv", "code,name,kind\n" + code + "," + name + " Council,council\n"),
						file("indicators.csv", "code,title,organisation_code,unit,polarity,frequency,public\n"
								+ code + "-HOME,Households helped into a home," + code
								+ ",number,higher_is_better,quarterly,yes\n" + code + "-ROUGH,Rough sleepers," + code
								+ ",number,lower_is_better,quarterly,yes\n" + code + "-STAFF,Part II staffing measure,"
								+ code + ",number,higher_is_better,quarterly,no\n"),
						file("targets.csv",
								"indicator_code,kind,applies_from,applies_to,value\n"
										+ code + "-HOME,value,Q1 2018/19,,45\n" + code
										+ "-ROUGH,value,Q1 2018/19,Q4 2018/19,20\n" + code
										+ "-ROUGH,value,Q1 2019/20,,15\n"),
						file("measurements.csv", measurements.toString()),
						file("scorecards.csv",
								"scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code\n"
										+ code + "-SC," + name + " scorecard," + code + ",corporate,Homes,perspective,"
										+ code + "-HOME\n" + code + "-SC," + name + " scorecard," + code
										+ ",corporate,Homes,perspective," + code + "-ROUGH\n" + code + "-SC," + name
										+ " scorecard," + code + ",corporate,Staff,perspective," + code + "-STAFF\n")),
				TestUsers.SYSTEM);
		String scorecards = Http.get(this.port, "/api/v1/scorecards").body();
		return scorecards.replaceAll(".*\\{\"id\":(\\d+),\"name\":\"" + name + " scorecard\".*", "$1");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
