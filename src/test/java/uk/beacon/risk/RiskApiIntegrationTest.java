package uk.beacon.risk;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk API answers with the register as printed, and never with restricted content.
 */
@BeaconIntegrationTest
class RiskApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Test
	void listsARegisterWithScoresAndLabelsAsPrinted() {
		JsonNode risks = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/risks?register=LCC-CRR").body());

		assertThat(risks.size()).isEqualTo(17);
		JsonNode cr4 = find(risks, "CR4");
		assertThat(cr4.get("kind").asString()).isEqualTo("RISK");
		assertThat(cr4.get("residualScore").asInt()).isEqualTo(16);
		assertThat(cr4.get("residualLabel").asString()).isEqualTo("16 Major/Likely");
		assertThat(cr4.get("level").asString()).isEqualTo("Red");
		assertThat(cr4.get("restricted").asBoolean()).isFalse();
		for (String field : new String[] { "reference", "kind", "title", "register", "owner", "category",
				"currentScore", "currentImpact", "currentLikelihood", "residualScore", "residualLabel", "level",
				"directionOfTravel", "restricted" }) {
			assertThat(cr4.has(field)).as(field).isTrue();
		}
		assertThat(find(risks, "CR9").get("inherentScore").asInt()).isEqualTo(25);
		// issue 20: each score's text in the list, as on the risk's own address
		assertThat(find(risks, "CR9").get("inherentLabel").asString()).startsWith("25");
		int withCurrent = 0;
		for (JsonNode risk : risks) {
			if (!risk.get("inherentScore").isNull()) {
				withCurrent++;
				JsonNode one = JSON
					.readTree(Http.getAsAdmin(this.port, "/api/v1/risks/" + risk.get("reference").asString()).body())
					.get("summary");
				assertThat(risk.get("inherentLabel").asString()).isEqualTo(one.get("inherentLabel").asString())
					.startsWith(String.valueOf(risk.get("inherentScore").asInt()));
				assertThat(risk.get("currentLabel").asString()).isEqualTo(one.get("currentLabel").asString());
			}
		}
		assertThat(withCurrent).isPositive();
		assertThat(find(risks, "CO2").get("residualLabel").asString()).isEqualTo("15 Outstanding/Possible");
	}

	@Test
	void givesOneRiskWithControlsActionsAndHistory() {
		JsonNode cr4 = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/risks/CR4").body());

		assertThat(cr4.get("summary").get("reference").asString()).isEqualTo("CR4");
		assertThat(cr4.get("controls").size()).isPositive();
		assertThat(cr4.get("actions").size()).isPositive();
		assertThat(cr4.get("assessments").get(0).get("residual").get("label").asString()).isEqualTo("16 Major/Likely");
		assertThat(cr4.get("assessments").get(0).get("reportingPeriod").asString()).isEqualTo("Q3 2019/20");
	}

	@Test
	void theRegistersAreForSignedInStaffWhoSeeRestrictedRisks() {
		this.csvImport.run(List.of(file("organisation.csv", "code,name,kind\nAPI1,Api Council,council\n"),
				file("risk-registers.csv", "code,name,kind,organisation_code\nAPI1-R,Register,corporate,API1\n"),
				file("risks.csv", """
						reference,register_code,kind,title,description,restricted,restricted_fields
						API1-SECRET,API1-R,risk,Part II matter,Confidential,yes,
						API1-OPEN,API1-R,risk,Public matter,Confidential detail,no,description
						""")), TestUsers.SYSTEM);

		// the public: nothing of the registers at all
		assertThat(Http.get(this.port, "/api/v1/risks/API1-SECRET").statusCode()).isEqualTo(401);
		assertThat(Http.get(this.port, "/api/v1/risks/API1-OPEN").statusCode()).isEqualTo(401);
		assertThat(Http.get(this.port, "/api/v1/risks?register=API1-R").statusCode()).isEqualTo(401);
		assertThat(Http.get(this.port, "/api/v1/risks").body()).doesNotContain("API1-SECRET");
		HttpResponse<String> page = Http.get(this.port, "/risks?register=API1-R");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
		assertThat(page.body()).doesNotContain("Part II matter");

		// officers and councillors who hold a role: everything, restricted items included
		JsonNode register = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/risks?register=API1-R").body());
		assertThat(register.size()).isEqualTo(2);
		assertThat(Http.getAsAdmin(this.port, "/api/v1/risks/API1-SECRET").body()).contains("Part II matter");
		assertThat(Http.getAsAdmin(this.port, "/api/v1/risks/API1-OPEN").body()).contains("Confidential detail");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static JsonNode find(JsonNode risks, String reference) {
		for (JsonNode risk : risks) {
			if (risk.get("reference").asString().equals(reference)) {
				return risk;
			}
		}
		throw new AssertionError("no " + reference);
	}

}
