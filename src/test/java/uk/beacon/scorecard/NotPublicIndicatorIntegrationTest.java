package uk.beacon.scorecard;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An indicator marked not public never reaches a page or the API while every reader is
 * the public.
 */
@BeaconIntegrationTest
class NotPublicIndicatorIntegrationTest {

	@Autowired
	CsvImport csvImport;

	@LocalServerPort
	int port;

	@Test
	void anIndicatorNotForPublicationIsLeftOutOfScorecardsPagesAndTheApi() {
		this.csvImport.run(
				List.of(file("organisation.csv", "code,name,kind\nNP1,Np Council,council\n"), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency,public
						NP1-OPEN,Published measure,NP1,number,higher_is_better,quarterly,yes
						NP1-HIDDEN,Part II staffing measure,NP1,number,higher_is_better,quarterly,no
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						NP1-OPEN,Q2 2019/20,Q2 2019/20,5
						NP1-HIDDEN,Q2 2019/20,Q2 2019/20,7
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
										NP1-SC,Np scorecard,NP1,corporate,Staff,perspective,NP1-OPEN
										NP1-SC,Np scorecard,NP1,corporate,Staff,perspective,NP1-HIDDEN
										""")),
				TestUsers.SYSTEM);

		String scorecards = Http.get(this.port, "/api/v1/scorecards").body();
		String id = scorecards.replaceAll(".*\\{\"id\":(\\d+),\"name\":\"Np scorecard\".*", "$1");
		String api = Http.get(this.port, "/api/v1/scorecards/" + id + "/indicators").body();
		assertThat(api).contains("NP1-OPEN").doesNotContain("NP1-HIDDEN").doesNotContain("Part II staffing");
		assertThat(Http.get(this.port, "/scorecards/" + id).body()).contains("Published measure")
			.doesNotContain("Part II staffing");
		assertThat(Http.get(this.port, "/indicators/NP1-HIDDEN").statusCode()).isEqualTo(404);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
