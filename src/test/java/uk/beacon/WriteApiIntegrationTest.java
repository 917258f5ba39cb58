package uk.beacon;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.access.Role;
import uk.beacon.identity.Account;
import uk.beacon.identity.ApiTokenManagement;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.Scorecards;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write API (issue 13 item 5, issue 14 item 8): the OpenAPI document lists every
 * write operation, and each is called here with a personal access token, through the same
 * checks as its page (scope, version, reason, mistakes with their field) and into the
 * audit trail naming the token.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A quarter well past, so that its figures may be entered. */
	private static final FinancialQuarter QUARTER = new FinancialQuarter(2025, 1);

	/** Every write operation the API offers. */
	static final List<String> WRITES = List.of("PUT /api/v1/scorecards/{id}/figures",
			"PUT /api/v1/scorecards/{id}/owners", "PUT /api/v1/indicators/{code}",
			"POST /api/v1/indicators/{code}/targets", "PUT /api/v1/indicators/{code}/targets/{id}",
			"POST /api/v1/risks", "PUT /api/v1/risks/{reference}", "POST /api/v1/risks/{reference}/reviews",
			"POST /api/v1/risks/{reference}/close", "POST /api/v1/risks/{reference}/reopen",
			"POST /api/v1/risks/{reference}/links", "DELETE /api/v1/risks/{reference}/links",
			"POST /api/v1/risks/{reference}/escalate", "POST /api/v1/risks/{reference}/de-escalate",
			"POST /api/v1/risks/{reference}/merge", "PUT /api/v1/councils/{council}/risk-matrix",
			"PUT /api/v1/councils/{council}/risk-appetite", "POST /api/v1/councils/{council}/risk-areas",
			"PUT /api/v1/risk-areas/{code}", "POST /api/v1/imports", "POST /api/v1/indicators/{code}/retire",
			"POST /api/v1/indicators/{code}/reinstate", "PUT /api/v1/indicators/{code}/comparators",
			"DELETE /api/v1/indicators/{code}/comparators", "PUT /api/v1/indicators/{code}/definition",
			"POST /api/v1/units/{code}/retire", "POST /api/v1/units/{code}/reinstate", "POST /api/v1/units",
			"PUT /api/v1/units/{code}", "POST /api/v1/indicators", "POST /api/v1/scorecards",
			"PUT /api/v1/scorecards/{id}/layout", "PUT /api/v1/councils/{council}/rag-rule");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	Scorecards scorecards;

	@Autowired
	JdbcClient jdbc;

	private String token;

	/** A token of a performance officer of WAPI-D only. */
	private String directorateToken;

	private long scorecard;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				WAPI,Write Api Council,council,
				WAPI-D,Write Api Directorate,directorate,WAPI
				WAPI-E,Write Api Other Directorate,directorate,WAPI
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				WAPI-1,Children seen on time,WAPI-D,percent,higher_is_better,quarterly
				WAPI-2,Days lost to sickness,WAPI-D,days,lower_is_better,quarterly
				WAPI-3,Forms returned on paper,WAPI-D,number,lower_is_better,quarterly
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value,tolerance_kind,tolerance
				WAPI-1,value,Q1 2024/25,80,absolute,5
				WAPI-2,value,Q1 2024/25,8,percentage,10
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				WAPI-2,Q4 2024/25,Q4 2024/25,7.5
				"""),
				file("scorecards.csv",
						"""
								scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
								WAPI-SC,Write Api scorecard,WAPI,corporate,People,objective,WAPI-1,Q1 2025/26
								WAPI-SC,Write Api scorecard,WAPI,corporate,People,objective,WAPI-2,
								"""),
				file("risk-registers.csv", """
						code,name,kind,organisation_code,escalates_to
						WAPI-R,Write Api register,corporate,WAPI,
						WAPI-DR,Write Api directorate register,directorate,WAPI-D,WAPI-R
						"""), file("risks.csv", """
						reference,register_code,kind,title,description
						WAPI-CR1,WAPI-R,risk,Failing to keep children safe,Demand outstrips capacity
						WAPI-DR1,WAPI-DR,risk,Recruiting social workers,Vacancies stay open
						WAPI-DR2,WAPI-DR,risk,Social worker recruitment,The same as WAPI-DR1
						""")), TestUsers.SYSTEM);
		this.scorecard = this.scorecards.findAll()
			.stream()
			.filter(s -> s.code().equals("WAPI-SC"))
			.findFirst()
			.orElseThrow()
			.id();
		Account officer = TestUsers.ensure(this.context, "wapi-officer", "wapi-officer@test.example",
				Role.PERFORMANCE_OFFICER, "WAPI", Role.RISK_MANAGER, "WAPI");
		this.token = this.tokens.issue(TestUsers.SYSTEM, officer.id(), "Write API test", null).secret();
		Account directorate = TestUsers.ensure(this.context, "wapi-d-officer", "wapi-d-officer@test.example",
				Role.PERFORMANCE_OFFICER, "WAPI-D");
		this.directorateToken = this.tokens.issue(TestUsers.SYSTEM, directorate.id(), "Directorate test", null)
			.secret();
	}

	@Test
	void theOpenApiDocumentListsEveryWriteOperationWithTheToken() {
		JsonNode api = JSON.readTree(Http.get(this.port, "/api/v1/openapi.json").body());
		List<String> missing = new ArrayList<>();
		for (String write : WRITES) {
			String[] parts = write.split(" ");
			if (api.path("paths").path(parts[1]).path(parts[0].toLowerCase(java.util.Locale.ROOT)).isMissingNode()) {
				missing.add(write);
			}
		}
		assertThat(missing).as("write operations missing from the document").isEmpty();
		assertThat(api.path("components").path("securitySchemes").path("token").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(api.path("info").path("title").asString()).isEqualTo("Beacon API");
		// a quarter is text, never its parts
		assertThat(api.path("components").path("schemas").has("FinancialQuarter")).isFalse();

		HttpResponse<String> page = Http.get(this.port, "/api");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/api/v1/scorecards/{id}/figures")
			.contains("Enter or correct a quarter&#39;s figures on a scorecard")
			.contains("figures[].key");
	}

	@Test
	void figuresAreEnteredAndCorrectedWithTheReasonAndTheVersion() {
		String path = "/api/v1/scorecards/" + this.scorecard + "/figures?period=" + Http.encode(QUARTER.label());
		JsonNode grid = JSON.readTree(call("GET", path, null).body());
		String key = "WAPI-1/" + QUARTER.key();
		JsonNode row = figure(grid, key);
		assertThat(row.path("held").isNull()).isTrue();
		assertThat(row.path("editable").asBoolean()).isTrue();
		assertThat(row.path("target").asString()).contains("80");

		HttpResponse<String> entered = call("PUT", path, "{\"figures\":[{\"key\":\"" + key
				+ "\",\"value\":78.5,\"commentary\":\"Two social workers joined in May\"}]}");
		assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
		assertThat(JSON.readTree(entered.body()).path("saved").asInt()).isEqualTo(1);
		JsonNode held = figure(JSON.readTree(entered.body()).path("figures"), key).path("held");
		assertThat(held.path("value").decimalValue()).isEqualByComparingTo("78.5");
		assertThat(held.path("status").asString()).isEqualTo("AMBER");
		int version = held.path("version").asInt();

		// a correction without the version read, or without a reason, saves nothing
		HttpResponse<String> unread = call("PUT", path, "{\"figures\":[{\"key\":\"" + key + "\",\"value\":81}]}");
		assertThat(unread.statusCode()).isEqualTo(422);
		assertThat(unread.body()).contains("figures[0].version").contains("send the version you read");
		HttpResponse<String> noReason = call("PUT", path,
				"{\"figures\":[{\"key\":\"" + key + "\",\"version\":" + version + ",\"value\":81}]}");
		assertThat(noReason.statusCode()).isEqualTo(422);
		JsonNode mistakes = JSON.readTree(noReason.body()).path("errors");
		assertThat(mistakes.get(0).path("field").asString()).isEqualTo("figures[0].reason");
		assertThat(mistakes.get(0).path("message").asString()).contains("Say why WAPI-1");

		HttpResponse<String> corrected = call("PUT", path, "{\"figures\":[{\"key\":\"" + key + "\",\"version\":"
				+ version + ",\"value\":81,\"reason\":\"The May starters were counted twice\"}]}");
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
		JsonNode now = figure(JSON.readTree(corrected.body()).path("figures"), key).path("held");
		assertThat(now.path("value").decimalValue()).isEqualByComparingTo("81");
		// the commentary not sent is kept
		assertThat(now.path("commentary").asString()).isEqualTo("Two social workers joined in May");
		assertThat(now.path("status").asString()).isEqualTo("GREEN");

		// a second correction from the same stale read is refused
		HttpResponse<String> stale = call("PUT", path, "{\"figures\":[{\"key\":\"" + key + "\",\"version\":" + version
				+ ",\"value\":70,\"reason\":\"Mine\"}]}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("has changed since you read it");

		// the old figure is kept in the history, and the trail names the token
		assertThat(this.jdbc
			.sql("select count(*) from measurement_history h join indicator i on i.id = h.indicator_id "
					+ "where i.code = 'WAPI-1'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(auditActor("WAPI-1")).contains("through the API token \"Write API test\" issued by Test set-up");

		// an assessed status, with its reason, and the rule's let stand again
		HttpResponse<String> assessed = call("PUT", path, "{\"figures\":[{\"key\":\"" + key + "\",\"version\":"
				+ (version + 1) + ",\"status\":\"RED\",\"statusReason\":\"The audit found cases not seen\"}]}");
		assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
		assertThat(figure(JSON.readTree(assessed.body()).path("figures"), key).path("held")
			.path("assessedStatus")
			.asString()).isEqualTo("RED");
	}

	@Test
	void badBodiesAreRefusedWithTheReasonAndNothingSaved() {
		String path = "/api/v1/scorecards/" + this.scorecard + "/figures?period=" + Http.encode(QUARTER.label());
		String key = "WAPI-2/" + QUARTER.key();
		HttpResponse<String> notJson = call("PUT", path, "{\"figures\":[{\"key\":");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(notJson.body()).contains("not JSON in the shape").doesNotContain("uk.beacon");
		HttpResponse<String> huge = call("PUT", path, "{\"figures\":[{\"key\":\"" + key + "\",\"value\":1e309}]}");
		assertThat(huge.statusCode()).isEqualTo(422);
		assertThat(huge.body()).contains("figures[0].value");
		HttpResponse<String> unknown = call("PUT", path, "{\"figures\":[{\"key\":\"NOPE/2025-Q1\",\"value\":1}]}");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("figures[0].key").contains("read the keys from GET");
		for (String hidden : List.of("\\u0000", "\\u202e", "\\ud800")) {
			HttpResponse<String> control = call("PUT", path,
					"{\"figures\":[{\"key\":\"" + key + "\",\"value\":7,\"commentary\":\"bad" + hidden + "text\"}]}");
			assertThat(control.statusCode()).as(hidden).isEqualTo(400);
			assertThat(control.body()).contains("(at figures[0].commentary)").contains("control or text-direction");
		}
		HttpResponse<String> typo = call("PUT", path,
				"{\"figures\":[{\"key\":\"" + key + "\",\"value\":7,\"comentary\":\"typo\"}]}");
		assertThat(typo.statusCode()).isEqualTo(400);
		assertThat(typo.body()).contains("a field this operation does not take (at figures[0].comentary)");
		assertThat(
				call("PUT", path, "{\"figures\":[{\"key\":\"" + key + "\",\"value\":7,\"value\":999}]}").statusCode())
			.as("a field given twice")
			.isEqualTo(400);
		assertThat(call("POST", "/api/v1/risks/WAPI-CR1/reviews", "{\"currentImpact\":3.7}").statusCode())
			.as("a whole number with a fraction")
			.isEqualTo(400);
		HttpResponse<String> tooLarge = call("PUT", path,
				"{\"figures\":[{\"key\":\"" + key + "\",\"commentary\":\"" + "x".repeat(1_500_000) + "\"}]}");
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("no text in it longer than 1000000 characters");
		HttpResponse<String> badQuarter = call("POST", "/api/v1/risks/WAPI-CR1/reviews",
				"{\"reportingPeriod\":\"Q9 2025/26\"}");
		assertThat(badQuarter.statusCode()).isEqualTo(400);
		assertThat(this.jdbc
			.sql("select count(*) from measurement m join indicator i on i.id = m.indicator_id "
					+ "where i.code = 'WAPI-2' and m.reporting_period = ?")
			.param(QUARTER.label())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void ownersDescriptionsAndTargetsAreKept() {
		String owners = "/api/v1/scorecards/" + this.scorecard + "/owners";
		JsonNode listed = JSON.readTree(call("GET", owners, null).body());
		int version = listed.get(1).path("version").asInt();
		HttpResponse<String> named = call("PUT", owners,
				"{\"ownerName\":\"Sam Patel\",\"ownerEmail\":\"sam.patel@wapi.example\",\"indicators\":[{\"code\":\"WAPI-2\",\"version\":"
						+ version + "}]}");
		assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
		assertThat(named.body()).contains("Sam Patel");

		JsonNode targets = JSON.readTree(call("GET", "/api/v1/indicators/WAPI-2/targets", null).body());
		HttpResponse<String> described = call("PUT", "/api/v1/indicators/WAPI-2",
				"{\"title\":\"Working days lost to sickness per employee\",\"isPublic\":true,\"ownerName\":\"Sam Patel\","
						+ "\"ownerEmail\":\"sam.patel@wapi.example\",\"version\":" + targets.path("version").asInt()
						+ "}");
		assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
		assertThat(auditActor("WAPI-2")).contains("through the API token");
		HttpResponse<String> stale = call("PUT", "/api/v1/indicators/WAPI-2",
				"{\"title\":\"Another title\",\"isPublic\":true,\"version\":" + targets.path("version").asInt() + "}");
		assertThat(stale.statusCode()).isEqualTo(409);

		JsonNode target = targets.path("targets").get(0);
		HttpResponse<String> preview = call("PUT",
				"/api/v1/indicators/WAPI-2/targets/" + target.path("id").asLong() + "?preview=true",
				"{\"shape\":\"value\",\"value\":\"7\",\"toleranceKind\":\"none\"}");
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		JsonNode previewed = JSON.readTree(preview.body());
		assertThat(previewed.path("saved").asBoolean()).isFalse();
		assertThat(previewed.path("figures").get(0).path("now").asString()).isEqualTo("Green");
		assertThat(previewed.path("figures").get(0).path("then").asString()).isEqualTo("Red");

		HttpResponse<String> noReason = call("PUT", "/api/v1/indicators/WAPI-2/targets/" + target.path("id").asLong(),
				"{\"shape\":\"value\",\"value\":\"7\",\"seen\":\"" + target.path("seen").asString() + "\"}");
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(noReason.body()).contains("\"field\":\"reason\"");
		HttpResponse<String> corrected = call("PUT", "/api/v1/indicators/WAPI-2/targets/" + target.path("id").asLong(),
				"{\"shape\":\"value\",\"value\":\"7.8\",\"toleranceKind\":\"percentage\",\"tolerance\":\"10\",\"seen\":\""
						+ target.path("seen").asString() + "\",\"reason\":\"The plan said 7.8; 8 was a typing slip\"}");
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
		assertThat(JSON.readTree(corrected.body()).path("saved").asBoolean()).isTrue();

		String open = JSON.readTree(call("GET", "/api/v1/indicators/WAPI-2/targets", null).body())
			.path("openTarget")
			.asString();
		HttpResponse<String> set = call("POST", "/api/v1/indicators/WAPI-2/targets",
				"{\"from\":\"Q1 2027/28\",\"shape\":\"range\",\"low\":\"6\",\"high\":\"7.5\",\"seen\":\"" + open
						+ "\"}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
		assertThat(call("GET", "/api/v1/indicators/WAPI-2/targets", null).body()).contains("Q1 2027/28");
		HttpResponse<String> again = call("POST", "/api/v1/indicators/WAPI-2/targets",
				"{\"from\":\"Q1 2028/29\",\"shape\":\"value\",\"value\":\"6\",\"seen\":\"" + open + "\"}");
		assertThat(again.statusCode()).as("set from a stale read of the targets").isEqualTo(409);
	}

	@Test
	void aRiskIsAddedReviewedEditedLinkedClosedAndReopened() {
		HttpResponse<String> added = call("POST", "/api/v1/risks",
				"{\"registerCode\":\"WAPI-R\",\"kind\":\"RISK\",\"reference\":\"WAPI-CR2\",\"title\":\"Budget overspend in adult care\","
						+ "\"owner\":\"Director of Adults\",\"assessedOn\":\"" + LocalDate.now().minusDays(100)
						+ "\",\"inherentImpact\":5,\"inherentLikelihood\":4,\"currentImpact\":4,"
						+ "\"currentLikelihood\":3,\"targetImpact\":3,\"targetLikelihood\":2,\"controls\":\"Monthly budget board\","
						+ "\"actions\":\"Review placements\\nRenegotiate the home care contract\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/risks/WAPI-CR2");
		JsonNode risk = JSON.readTree(call("GET", "/api/v1/risks/WAPI-CR2", null).body());
		assertThat(risk.path("summary").path("currentScore").asInt()).isEqualTo(12);
		assertThat(risk.path("actions").size()).isEqualTo(2);

		HttpResponse<String> duplicate = call("POST", "/api/v1/risks",
				"{\"registerCode\":\"WAPI-R\",\"kind\":\"RISK\",\"reference\":\"WAPI-CR3\",\"title\":\"Budget overspends in adult care\"}");
		assertThat(duplicate.statusCode()).isEqualTo(422);
		assertThat(duplicate.body()).contains("duplicatesSeen").contains("WAPI-CR2");

		int version = risk.path("version").asInt();
		HttpResponse<String> reviewed = call("POST", "/api/v1/risks/WAPI-CR2/reviews", "{\"assessedOn\":\""
				+ LocalDate.now() + "\",\"reportingPeriod\":\"" + FinancialQuarter.containing(LocalDate.now()).label()
				+ "\",\"currentImpact\":4,\"currentLikelihood\":4,\"comment\":\"Demand rose again\",\"version\":"
				+ version + ",\"controls\":[\"PARTIALLY_EFFECTIVE\"],\"actions\":[{\"status\":\"COMPLETE\","
				+ "\"progress\":\"Done in October\"},{\"status\":\"OPEN\"}]}");
		assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
		risk = JSON.readTree(call("GET", "/api/v1/risks/WAPI-CR2", null).body());
		assertThat(risk.path("summary").path("currentScore").asInt()).isEqualTo(16);
		assertThat(risk.path("summary").path("directionOfTravel").asString()).isEqualTo("INCREASED");
		assertThat(auditActor("WAPI-CR2")).contains("through the API token");
		HttpResponse<String> staleReview = call("POST", "/api/v1/risks/WAPI-CR2/reviews", "{\"assessedOn\":\""
				+ LocalDate.now() + "\",\"reportingPeriod\":\"" + FinancialQuarter.containing(LocalDate.now()).label()
				+ "\",\"currentImpact\":2,\"currentLikelihood\":2,\"comment\":\"Mine\",\"version\":" + version
				+ ",\"controls\":[\"EFFECTIVE\"],\"actions\":[{\"status\":\"COMPLETE\"},{\"status\":\"OPEN\"}]}");
		assertThat(staleReview.statusCode()).isEqualTo(409);

		version = risk.path("version").asInt();
		HttpResponse<String> edited = call("PUT", "/api/v1/risks/WAPI-CR2",
				"{\"title\":\"Overspend in adult social care\",\"owner\":\"Director of Adults\",\"reviewMonths\":\"3\",\"version\":"
						+ version + "}");
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		HttpResponse<String> noVersion = call("PUT", "/api/v1/risks/WAPI-CR2", "{\"title\":\"No version\"}");
		assertThat(noVersion.statusCode()).isEqualTo(422);
		assertThat(noVersion.body()).contains("\"field\":\"version\"");

		HttpResponse<String> linked = call("POST", "/api/v1/risks/WAPI-CR2/links",
				"{\"indicator\":\"WAPI-2\",\"note\":\"Sickness drives agency spend\"}");
		assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
		assertThat(call("GET", "/api/v1/risks/WAPI-CR2", null).body()).contains("Sickness drives agency spend");
		HttpResponse<String> unlinked = call("DELETE", "/api/v1/risks/WAPI-CR2/links?indicator=WAPI-2", null);
		assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);
		assertThat(call("GET", "/api/v1/risks/WAPI-CR2", null).body()).doesNotContain("Sickness drives agency spend");

		version = JSON.readTree(call("GET", "/api/v1/risks/WAPI-CR2", null).body()).path("version").asInt();
		HttpResponse<String> closed = call("POST", "/api/v1/risks/WAPI-CR2/close",
				"{\"version\":" + version + ",\"reason\":\"Merged into the budget risk\"}");
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		version = JSON.readTree(call("GET", "/api/v1/risks/WAPI-CR2", null).body()).path("version").asInt();
		HttpResponse<String> reopened = call("POST", "/api/v1/risks/WAPI-CR2/reopen",
				"{\"version\":" + version + ",\"reason\":\"Cabinet asked to keep it\"}");
		assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
		assertThat(auditActor("WAPI-CR2")).contains("through the API token");
	}

	@Test
	void aRiskIsEscalatedDeEscalatedAndADuplicateMerged() {
		HttpResponse<String> up = call("POST", "/api/v1/risks/WAPI-DR1/escalate",
				"{\"version\":" + riskVersion("WAPI-DR1") + ",\"reason\":\"Cabinet should see it\"}");
		assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
		assertThat(JSON.readTree(call("GET", "/api/v1/risks/WAPI-DR1", null).body())
			.path("summary")
			.path("register")
			.asString()).isEqualTo("Write Api register");
		HttpResponse<String> down = call("POST", "/api/v1/risks/WAPI-DR1/de-escalate",
				"{\"version\":" + riskVersion("WAPI-DR1") + ",\"reason\":\"Back to the directorate\"}");
		assertThat(down.statusCode()).as(down.body()).isEqualTo(200);
		HttpResponse<String> noReason = call("POST", "/api/v1/risks/WAPI-DR1/escalate",
				"{\"version\":" + riskVersion("WAPI-DR1") + "}");
		assertThat(noReason.statusCode()).isEqualTo(422);

		HttpResponse<String> merged = call("POST", "/api/v1/risks/WAPI-DR2/merge", "{\"version\":"
				+ riskVersion("WAPI-DR2") + ",\"into\":\"WAPI-DR1\",\"reason\":\"The same vacancies\"}");
		assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
		assertThat(JSON.readTree(call("GET", "/api/v1/risks/WAPI-DR1", null).body()).path("mergedFrom").toString())
			.contains("WAPI-DR2");
	}

	@Test
	void aCouncilsMatrixAndAppetiteAreKeptWithAPreview() {
		JsonNode matrix = JSON.readTree(call("GET", "/api/v1/councils/WAPI/risk-matrix", null).body());
		assertThat(matrix.path("size").asString()).isEqualTo("5");
		String same = matrix.toString();
		HttpResponse<String> preview = call("PUT", "/api/v1/councils/WAPI/risk-matrix?preview=true", same);
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(JSON.readTree(preview.body()).path("saved").asBoolean()).isFalse();
		HttpResponse<String> saved = call("PUT", "/api/v1/councils/WAPI/risk-matrix", same);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(JSON.readTree(saved.body()).path("saved").asBoolean()).isTrue();
		HttpResponse<String> stale = call("PUT", "/api/v1/councils/WAPI/risk-matrix",
				same.replace(matrix.path("fingerprint").asString(), "an-old-read"));
		assertThat(stale.statusCode()).isEqualTo(409);
		// issue 20: bands changed on their own keep the scales and writing, previewed
		// first
		assertThat(matrix.path("writtenFirst").asString()).isEqualTo("impact");
		HttpResponse<String> bandsOnly = call("PUT", "/api/v1/councils/WAPI/risk-matrix?preview=true",
				"{\"fingerprint\":\"" + matrix.path("fingerprint").asString() + "\",\"bands\":["
						+ "{\"from\":\"1\",\"to\":\"4\",\"level\":\"Low\",\"colour\":\"GREEN\"},"
						+ "{\"from\":\"5\",\"to\":\"12\",\"level\":\"Medium\",\"colour\":\"AMBER\"},"
						+ "{\"from\":\"15\",\"to\":\"16\",\"level\":\"High\",\"colour\":\"RED\"},"
						+ "{\"from\":\"20\",\"to\":\"25\",\"level\":\"Very High\",\"colour\":\"DARK_RED\"}]}");
		assertThat(bandsOnly.statusCode()).as(bandsOnly.body()).isEqualTo(200);
		assertThat(JSON.readTree(bandsOnly.body()).path("saved").asBoolean()).isFalse();
		assertThat(JSON.readTree(bandsOnly.body()).path("problems").size()).isZero();
		HttpResponse<String> tooSmall = call("PUT", "/api/v1/councils/WAPI/risk-matrix",
				"{\"size\":\"1\",\"fingerprint\":\"" + matrix.path("fingerprint").asString() + "\"}");
		assertThat(tooSmall.statusCode()).isEqualTo(422);

		JsonNode appetite = JSON.readTree(call("GET", "/api/v1/councils/WAPI/risk-appetite", null).body());
		HttpResponse<String> set = call("PUT", "/api/v1/councils/WAPI/risk-appetite",
				"{\"defaultScore\":\"10\",\"rows\":[{\"category\":\"Finance\",\"score\":\"6\"}],\"fingerprint\":\""
						+ appetite.path("fingerprint").asString() + "\"}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		JsonNode now = JSON.readTree(set.body());
		assertThat(now.path("defaultScore").asString()).isEqualTo("10");
		assertThat(now.path("rows").toString()).contains("Finance");
	}

	@Test
	void aCouncilsRagRuleIsPreviewedAndSetAsRead() {
		JsonNode rule = JSON.readTree(call("GET", "/api/v1/councils/WAPI/rag-rule", null).body());
		String seen = rule.path("seen").asString();
		String body = "{\"greenKind\":\"percentage\",\"green\":\"5\",\"amberKind\":\"percentage\",\"amber\":\"10\","
				+ "\"seen\":\"" + seen + "\"}";
		HttpResponse<String> preview = call("PUT", "/api/v1/councils/WAPI/rag-rule?preview=true", body);
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(JSON.readTree(preview.body()).path("saved").asBoolean()).isFalse();
		assertThat(JSON.readTree(call("GET", "/api/v1/councils/WAPI/rag-rule", null).body()).path("seen").asString())
			.as("a preview saves nothing")
			.isEqualTo(seen);

		HttpResponse<String> saved = call("PUT", "/api/v1/councils/WAPI/rag-rule", body);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		JsonNode now = JSON.readTree(saved.body());
		assertThat(now.path("saved").asBoolean()).isTrue();
		assertThat(now.path("rule").path("green").asString()).isEqualTo("5");
		assertThat(now.path("rule").path("summary").asString()).contains("5%");
		assertThat(call("PUT", "/api/v1/councils/WAPI/rag-rule", body).statusCode())
			.as("sent again with the rule read before the change")
			.isEqualTo(409);

		HttpResponse<String> wrong = call("PUT", "/api/v1/councils/WAPI/rag-rule",
				"{\"greenKind\":\"percentage\",\"green\":\"12\",\"amberKind\":\"percentage\",\"amber\":\"10\","
						+ "\"seen\":\"" + now.path("rule").path("seen").asString() + "\"}");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("amber");
		HttpResponse<String> unseen = call("PUT", "/api/v1/councils/WAPI/rag-rule",
				"{\"greenKind\":\"none\",\"amberKind\":\"none\"}");
		assertThat(unseen.statusCode()).isEqualTo(422);
		assertThat(unseen.body()).contains("seen");
		assertThat(Http.sendJson(this.port, "PUT", "/api/v1/councils/WAPI/rag-rule", body, this.directorateToken)
			.statusCode()).as("an officer of one directorate does not set the council's rule").isEqualTo(403);
	}

	@Test
	void aCouncilsRiskAreasAreAddedAndChangedAsReadAndARiskPlacedInOne() {
		HttpResponse<String> added = call("POST", "/api/v1/councils/WAPI/risk-areas",
				"{\"code\":\"WAPI-SAFE\",\"title\":\"Safeguarding vulnerable children\",\"lead\":\"Director\","
						+ "\"mitigations\":\"An improvement plan\",\"since\":\"2025-04-01\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		JsonNode area = JSON.readTree(added.body());
		assertThat(area.path("levelSet").asBoolean()).isFalse();
		assertThat(area.path("since").asString()).isEqualTo("2025-04-01");

		HttpResponse<String> changed = call("PUT", "/api/v1/risk-areas/WAPI-SAFE",
				"{\"title\":\"Safeguarding children\",\"level\":\"Red\",\"levelReason\":\"Ofsted's visit\","
						+ "\"since\":\"2025-04-01\",\"version\":" + area.path("version").asInt() + "}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(JSON.readTree(changed.body()).path("level").asString()).isEqualTo("Red");
		HttpResponse<String> stale = call("PUT", "/api/v1/risk-areas/WAPI-SAFE",
				"{\"title\":\"Safeguarding\",\"version\":" + area.path("version").asInt() + "}");
		assertThat(stale.statusCode()).isEqualTo(409);
		HttpResponse<String> noTitle = call("POST", "/api/v1/councils/WAPI/risk-areas", "{\"code\":\"WAPI-X\"}");
		assertThat(noTitle.statusCode()).isEqualTo(422);
		assertThat(noTitle.body()).contains("\"field\":\"title\"");

		HttpResponse<String> inArea = call("POST", "/api/v1/risks",
				"{\"registerCode\":\"WAPI-R\",\"kind\":\"RISK\",\"reference\":\"WAPI-AR1\",\"title\":\"Too few foster "
						+ "carers\",\"area\":\"WAPI-SAFE\",\"duplicatesSeen\":true}");
		assertThat(inArea.statusCode()).as(inArea.body()).isEqualTo(201);
		assertThat(JSON.readTree(call("GET", "/api/v1/risks/WAPI-AR1", null).body())
			.path("summary")
			.path("area")
			.asString()).isEqualTo("WAPI-SAFE");
		HttpResponse<String> nowhere = call("POST", "/api/v1/risks",
				"{\"registerCode\":\"WAPI-R\",\"kind\":\"RISK\",\"reference\":\"WAPI-AR2\",\"title\":\"Roads\","
						+ "\"area\":\"NOWHERE\",\"duplicatesSeen\":true}");
		assertThat(nowhere.statusCode()).as(nowhere.body()).isEqualTo(422);
		assertThat(nowhere.body()).contains("There is no risk area NOWHERE");

		JsonNode risk = JSON.readTree(call("GET", "/api/v1/risks/WAPI-CR1", null).body());
		HttpResponse<String> placed = call("PUT", "/api/v1/risks/WAPI-CR1",
				"{\"title\":\"Failing to keep children safe\",\"reviewMonths\":\"3\",\"area\":\"WAPI-SAFE\","
						+ "\"version\":" + risk.path("version").asInt() + "}");
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
		JsonNode now = JSON.readTree(call("GET", "/api/v1/risks/WAPI-CR1", null).body());
		assertThat(now.path("summary").path("area").asString()).isEqualTo("WAPI-SAFE");
		// a client that does not know of areas keeps the risk in its area
		HttpResponse<String> unaware = call("PUT", "/api/v1/risks/WAPI-CR1",
				"{\"title\":\"Failing to keep children safe\",\"reviewMonths\":\"3\",\"version\":"
						+ now.path("version").asInt() + "}");
		assertThat(unaware.statusCode()).as(unaware.body()).isEqualTo(200);
		assertThat(JSON.readTree(call("GET", "/api/v1/risks/WAPI-CR1", null).body())
			.path("summary")
			.path("area")
			.asString()).isEqualTo("WAPI-SAFE");
	}

	@Test
	void everyRefusalSaysWhyAndNothingOddGetsThrough() {
		HttpResponse<String> offMatrix = call("POST", "/api/v1/risks",
				"{\"registerCode\":\"WAPI-R\",\"kind\":\"RISK\",\"reference\":\"WAPI-X1\",\"title\":\"Off the matrix\","
						+ "\"currentImpact\":99,\"currentLikelihood\":1,\"duplicatesSeen\":true}");
		assertThat(offMatrix.statusCode()).as(offMatrix.body()).isEqualTo(422);
		HttpResponse<String> ancient = call("POST", "/api/v1/risks",
				"{\"registerCode\":\"WAPI-R\",\"kind\":\"RISK\",\"reference\":\"WAPI-X2\",\"title\":\"Long ago\","
						+ "\"assessedOn\":\"1000-01-01\",\"currentImpact\":2,\"currentLikelihood\":2,\"duplicatesSeen\":true}");
		assertThat(ancient.statusCode()).as(ancient.body()).isEqualTo(422);
		assertThat(ancient.body()).contains("assessedOn");
		HttpResponse<String> fewerActions = call("POST", "/api/v1/risks/WAPI-CR1/reviews",
				"{\"assessedOn\":\"" + LocalDate.now() + "\",\"reportingPeriod\":\""
						+ FinancialQuarter.containing(LocalDate.now()).label()
						+ "\",\"currentImpact\":2,\"currentLikelihood\":2,\"comment\":\"Fine\",\"version\":"
						+ riskVersion("WAPI-CR1") + ",\"actions\":[{\"status\":\"OPEN\"}]}");
		assertThat(fewerActions.statusCode()).isEqualTo(422);
		assertThat(fewerActions.body()).contains("\"field\":\"actions\"");

		HttpResponse<String> nothing = call("GET", "/api/v1/risks/WAPI-NOPE", null);
		assertThat(nothing.statusCode()).isEqualTo(404);
		assertThat(nothing.body()).contains("nothing at this address");
		HttpResponse<String> method = call("DELETE", "/api/v1/scorecards/" + this.scorecard + "/owners", null);
		assertThat(method.statusCode()).isEqualTo(405);
		assertThat(method.body()).contains("not one of the methods");
		HttpResponse<String> unknown = call("PATCH", "/api/v1/risks/WAPI-CR1/close", "{}");
		assertThat(unknown.statusCode()).isEqualTo(403);
		assertThat(unknown.body()).contains("or there is no such operation");

		// no token: what to send, and no session made
		HttpResponse<String> anonymous = Http.sendJson(this.port, "PUT", "/api/v1/indicators/WAPI-1", "{}", "");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		HttpResponse<String> none = Http.get(this.port, "/api/v1/risks");
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.body()).contains("personal access token");
		assertThat(none.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aBrowserSessionStillNeedsItsCsrfTokenWhateverAuthorizationHeaderItSends() {
		uk.beacon.SignedIn session = uk.beacon.SignedIn.as(this.port, "wapi-officer", TestUsers.PASSWORD);
		String path = "/api/v1/scorecards/" + this.scorecard + "/owners";
		HttpResponse<String> forged = session.sendWithoutCsrf("PUT", path,
				"{\"ownerName\":\"Forged\",\"ownerEmail\":\"forged@wapi.example\",\"indicators\":[]}", "Foo");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("CSRF token");
		HttpResponse<String> bareBearer = session.sendWithoutCsrf("PUT", path,
				"{\"ownerName\":\"Forged\",\"ownerEmail\":\"forged@wapi.example\",\"indicators\":[]}", "Bearer");
		assertThat(bareBearer.statusCode()).isEqualTo(403);
		// credentials that would be good alone: with the session cookie it is a browser's
		// call all the same (a browser resends Basic credentials it once used, and a page
		// could add a token it read), so the CSRF token is asked for
		String owners = "{\"ownerName\":\"Forged\",\"ownerEmail\":\"forged@wapi.example\",\"indicators\":[]}";
		HttpResponse<String> withBasic = session.sendWithoutCsrf("PUT", path, owners,
				Http.basic("wapi-officer", TestUsers.PASSWORD));
		assertThat(withBasic.statusCode()).isEqualTo(403);
		assertThat(withBasic.body()).contains("CSRF token");
		HttpResponse<String> withToken = session.sendWithoutCsrf("PUT", path, owners, "Bearer " + this.token);
		assertThat(withToken.statusCode()).isEqualTo(403);
		assertThat(withToken.body()).contains("CSRF token");
		// the same credentials without the cookie are an integration's call, and need
		// none
		HttpResponse<String> alone = Http.sendJson(this.port, "PUT", path, owners, this.token);
		assertThat(alone.statusCode()).as(alone.body()).isNotEqualTo(403);
		assertThat(alone.body()).doesNotContain("CSRF");

		// a page's form with a character no one types: said beside the field, never a 500
		HttpResponse<String> page = session.post("/risks/WAPI-CR1/edit", java.util.Map.of("title", "Nul\u0000title",
				"reviewMonths", "3", "version", String.valueOf(riskVersion("WAPI-CR1"))));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("control or text-direction character").contains("value=\"Nultitle\"");
	}

	@Test
	void anImportIsMadeWithAToken() {
		HttpResponse<String> imported = Http.importFiles(this.port, this.token, java.util.Map.of("measurements.csv",
				"indicator_code,data_period,reporting_period,value\nWAPI-2,Q2 2024/25,Q2 2024/25,8.1\n"));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(imported.body()).contains("\"imported\":true");
	}

	@Test
	void anIndicatorIsRetiredAndPutBackInUse() {
		HttpResponse<String> retired = call("POST", "/api/v1/indicators/WAPI-3/retire",
				"{\"from\":\"Q1 2026/27\",\"reason\":\"Every form is online now\",\"version\":0}");
		assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(retired.body());
		assertThat(body.path("retiredFrom").asString()).isEqualTo("Q1 2026/27");
		assertThat(body.path("reason").asString()).isEqualTo("Every form is online now");
		assertThat(auditActor("WAPI-3")).contains("through the API token");
		// from a version no longer current: refused, nothing changed
		assertThat(call("POST", "/api/v1/indicators/WAPI-3/reinstate", "{\"version\":0}").statusCode()).isEqualTo(409);
		assertThat(call("POST", "/api/v1/indicators/WAPI-3/retire", "{\"from\":\"spring\",\"version\":1}").statusCode())
			.isEqualTo(422);

		HttpResponse<String> inUse = call("POST", "/api/v1/indicators/WAPI-3/reinstate",
				"{\"version\":" + body.path("version").asInt() + "}");
		assertThat(inUse.statusCode()).as(inUse.body()).isEqualTo(200);
		assertThat(JSON.readTree(inUse.body()).path("retiredFrom").isNull()).isTrue();
	}

	@Test
	void comparatorValuesAreKeptAndAUnitRetiredThroughTheApi() {
		String added = "{\"group\":\"WAPI-NN\",\"groupName\":\"Write Api neighbours\",\"period\":\"2024/25\","
				+ "\"member\":\"Neighbourshire\",\"value\":\"61.5\"}";
		HttpResponse<String> kept = call("PUT", "/api/v1/indicators/WAPI-1/comparators", added);
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
		assertThat(JSON.readTree(kept.body()).get(0).path("seen").asString()).isEqualTo("61.5");
		// added again as if new: someone else did meanwhile
		assertThat(call("PUT", "/api/v1/indicators/WAPI-1/comparators", added).statusCode()).isEqualTo(409);
		assertThat(call("PUT", "/api/v1/indicators/WAPI-1/comparators",
				added.replace("61.5", "62").replace("}", ",\"seen\":\"61.5\"}"))
			.statusCode()).isEqualTo(200);
		assertThat(call("DELETE", "/api/v1/indicators/WAPI-1/comparators",
				"{\"group\":\"WAPI-NN\",\"period\":\"2024/25\",\"member\":\"Neighbourshire\",\"seen\":\"61.5\"}")
			.statusCode()).isEqualTo(409);
		HttpResponse<String> removed = call("DELETE", "/api/v1/indicators/WAPI-1/comparators",
				"{\"group\":\"WAPI-NN\",\"period\":\"2024/25\",\"member\":\"Neighbourshire\",\"seen\":\"62\"}");
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
		assertThat(JSON.readTree(removed.body()).isEmpty()).isTrue();
		assertThat(call("PUT", "/api/v1/indicators/WAPI-1/comparators", "{\"group\":\"\"}").statusCode())
			.isEqualTo(422);

		// a unit in use is not retired, saying why
		HttpResponse<String> inUse = call("POST", "/api/v1/units/WAPI-D/retire", "{\"reason\":\"Merged\"}");
		assertThat(inUse.statusCode()).isEqualTo(422);
		assertThat(inUse.body()).contains("indicators in use");
		HttpResponse<String> back = call("POST", "/api/v1/units/WAPI-D/reinstate", null);
		assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
		assertThat(JSON.readTree(back.body()).path("retired").asBoolean()).isFalse();
	}

	@Test
	void aUnitIsAddedRenamedAndMovedAsRead() {
		HttpResponse<String> added = call("POST", "/api/v1/units",
				"{\"code\":\"WAPI-S\",\"name\":\"Early help\",\"kind\":\"service\",\"parent\":\"WAPI-D\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/units/WAPI-S");
		JsonNode unit = JSON.readTree(added.body());
		assertThat(unit.path("kind").asString()).isEqualTo("service");
		assertThat(unit.path("parent").asString()).isEqualTo("WAPI-D");
		assertThat(auditActor("WAPI-S")).contains("through the API token \"Write API test\"");
		// the code is taken, whatever its case
		HttpResponse<String> again = call("POST", "/api/v1/units",
				"{\"code\":\"wapi-s\",\"name\":\"Early help\",\"kind\":\"service\",\"parent\":\"WAPI-D\"}");
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.body()).contains("already a unit with the code WAPI-S");

		String seen = JSON.readTree(call("GET", "/api/v1/units/WAPI-S", null).body()).path("seen").asString();
		HttpResponse<String> moved = call("PUT", "/api/v1/units/WAPI-S", "{\"name\":\"Early help and prevention\","
				+ "\"kind\":\"SERVICE\",\"parent\":\"WAPI-E\",\"seen\":\"" + seen + "\"}");
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		JsonNode now = JSON.readTree(moved.body());
		assertThat(now.path("name").asString()).isEqualTo("Early help and prevention");
		assertThat(now.path("parent").asString()).isEqualTo("WAPI-E");
		assertThat(now.path("seen").asString()).isNotEqualTo(seen);
		assertThat(auditActor("WAPI-S")).contains("through the API token");

		// a change from the old read is refused and saves nothing
		HttpResponse<String> stale = call("PUT", "/api/v1/units/WAPI-S",
				"{\"name\":\"Mine\",\"kind\":\"service\"," + "\"parent\":\"WAPI-D\",\"seen\":\"" + seen + "\"}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed Early help and prevention");
		HttpResponse<String> unread = call("PUT", "/api/v1/units/WAPI-S",
				"{\"name\":\"Mine\",\"kind\":\"service\",\"parent\":\"WAPI-D\"}");
		assertThat(unread.statusCode()).isEqualTo(422);
		assertThat(unread.body()).contains("\"field\":\"seen\"");
		assertThat(JSON.readTree(call("GET", "/api/v1/units/WAPI-S", null).body()).path("name").asString())
			.isEqualTo("Early help and prevention");
		assertThat(call("GET", "/api/v1/units", null).body()).contains("\"code\":\"WAPI-S\"");
		assertThat(call("GET", "/api/v1/units/WAPI-NONE", null).statusCode()).isEqualTo(404);
	}

	@Test
	void anIndicatorIsAddedWithEveryFieldOfItsDefinition() {
		String definition = """
				{"code": "WAPI-10", "title": "Care leavers in education, employment or training",
				 "definition": "Care leavers aged 19 to 21 in education, employment or training, of all care leavers",
				 "organisationUnit": "WAPI-D", "unit": "percent", "decimalPlaces": 1, "polarity": "higher_is_better",
				 "frequency": "QUARTERLY", "accumulation": "CUMULATIVE_YTD", "arrearsMonths": 3,
				 "comparison": "SAME_PERIOD_LAST_YEAR", "ownerName": "Sam Patel", "ownerEmail": "Sam.Patel@wapi.example",
				 "dataSource": "SSDA903 return", "isPublic": %s, "note": "Published by the DfE each December"}
				""";
		// one not for publication needs the restricted reader's permission too, which
		// this officer lacks
		HttpResponse<String> restricted = call("POST", "/api/v1/indicators", definition.formatted("false"));
		assertThat(restricted.statusCode()).as(restricted.body()).isEqualTo(403);
		assertThat(restricted.body()).contains("as not for publication");
		HttpResponse<String> added = call("POST", "/api/v1/indicators", definition.formatted("true"));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/indicators/WAPI-10/targets");
		JsonNode body = JSON.readTree(added.body());
		assertThat(body.path("organisationUnit").asString()).isEqualTo("WAPI-D");
		assertThat(body.path("unit").asString()).isEqualTo("percent");
		assertThat(body.path("decimalPlaces").asInt()).isEqualTo(1);
		assertThat(body.path("polarity").asString()).isEqualTo("HIGHER_IS_BETTER");
		assertThat(body.path("title").asString()).isEqualTo("Care leavers in education, employment or training");
		assertThat(body.path("definition").asString()).startsWith("Care leavers aged 19 to 21");
		assertThat(body.path("accumulation").asString()).isEqualTo("CUMULATIVE_YTD");
		assertThat(body.path("dataSource").asString()).isEqualTo("SSDA903 return");
		assertThat(body.path("arrearsMonths").asInt()).isEqualTo(3);
		assertThat(body.path("comparison").asString()).isEqualTo("SAME_PERIOD_LAST_YEAR");
		assertThat(body.path("ownerEmail").asString()).isEqualTo("sam.patel@wapi.example");
		assertThat(body.path("isPublic").asBoolean()).isTrue();
		assertThat(body.path("note").asString()).isEqualTo("Published by the DfE each December");
		assertThat(auditActor("WAPI-10")).contains("through the API token \"Write API test\"");
		// its first target is set where Location says
		JsonNode targets = JSON.readTree(call("GET", "/api/v1/indicators/WAPI-10/targets", null).body());
		assertThat(targets.path("version").asInt()).isZero();
		HttpResponse<String> target = call("POST", "/api/v1/indicators/WAPI-10/targets",
				"{\"from\":\"Q1 2025/26\",\"shape\":\"value\",\"value\":\"55\",\"seen\":\""
						+ targets.path("openTarget").asString() + "\"}");
		assertThat(target.statusCode()).as(target.body()).isEqualTo(201);

		// the left-out choices are the page's; a taken code is refused, by any case
		HttpResponse<String> plain = call("POST", "/api/v1/indicators",
				"{\"code\":\"WAPI-11\",\"title\":\"Complaints answered on time\",\"organisationUnit\":\"WAPI-D\","
						+ "\"unit\":\"percent\",\"polarity\":\"HIGHER_IS_BETTER\",\"isPublic\":true}");
		assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
		JsonNode defaults = JSON.readTree(plain.body());
		assertThat(defaults.path("frequency").asString()).isEqualTo("QUARTERLY");
		assertThat(defaults.path("accumulation").asString()).isEqualTo("SNAPSHOT");
		assertThat(defaults.path("comparison").asString()).isEqualTo("PREVIOUS_PERIOD");
		HttpResponse<String> taken = call("POST", "/api/v1/indicators",
				"{\"code\":\"wapi-11\",\"title\":\"Complaints answered on time\",\"organisationUnit\":\"WAPI-D\","
						+ "\"unit\":\"percent\",\"polarity\":\"HIGHER_IS_BETTER\",\"isPublic\":true}");
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(422);
		assertThat(taken.body()).contains("already an indicator with the code WAPI-11");
	}

	@Test
	void aScorecardIsAddedAndLaidOutWithAnIndicatorOnTwoScorecards() {
		HttpResponse<String> added = call("POST", "/api/v1/scorecards",
				"{\"code\":\"WAPI-SC2\",\"name\":\"Write Api directorate scorecard\",\"organisationUnit\":\"WAPI-D\","
						+ "\"kind\":\"directorate\",\"section\":\"Health\",\"sectionKind\":\"objective\","
						+ "\"period\":\"Q1 2025/26\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		JsonNode scorecard = JSON.readTree(added.body());
		String layout = scorecard.path("layout").asString();
		assertThat(added.headers().firstValue("Location")).hasValue(layout);
		assertThat(scorecard.path("period").asString()).isEqualTo("Q1 2025/26");
		assertThat(auditActor("WAPI-SC2")).contains("through the API token \"Write API test\"");

		JsonNode read = JSON.readTree(call("GET", layout, null).body());
		assertThat(read.path("sections").size()).isEqualTo(1);
		long health = read.path("sections").get(0).path("id").asLong();
		String seen = read.path("seen").asString();
		// renamed; a section added before the first, which is renamed and given
		// indicators;
		// WAPI-1 stays on the corporate scorecard too
		HttpResponse<String> laidOut = call("PUT", layout,
				"{\"name\":\"Directorate scorecard 2025/26\",\"seen\":\"" + seen + "\",\"sections\":["
						+ "{\"title\":\"Staff\",\"kind\":\"PERSPECTIVE\",\"indicators\":[\"WAPI-2\",\"WAPI-1\"]},"
						+ "{\"id\":" + health + ",\"title\":\"Health and wellbeing\",\"kind\":\"OBJECTIVE\","
						+ "\"indicators\":[\"WAPI-3\"]}]}");
		assertThat(laidOut.statusCode()).as(laidOut.body()).isEqualTo(200);
		JsonNode now = JSON.readTree(laidOut.body());
		assertThat(now.path("name").asString()).isEqualTo("Directorate scorecard 2025/26");
		assertThat(now.path("sections").get(0).path("title").asString()).isEqualTo("Staff");
		assertThat(now.path("sections").get(0).path("indicators").toString()).isEqualTo("[\"WAPI-2\",\"WAPI-1\"]");
		assertThat(now.path("sections").get(1).path("id").asLong()).isEqualTo(health);
		assertThat(now.path("sections").get(1).path("title").asString()).isEqualTo("Health and wellbeing");
		assertThat(JSON.readTree(call("GET", "/api/v1/scorecards/" + this.scorecard + "/layout", null).body())
			.path("sections")
			.toString()).contains("WAPI-1");
		assertThat(auditActor("WAPI-SC2")).contains("through the API token");

		// reordered: the sections swapped, the indicators moved, one section removed
		// from a read since; the old read is refused and nothing changes
		HttpResponse<String> stale = call("PUT", layout, "{\"name\":\"Mine\",\"seen\":\"" + seen
				+ "\",\"sections\":[{\"id\":" + health + ",\"title\":\"Health\",\"kind\":\"OBJECTIVE\"}]}");
		assertThat(stale.statusCode()).isEqualTo(409);
		long staff = now.path("sections").get(0).path("id").asLong();
		HttpResponse<String> reordered = call("PUT", layout, "{\"name\":\"Directorate scorecard 2025/26\",\"seen\":\""
				+ now.path("seen").asString() + "\",\"sections\":[{\"id\":" + health
				+ ",\"title\":\"Health and wellbeing\",\"kind\":\"OBJECTIVE\",\"indicators\":[\"WAPI-1\",\"WAPI-3\"]}]}");
		assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
		JsonNode after = JSON.readTree(reordered.body());
		assertThat(after.path("sections").size()).isEqualTo(1);
		assertThat(after.path("sections").get(0).path("indicators").toString()).isEqualTo("[\"WAPI-1\",\"WAPI-3\"]");
		assertThat(after.path("sections").get(0).path("id").asLong()).isEqualTo(health).isNotEqualTo(staff);

		// mistakes, each with its field
		String fresh = after.path("seen").asString();
		HttpResponse<String> twoInOne = call("PUT", layout, "{\"name\":\"X\",\"seen\":\"" + fresh
				+ "\",\"sections\":[{\"title\":\"A\",\"kind\":\"OBJECTIVE\",\"indicators\":[\"WAPI-1,WAPI-2\"]}]}");
		assertThat(twoInOne.statusCode()).isEqualTo(422);
		assertThat(twoInOne.body()).contains("sections[0].indicators[0]");
		HttpResponse<String> unknown = call("PUT", layout, "{\"name\":\"X\",\"seen\":\"" + fresh
				+ "\",\"sections\":[{\"title\":\"A\",\"kind\":\"OBJECTIVE\",\"indicators\":[\"SCA-1\"]}]}");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("sections[0].indicators").contains("There is no indicator SCA-1");
		HttpResponse<String> none = call("PUT", layout, "{\"name\":\"X\",\"seen\":\"" + fresh + "\",\"sections\":[]}");
		assertThat(none.statusCode()).isEqualTo(422);
		assertThat(none.body()).contains("at least one section");
		HttpResponse<String> badKind = call("PUT", layout,
				"{\"name\":\"X\",\"seen\":\"" + fresh + "\",\"sections\":[{\"title\":\"A\",\"kind\":\"CHAPTER\"}]}");
		assertThat(badKind.statusCode()).isEqualTo(422);
		assertThat(badKind.body()).contains("sections[0].kind");
		assertThat(JSON.readTree(call("GET", layout, null).body()).path("seen").asString()).isEqualTo(fresh);
	}

	@Test
	void anOfficerOfOneDirectorateSetsUpNothingInAnother() {
		String indicator = "{\"code\":\"WAPI-E1\",\"title\":\"Another directorate's\",\"organisationUnit\":\"%s\","
				+ "\"unit\":\"number\",\"polarity\":\"NO_POLARITY\",\"isPublic\":true}";
		HttpResponse<String> elsewhere = Http.sendJson(this.port, "POST", "/api/v1/indicators",
				indicator.formatted("WAPI-E"), this.directorateToken);
		assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(403);
		assertThat(elsewhere.body()).contains("outside the part of the council your role covers");
		HttpResponse<String> unit = Http.sendJson(this.port, "POST", "/api/v1/units",
				"{\"code\":\"WAPI-E-S\",\"name\":\"Theirs\",\"kind\":\"service\",\"parent\":\"WAPI-E\"}",
				this.directorateToken);
		assertThat(unit.statusCode()).isEqualTo(403);
		HttpResponse<String> corporate = Http.sendJson(this.port, "GET",
				"/api/v1/scorecards/" + this.scorecard + "/layout", null, this.directorateToken);
		assertThat(corporate.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from indicator where code = 'WAPI-E1'").query(Long.class).single())
			.isZero();

		// within their own directorate the same indicator is added
		HttpResponse<String> own = Http.sendJson(this.port, "POST", "/api/v1/indicators", indicator.formatted("WAPI-D"),
				this.directorateToken);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
		assertThat(auditActor("WAPI-E1")).contains("through the API token \"Directorate test\"");
	}

	@Test
	void badSetUpBodiesAreRefusedWithTheReasonAndNothingSaved() {
		HttpResponse<String> notJson = call("POST", "/api/v1/indicators", "{\"code\":");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(notJson.body()).contains("not JSON in the shape");
		HttpResponse<String> missing = call("POST", "/api/v1/indicators", "{\"code\":\"WAPI-BAD\"}");
		assertThat(missing.statusCode()).isEqualTo(422);
		JsonNode errors = JSON.readTree(missing.body()).path("errors");
		List<String> fields = new ArrayList<>();
		errors.forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).containsExactly("organisationUnit", "title", "unit", "polarity", "isPublic");
		assertThat(missing.body()).contains("Choose the part of the council the indicator belongs to");
		HttpResponse<String> places = call("POST", "/api/v1/indicators",
				"{\"code\":\"WAPI-BAD\",\"title\":\"T\",\"organisationUnit\":\"WAPI-D\",\"unit\":\"percent\","
						+ "\"polarity\":\"HIGHER_IS_BETTER\",\"isPublic\":true,\"decimalPlaces\":9,\"ownerEmail\":\"sam\"}");
		assertThat(places.statusCode()).isEqualTo(422);
		assertThat(places.body()).contains("\"field\":\"decimalPlaces\"").contains("\"field\":\"ownerEmail\"");
		for (String hidden : List.of("\\u0000", "\\u202e")) {
			HttpResponse<String> control = call("POST", "/api/v1/indicators",
					"{\"code\":\"WAPI-BAD\",\"title\":\"bad" + hidden + "title\"}");
			assertThat(control.statusCode()).as(hidden).isEqualTo(400);
			assertThat(control.body()).contains("(at title)").contains("control or text-direction");
		}
		HttpResponse<String> typo = call("POST", "/api/v1/scorecards", "{\"code\":\"WAPI-BAD\",\"nmae\":\"x\"}");
		assertThat(typo.statusCode()).isEqualTo(400);
		assertThat(typo.body()).contains("a field this operation does not take (at nmae)");
		HttpResponse<String> scorecard = call("POST", "/api/v1/scorecards",
				"{\"code\":\"WAPI-BAD\",\"name\":\"S\",\"organisationUnit\":\"WAPI\",\"kind\":\"CORPORATE\","
						+ "\"section\":\"A\",\"sectionKind\":\"OBJECTIVE\",\"period\":\"Q9 2025/26\"}");
		assertThat(scorecard.statusCode()).isEqualTo(422);
		assertThat(scorecard.body()).contains("\"field\":\"period\"");
		HttpResponse<String> unit = call("POST", "/api/v1/units", "{}");
		assertThat(unit.statusCode()).isEqualTo(422);
		assertThat(unit.body()).contains("\"field\":\"name\"")
			.contains("\"field\":\"code\"")
			.contains("\"field\":\"kind\"");
		HttpResponse<String> badCode = call("POST", "/api/v1/units",
				"{\"code\":\"WAPI BAD\",\"name\":\"S\",\"kind\":\"service\",\"parent\":\"WAPI-D\"}");
		assertThat(badCode.statusCode()).isEqualTo(422);
		assertThat(badCode.body()).contains("\"field\":\"code\"").contains("letters, digits");
		assertThat(this.jdbc
			.sql("select (select count(*) from indicator where code = 'WAPI-BAD') + (select count(*) from scorecard "
					+ "where code = 'WAPI-BAD') + (select count(*) from organisation_unit where code like 'WAPI%BAD')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDocumentGivesTheChoicesAnIndicatorTakes() {
		JsonNode schema = JSON.readTree(Http.get(this.port, "/api/v1/openapi.json").body())
			.path("components")
			.path("schemas")
			.path("NewIndicator")
			.path("properties");
		assertThat(values(schema.path("unit")))
			.isEqualTo(java.util.Arrays.stream(uk.beacon.indicator.Unit.values()).map(u -> u.code()).toList());
		assertThat(values(schema.path("polarity"))).isEqualTo(names(uk.beacon.indicator.Polarity.values()));
		assertThat(values(schema.path("frequency"))).isEqualTo(names(uk.beacon.indicator.Frequency.values()));
		assertThat(values(schema.path("accumulation"))).isEqualTo(names(uk.beacon.indicator.Accumulation.values()));
		assertThat(values(schema.path("comparison"))).isEqualTo(names(uk.beacon.indicator.Comparison.values()));
	}

	private static List<String> values(JsonNode property) {
		List<String> values = new ArrayList<>();
		property.path("enum").forEach(v -> values.add(v.asString()));
		return values;
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	private HttpResponse<String> call(String method, String path, String json) {
		return Http.sendJson(this.port, method, path, json, this.token);
	}

	private int riskVersion(String reference) {
		return JSON.readTree(call("GET", "/api/v1/risks/" + reference, null).body()).path("version").asInt();
	}

	/** Who the audit trail says made the latest change to the subject. */
	private String auditActor(String subject) {
		return this.jdbc.sql("select actor from audit_event where subject = ? order by id desc limit 1")
			.param(subject)
			.query(String.class)
			.optional()
			.orElse("no change to " + subject);
	}

	private static JsonNode figure(JsonNode grid, String key) {
		for (JsonNode row : grid.path("figures")) {
			if (row.path("key").asString().equals(key)) {
				return row;
			}
		}
		throw new AssertionError("no figure " + key + " in " + grid);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
