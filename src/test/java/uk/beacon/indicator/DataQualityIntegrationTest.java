package uk.beacon.indicator;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 item 6: every data-quality flag of every indicator a person may see, on one
 * page and through the API, filtered by unit, owner and kind; an indicator not for
 * publication only for the restricted readers of its part of the council.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataQualityIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				DQ,Data Quality Council,council,
				DQ-A,Adults,directorate,DQ
				DQ-B,Business,directorate,DQ
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency,public,owner
				DQ-OUT,Home care visits,DQ-A,number,higher_is_better,quarterly,yes,Ann Example
				DQ-GAP,Carers assessed,DQ-A,number,higher_is_better,quarterly,yes,Bob Example
				DQ-DEN,Reviews on time,DQ-A,percent,higher_is_better,quarterly,yes,Bob Example
				DQ-PCT,Invoices paid in 30 days,DQ-B,percent,higher_is_better,quarterly,yes,Ann Example
				DQ-SECRET,Staff disciplinary cases,DQ-B,number,lower_is_better,quarterly,no,Cy Secret
				DQ-FINE,Business rates collected,DQ-B,percent,higher_is_better,quarterly,yes,Ann Example
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value
				DQ-PCT,value,Q1 2019/20,150
				DQ-SECRET,value,Q1 2019/20,0
				DQ-FINE,value,Q1 2019/20,97
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value,numerator,denominator
				DQ-OUT,Q1 2019/20,Q1 2019/20,10,,
				DQ-OUT,Q2 2019/20,Q2 2019/20,11,,
				DQ-OUT,Q3 2019/20,Q3 2019/20,12,,
				DQ-OUT,Q4 2019/20,Q4 2019/20,11,,
				DQ-OUT,Q1 2020/21,Q1 2020/21,10,,
				DQ-OUT,Q2 2020/21,Q2 2020/21,12,,
				DQ-OUT,Q3 2020/21,Q3 2020/21,95,,
				DQ-GAP,Q1 2019/20,Q1 2019/20,40,,
				DQ-GAP,Q3 2019/20,Q3 2019/20,42,,
				DQ-DEN,Q1 2019/20,Q1 2019/20,,50,100
				DQ-DEN,Q2 2019/20,Q2 2019/20,,60,250
				DQ-PCT,Q1 2019/20,Q1 2019/20,80,,
				DQ-PCT,Q2 2019/20,Q2 2019/20,82,,
				DQ-SECRET,Q1 2019/20,Q1 2019/20,5,,
				DQ-SECRET,Q2 2019/20,Q2 2019/20,6,,
				DQ-SECRET,Q3 2019/20,Q3 2019/20,5,,
				DQ-FINE,Q1 2019/20,Q1 2019/20,96,,
				DQ-FINE,Q2 2019/20,Q2 2019/20,97,,
				""")), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "dqreader", "dqreader@test.example", Role.READER, null);
		TestUsers.ensure(this.context, "dqrestricted", "dqrestricted@test.example", Role.READER, null,
				Role.RESTRICTED_READER, "DQ-B");
	}

	@Test
	void everyKindOfFlagIsListedWithItsIndicatorPeriodAndCounts() {
		JsonNode all = api("admin", TestUsers.ADMIN_PASSWORD, "/api/v1/data-quality?unit=DQ");
		assertThat(all.get("indicatorsChecked").asInt()).isEqualTo(6);
		assertThat(all.get("indicatorsFlagged").asInt()).isEqualTo(5);
		assertThat(all.get("counts").get("OUTLIER").asInt()).isEqualTo(1);
		assertThat(all.get("counts").get("DENOMINATOR_JUMP").asInt()).isEqualTo(1);
		assertThat(all.get("counts").get("MISSING_PERIOD").asInt()).isEqualTo(1);
		assertThat(all.get("counts").get("SUSPECT_TARGET").asInt()).isEqualTo(2);
		assertThat(rows(all)).containsExactly("DQ-DEN DENOMINATOR_JUMP Q2 2019/20", "DQ-GAP MISSING_PERIOD Q2 2019/20",
				"DQ-OUT OUTLIER Q3 2020/21", "DQ-PCT SUSPECT_TARGET Q2 2019/20", "DQ-SECRET SUSPECT_TARGET Q3 2019/20");
		JsonNode percentage = flag(all, "DQ-PCT");
		assertThat(percentage.get("message").asString()).isEqualTo("The target of 150% is above 100%, which a share "
				+ "cannot be, and none of the 2 reported values has been (the highest is 82%); check it is the "
				+ "percentage meant, not a count or a figure missing its decimal point.");
		assertThat(percentage.get("unitCode").asString()).isEqualTo("DQ-B");
		assertThat(percentage.get("owner").asString()).isEqualTo("Ann Example");
		assertThat(percentage.get("href").asString()).isEqualTo("/indicators/DQ-PCT");
		// the same flags as the indicator's own page and analysis
		JsonNode analysis = api("admin", TestUsers.ADMIN_PASSWORD, "/api/v1/indicators/DQ-PCT/analysis");
		assertThat(analysis.get("dataQuality").get(0).get("message").asString())
			.isEqualTo(percentage.get("message").asString());
	}

	@Test
	void filtersNarrowTheListByDirectorateOwnerAndKindAndTheCountsFollowTheUnitAndOwner() {
		assertThat(rows(api("admin", TestUsers.ADMIN_PASSWORD, "/api/v1/data-quality?unit=DQ-A"))).containsExactly(
				"DQ-DEN DENOMINATOR_JUMP Q2 2019/20", "DQ-GAP MISSING_PERIOD Q2 2019/20", "DQ-OUT OUTLIER Q3 2020/21");
		JsonNode ann = api("admin", TestUsers.ADMIN_PASSWORD, "/api/v1/data-quality?unit=DQ&owner=ann%20example");
		assertThat(rows(ann)).containsExactly("DQ-OUT OUTLIER Q3 2020/21", "DQ-PCT SUSPECT_TARGET Q2 2019/20");
		assertThat(ann.get("indicatorsChecked").asInt()).isEqualTo(3);
		JsonNode targets = api("admin", TestUsers.ADMIN_PASSWORD,
				"/api/v1/data-quality?unit=DQ&owner=Ann%20Example&kind=SUSPECT_TARGET");
		assertThat(rows(targets)).containsExactly("DQ-PCT SUSPECT_TARGET Q2 2019/20");
		// counts by kind stay whole, so a person sees what else there is
		assertThat(targets.get("counts").get("OUTLIER").asInt()).isEqualTo(1);
		assertThat(targets.get("filter").get("kind").asString()).isEqualTo("SUSPECT_TARGET");

		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		String page = admin.get("/data-quality?unit=DQ-A").body();
		assertThat(page)
			.contains("Data to check", "href=\"/indicators/DQ-OUT\"", "Home care visits",
					"95 for Q3 2020/21 is far above")
			.doesNotContain("Invoices paid in 30 days");
		assertThat(page).contains("<option value=\"DQ-A\" selected=\"selected\">");
		String empty = admin.get("/data-quality?unit=DQ-B&owner=Ann%20Example&kind=OUTLIER").body();
		assertThat(empty).contains("No figures look unusual").doesNotContain("Invoices paid in 30 days");
	}

	@Test
	void theApiDocumentDescribesTheListItsFiltersAndItsRefusal() throws Exception {
		JsonNode operation = JSON.readTree(Http.get(this.port, "/api/v1/openapi.json").body())
			.get("paths")
			.get("/api/v1/data-quality")
			.get("get");
		List<String> parameters = new ArrayList<>();
		operation.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
		assertThat(parameters).containsExactly("unit", "owner", "kind");
		assertThat(operation.get("responses").has("400")).isTrue();
		assertThat(operation.get("responses").get("200").toString()).contains("DataQuality");
	}

	@Test
	void anIndicatorNotForPublicationIsListedOnlyForTheRestrictedReadersOfItsPartOfTheCouncil() {
		JsonNode reader = api("dqreader", TestUsers.PASSWORD, "/api/v1/data-quality?unit=DQ");
		assertThat(rows(reader)).doesNotContain("DQ-SECRET SUSPECT_TARGET Q3 2019/20").hasSize(4);
		assertThat(reader.get("indicatorsChecked").asInt()).isEqualTo(5);
		assertThat(reader.toString()).doesNotContain("Staff disciplinary", "Cy Secret");
		String readersPage = SignedIn.as(this.port, "dqreader", TestUsers.PASSWORD).get("/data-quality").body();
		assertThat(readersPage).contains("DQ-PCT").doesNotContain("DQ-SECRET", "Staff disciplinary", "Cy Secret");
		// an owner only of what the person may not see is not one they may filter by
		assertThat(Http.get(this.port, "/api/v1/data-quality?owner=Cy%20Secret", "dqreader", TestUsers.PASSWORD)
			.statusCode()).isEqualTo(400);

		JsonNode restricted = api("dqrestricted", TestUsers.PASSWORD, "/api/v1/data-quality?unit=DQ-B");
		assertThat(rows(restricted)).containsExactly("DQ-PCT SUSPECT_TARGET Q2 2019/20",
				"DQ-SECRET SUSPECT_TARGET Q3 2019/20");
		assertThat(SignedIn.as(this.port, "dqrestricted", TestUsers.PASSWORD).get("/data-quality?unit=DQ-B").body())
			.contains("Staff disciplinary cases");
	}

	@Test
	void aFilterThatCannotBeUsedIsRefusedWithTheReason() {
		for (String query : List.of("unit=NO-SUCH-UNIT", "owner=Nobody%20At%20All", "kind=TYPO", "kind=outlier",
				"unit=" + "X".repeat(201))) {
			HttpResponse<String> api = Http.get(this.port, "/api/v1/data-quality?" + query, "admin",
					TestUsers.ADMIN_PASSWORD);
			assertThat(api.statusCode()).as(query).isEqualTo(400);
			assertThat(api.body()).as(query).contains("\"parameter\"");
		}
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		HttpResponse<String> unit = admin.get("/data-quality?unit=NO-SUCH-UNIT");
		assertThat(unit.statusCode()).isEqualTo(400);
		assertThat(unit.body()).contains("There is a problem", "href=\"#unit\"",
				"There is no council, directorate or service with the code &quot;NO-SUCH-UNIT&quot;",
				"govuk-select--error");
		HttpResponse<String> kind = admin.get("/data-quality?kind=TYPO");
		assertThat(kind.statusCode()).isEqualTo(400);
		assertThat(kind.body()).contains("href=\"#kind\"", "Choose a kind of flag");
	}

	@Test
	void aCorrectedFigureClearsItsFlagAtOnce() {
		// a council of its own, so that the other tests' lists do not depend on the order
		// they run in
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				DQF,Data Fixing Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency,public,owner
				DQ-FIX,Meals delivered,DQF,number,higher_is_better,quarterly,yes,Dee Example
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				DQ-FIX,Q1 2019/20,Q1 2019/20,30
				DQ-FIX,Q3 2019/20,Q3 2019/20,31
				""")), TestUsers.SYSTEM);
		String path = "/api/v1/data-quality?owner=Dee%20Example";
		assertThat(rows(api("admin", TestUsers.ADMIN_PASSWORD, path)))
			.containsExactly("DQ-FIX MISSING_PERIOD Q2 2019/20");
		this.csvImport.run(List.of(file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				DQ-FIX,Q2 2019/20,Q2 2019/20,30
				""")), TestUsers.SYSTEM);
		assertThat(rows(api("admin", TestUsers.ADMIN_PASSWORD, path))).isEmpty();
	}

	private JsonNode api(String username, String password, String path) {
		HttpResponse<String> response = Http.get(this.port, path, username, password);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static List<String> rows(JsonNode body) {
		List<String> rows = new ArrayList<>();
		body.get("flags")
			.forEach(f -> rows.add(f.get("indicatorCode").asString() + " " + f.get("kind").asString() + " "
					+ f.get("period").asString()));
		return rows;
	}

	private static JsonNode flag(JsonNode body, String code) {
		for (JsonNode f : body.get("flags")) {
			if (f.get("indicatorCode").asString().equals(code)) {
				return f;
			}
		}
		throw new AssertionError("No flag for " + code);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
