package uk.beacon.scorecard;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scorecard as open data (issue 16 item 8): CSV and JSON at addresses named by the
 * scorecard's code, for its current quarter or another, under the Open Government
 * Licence, and always the public's version, whoever asks.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@BeforeAll
	void council() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						OPD,Open Data Council,council,
						OPD-ADS,Adult Services,directorate,OPD
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency,public,owner
						OPD-1,Care leavers in touch,OPD-ADS,percent,higher_is_better,quarterly,yes,Rita Rent
						OPD-2,Part II contract measure,OPD-ADS,number,higher_is_better,quarterly,no,
						"""), file("targets.csv", """
						indicator_code,kind,applies_from,value
						OPD-1,value,Q1 2025/26,90
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						OPD-1,Q1 2025/26,Q1 2025/26,85
						OPD-1,Q2 2025/26,Q2 2025/26,92
						OPD-2,Q2 2025/26,Q2 2025/26,7
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										OPD-ADS-SC,Adult Services scorecard,OPD-ADS,directorate,People,objective,OPD-1,Q2 2025/26
										OPD-ADS-SC,Adult Services scorecard,OPD-ADS,directorate,People,objective,OPD-2,
										""")),
				TestUsers.SYSTEM);
	}

	@Test
	void theCsvIsAtAnAddressNamedByTheCodeWithTheLicenceAndNothingRestricted() {
		HttpResponse<String> csv = Http.get(this.port, "/open-data/scorecards/OPD-ADS-SC.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Link"))
			.hasValueSatisfying(link -> assertThat(link).contains(OGL).contains("rel=\"license\""));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFSection,Code,Indicator");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("OPD-1").contains("92").contains("Green");
		assertThat(csv.body()).doesNotContain("Part II contract measure");

		// an administrator, who sees the restricted measure on the page, is given the
		// public's file too
		HttpResponse<String> asAdmin = Http.getAsAdmin(this.port, "/open-data/scorecards/OPD-ADS-SC.csv");
		assertThat(asAdmin.body()).isEqualTo(csv.body());
	}

	@Test
	void theJsonCarriesTheLicenceTheScorecardsPlaceAndItsIndicatorsBySection() {
		HttpResponse<String> answer = Http.getAsAdmin(this.port,
				"/open-data/scorecards/OPD-ADS-SC.json?period=" + Http.encode("Q1 2025/26"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link).contains(OGL));
		JsonNode json = JSON.readTree(answer.body());
		assertThat(json.get("licence").get("name").asString()).isEqualTo("Open Government Licence v3.0");
		assertThat(json.get("licence").get("url").asString()).isEqualTo(OGL);
		assertThat(json.get("attribution").asString()).contains("Open Government Licence v3.0");
		assertThat(json.get("scorecard").get("code").asString()).isEqualTo("OPD-ADS-SC");
		assertThat(json.get("scorecard").get("unit").get("code").asString()).isEqualTo("OPD-ADS");
		assertThat(json.get("scorecard").get("council").get("name").asString()).isEqualTo("Open Data Council");
		assertThat(json.get("period").asString()).isEqualTo("Q1 2025/26");
		assertThat(json.get("periods").toString()).contains("Q1 2025/26").contains("Q2 2025/26");
		assertThat(json.get("csv").asString()).startsWith("/open-data/scorecards/OPD-ADS-SC.csv?period=");
		JsonNode people = json.get("sections").get(0);
		assertThat(people.get("title").asString()).isEqualTo("People");
		assertThat(people.get("indicators")).hasSize(1);
		JsonNode line = people.get("indicators").get(0);
		assertThat(line.get("code").asString()).isEqualTo("OPD-1");
		assertThat(line.get("value").decimalValue()).isEqualByComparingTo("85");
		assertThat(line.get("status").asString()).isEqualTo("Red");
		assertThat(line.get("page").asString()).startsWith("/indicators/OPD-1?period=");
		assertThat(answer.body()).doesNotContain("Part II contract measure").doesNotContain("OPD-2");
	}

	@Test
	void anUnknownCodeIsNotFoundAndABadQuarterIsRefusedWithTheReason() {
		assertThat(Http.get(this.port, "/open-data/scorecards/NO-SUCH.csv").statusCode()).isEqualTo(404);
		assertThat(Http.get(this.port, "/open-data/scorecards/NO-SUCH.json").statusCode()).isEqualTo(404);
		HttpResponse<String> bad = Http.get(this.port,
				"/open-data/scorecards/OPD-ADS-SC.csv?period=" + Http.encode("Q7 2025/26"));
		assertThat(bad.statusCode()).isEqualTo(400);
	}

	@Test
	void theOpenDataPageListsEveryScorecardWithItsFilesAndTheLicence() {
		HttpResponse<String> page = Http.get(this.port, "/open-data");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Open Government Licence v3.0")
			.contains(OGL)
			.contains("/open-data/scorecards/OPD-ADS-SC.csv")
			.contains("/open-data/scorecards/OPD-ADS-SC.json")
			.contains("/open-data/reports.atom");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
