package uk.beacon.scorecard;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API answers as integrations expect, with the statuses ARCHITECTURE.md names.
 */
@BeaconIntegrationTest
class ScorecardApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void listsEveryScorecardWithItsOrganisationUnit() {
		JsonNode list = json(Http.get(this.port, "/api/v1/scorecards"));

		assertThat(list.isArray()).isTrue();
		assertThat(list.size()).isGreaterThanOrEqualTo(3);
		JsonNode cfc = scorecard(list, "Children, Families and Communities Balanced Scorecard");
		assertThat(cfc.get("id").isNumber()).isTrue();
		assertThat(cfc.get("organisationUnit").asString()).isNotBlank();
	}

	@Test
	void givesTheIndicatorsOfAScorecardWithCountsForThePeriod() {
		long id = scorecard(json(Http.get(this.port, "/api/v1/scorecards")),
				"Children, Families and Communities Balanced Scorecard")
			.get("id")
			.asLong();

		JsonNode body = json(
				Http.get(this.port, "/api/v1/scorecards/" + id + "/indicators?period=" + Http.encode("Q2 2019/20")));

		assertThat(body.get("period").asString()).isEqualTo("Q2 2019/20");
		JsonNode counts = body.get("counts");
		assertThat(counts.get("GREEN").asInt()).isEqualTo(11);
		assertThat(counts.get("AMBER").asInt()).isEqualTo(12);
		assertThat(counts.get("RED").asInt()).isEqualTo(26);
		assertThat(counts.get("NOT_RATED").asInt()).isEqualTo(11);
		JsonNode indicators = body.get("indicators");
		assertThat(indicators.size()).isEqualTo(60);
		JsonNode first = indicators.get(0);
		for (String field : new String[] { "code", "title", "section", "unit", "polarity", "target", "actual",
				"dataPeriod", "reportingPeriod", "ruleStatus", "assessedStatus", "statusExplanation",
				"directionOfTravel", "updatedThisPeriod" }) {
			assertThat(first.has(field)).as(field).isTrue();
		}
		assertThat(first.get("reportingPeriod").asString()).isEqualTo("Q2 2019/20");
		assertThat(first.get("updatedThisPeriod").asBoolean()).isTrue();
	}

	@Test
	void withoutAPeriodGivesTheScorecardsCurrentPeriod() {
		long id = scorecard(json(Http.get(this.port, "/api/v1/scorecards")), "Corporate Strategy Monitoring").get("id")
			.asLong();

		JsonNode body = json(Http.get(this.port, "/api/v1/scorecards/" + id + "/indicators"));

		assertThat(body.get("period").asString()).isEqualTo("Q3 2019/20");
		assertThat(body.get("indicators").size()).isEqualTo(45);
	}

	@Test
	void rejectsAPeriodItCannotReadAndSaysWhy() {
		HttpResponse<String> response = Http.get(this.port,
				"/api/v1/scorecards/1/indicators?period=" + Http.encode("Q5 2019/20"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("detail").asString()).contains("Q5 2019/20");
	}

	@Test
	void answersNotFoundForAnUnknownScorecard() {
		assertThat(Http.get(this.port, "/api/v1/scorecards/999999/indicators").statusCode()).isEqualTo(404);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static JsonNode scorecard(JsonNode list, String name) {
		for (JsonNode node : list) {
			if (node.get("name").asString().equals(name)) {
				return node;
			}
		}
		throw new AssertionError("no scorecard named " + name + " in " + list);
	}

}
