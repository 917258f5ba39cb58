package uk.beacon.scorecard;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scorecard for a quarter downloaded as CSV and Excel (issue 13 item 4): every
 * indicator the reader may see in the scorecard's order, figures as numbers, nothing a
 * spreadsheet would run as a formula, and nothing kept from the public given to it.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardExportIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Scorecards scorecards;

	private long scorecard;

	@BeforeAll
	void council() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						EXP,Export Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency,public,owner
						EXP-1,=HYPERLINK("http://evil.example"),EXP,percent,higher_is_better,quarterly,yes,Rita Rent
						EXP-2,"Days to process a claim, new claims",EXP,days,lower_is_better,quarterly,yes,
						EXP-3,Part II measure,EXP,number,higher_is_better,quarterly,no,
						"""), file("targets.csv", """
						indicator_code,kind,applies_from,value
						EXP-1,value,Q1 2025/26,95
						EXP-2,value,Q1 2025/26,20
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						EXP-1,Q1 2025/26,Q1 2025/26,96.5
						EXP-2,Q1 2025/26,Q1 2025/26,23
						EXP-3,Q1 2025/26,Q1 2025/26,7
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										EXP-SC,Export scorecard,EXP,corporate,Finance,objective,EXP-1,Q1 2025/26
										EXP-SC,Export scorecard,EXP,corporate,Finance,objective,EXP-2,
										EXP-SC,Export scorecard,EXP,corporate,Finance,objective,EXP-3,
										""")),
				TestUsers.SYSTEM);
		this.scorecard = this.scorecards.findAll()
			.stream()
			.filter(s -> s.code().equals("EXP-SC"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void theScorecardAsCsvForThePublic() {
		HttpResponse<String> csv = Http.get(this.port,
				"/scorecards/" + this.scorecard + "/export?format=csv&period=Q1%202025%2F26");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("attachment").contains("EXP-SC-Q1-2025-26.csv"));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFSection,Code,Indicator,Unit");
		assertThat(lines).hasSize(3);
		// a title a spreadsheet would run is written as text; a comma is quoted
		assertThat(lines.get(1)).contains("'=HYPERLINK(").contains("96.5").contains("Green");
		assertThat(lines.get(2)).contains("\"Days to process a claim, new claims\"").contains(",23,");
		assertThat(csv.body()).doesNotContain("Part II measure");
	}

	@Test
	void theScorecardAsAnExcelWorkbookThroughTheApi() throws Exception {
		HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/scorecards/" + this.scorecard
						+ "/export?format=xlsx&period=Q1%202025%2F26"))
				.header("Authorization", Http.basic("admin", TestUsers.ADMIN_PASSWORD))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheet("Scorecard");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Code");
			// a restricted reader (the administrator) sees the measure kept from the
			// public
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			var first = sheet.getRow(1);
			assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(2).getStringCellValue()).startsWith("=HYPERLINK");
			assertThat(first.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(96.5);
			assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Part II measure");
		}
	}

	@Test
	void aFormatItDoesNotWriteIsRefusedWithTheReason() {
		HttpResponse<String> pdf = Http.get(this.port, "/api/v1/scorecards/" + this.scorecard + "/export?format=pdf");
		assertThat(pdf.statusCode()).isEqualTo(400);
		assertThat(pdf.body()).contains("Choose the format csv or xlsx");
		assertThat(Http.get(this.port, "/scorecards/" + this.scorecard).body()).contains("Download this scorecard");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
