package uk.beacon.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.risk.RiskViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every controller answers a period it cannot read and a change a write service refuses
 * the same way ({@link Refusals}): the API with a problem detail, a form sent from one of
 * Beacon's pages by going back to that page with the reason, anything else with the error
 * page and the reason.
 */
@BeaconIntegrationTest
class RefusalsIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String NOT_A_QUARTER = "“nonsense” is not a financial quarter Beacon recognises: write it like Q2 2019/20.";

	private static final String PUBLISH_PAGE = "/scorecards/1/report/publish?period=" + Http.encode("Q2 2019/20");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RiskViews risks;

	@Autowired
	CsvImport csvImport;

	@Test
	void aPeriodThatIsNotAQuarterIsABadRequestOnEveryPageThatTakesOne() {
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		for (String page : new String[] { "/scorecards/1", "/indicators/WCC-LAC", "/dashboard/WCC",
				"/scorecards/1/report", "/reports/draft?scorecard=1&" }) {
			String address = page + (page.endsWith("&") ? "" : "?") + "period=nonsense";
			HttpResponse<String> response = admin.get(address);

			assertThat(response.statusCode()).as(address).isEqualTo(400);
			assertThat(response.body()).as(address)
				.contains("govuk-error-summary")
				.contains("There is a problem")
				.contains(NOT_A_QUARTER);
		}
	}

	@Test
	void aPeriodThatIsNotAQuarterIsAProblemDetailOnTheApi() {
		for (String api : new String[] { "/api/v1/scorecards/1/indicators", "/api/v1/indicators/WCC-LAC/analysis",
				"/api/v1/scorecards/1/report" }) {
			HttpResponse<String> response = Http.getAsAdmin(this.port, api + "?period=nonsense");

			assertThat(response.statusCode()).as(api).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(api)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.get("title").asString()).isEqualTo("The period cannot be read");
			assertThat(problem.get("detail").asString()).isEqualTo(NOT_A_QUARTER);
		}
	}

	@Test
	void aBlankPeriodMeansTheCurrentOne() {
		assertThat(Http.get(this.port, "/scorecards/1?period=").statusCode()).isEqualTo(200);
		assertThat(Http.get(this.port, "/api/v1/scorecards/1/indicators?period=%20").statusCode()).isEqualTo(200);
	}

	@Test
	void aChangeOutsideThePersonsPartOfTheCouncilComesBackToTheirPageWithTheReason() {
		TestUsers.ensure(this.context, "refusal-officer", "refusal-officer@test.example", Role.PERFORMANCE_OFFICER,
				"LCC");
		SignedIn officer = SignedIn.as(this.port, "refusal-officer", TestUsers.PASSWORD);

		HttpResponse<String> published = officer.postFrom(PUBLISH_PAGE, "/scorecards/1/report/publish",
				Map.of("period", "Q2 2019/20"));

		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(published.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith(PUBLISH_PAGE).doesNotContain("error"));
		assertThat(officer.get(PUBLISH_PAGE).body()).contains("There is a problem")
			.contains("You cannot publish the")
			.contains("outside the part of the council your role covers");
	}

	@Test
	void aRefusalWithoutAPageOfBeaconsToGoBackToIsTheErrorPageWithItsStatus() {
		TestUsers.ensure(this.context, "refusal-risks", "refusal-risks@test.example", Role.RISK_MANAGER, "LCC");
		SignedIn manager = SignedIn.as(this.port, "refusal-risks", TestUsers.PASSWORD);
		Map<String, String> merge = Map.of("version", String.valueOf(version("WCR3")), "into", "CR4", "reason",
				"The same project risk");

		HttpResponse<String> noPage = manager.post("/risks/WCR3/merge", merge);
		HttpResponse<String> elsewhere = manager.postFrom("/risks/WCR3", "/risks/WCR3/merge", merge);

		assertThat(noPage.statusCode()).isEqualTo(403);
		assertThat(noPage.body()).contains("There is a problem").contains("You cannot merge WCR3");
		// nobody is sent to another site, however the referrer is written
		for (String referrer : new String[] { "http://evil.example/risks/WCR3", "//evil.example/x",
				"http://localhost:" + this.port + "//evil.example/x" }) {
			HttpResponse<String> response = manager.postReferredBy(referrer, "/risks/WCR3/merge", merge);
			assertThat(response.statusCode()).as(referrer).isEqualTo(403);
			assertThat(response.headers().firstValue("Location")).as(referrer).isEmpty();
		}
		assertThat(elsewhere.statusCode()).isEqualTo(302);
		assertThat(manager.get("/risks/WCR3").body()).contains("You cannot merge WCR3");
		assertThat(version("WCR3")).isEqualTo(Integer.parseInt(merge.get("version")));
	}

	@Test
	void aChangeToWhatSomeoneElseChangedMeanwhileIsAConflict() {
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		Map<String, String> escalate = Map.of("version", String.valueOf(version("WCR3") + 1000), "reason",
				"Spending is out of control");

		HttpResponse<String> script = admin.post("/risks/WCR3/escalate", escalate);
		HttpResponse<String> page = admin.postFrom("/risks/WCR3", "/risks/WCR3/escalate", escalate);

		assertThat(script.statusCode()).isEqualTo(409);
		assertThat(script.body()).contains("Someone else changed WCR3 since you opened it");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(admin.get("/risks/WCR3").body()).contains("Someone else changed WCR3 since you opened it");
	}

	@Test
	void aFormWithMistakesComesBackWithTheGovUkErrorSummaryAndWhatWasTyped() {
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);

		HttpResponse<String> reasonless = admin.postFrom("/risks/RF1", "/risks/RF1/escalate",
				Map.of("version", String.valueOf(version(directorateRisk())), "reason", " "));
		String due = LocalDate.now().plusDays(7).toString();
		HttpResponse<String> quarter = admin.postFrom("/collection", "/collection/cycles",
				Map.of("council", "1", "quarter", "Q5 2019/20", "due", due));
		HttpResponse<String> nothing = admin.postFrom("/collection", "/collection/cycles",
				Map.of("quarter", "Q5 2019/20"));
		HttpResponse<String> person = admin.postFrom("/admin/users", "/admin/users",
				Map.of("name", "", "username", "", "email", "kept@test.example"));

		assertThat(reasonless.statusCode()).isEqualTo(200);
		assertThat(reasonless.body()).contains("<title>Error: RF1")
			.contains("<a href=\"#escalate-reason\">Enter the reason for escalating the risk</a>")
			.contains("govuk-form-group--error")
			.contains("id=\"escalate-reason-error\"");
		assertThat(quarter.statusCode()).isEqualTo(200);
		assertThat(quarter.body()).contains("<title>Error: Data collection")
			.contains("<a href=\"#quarter\">“Q5 2019/20”")
			.contains("value=\"Q5 2019/20\"")
			.contains("value=\"" + due + "\"");
		// what could be read is checked too, so that every mistake is shown at once
		assertThat(nothing.body()).containsSubsequence("<a href=\"#council\">Choose a council</a>",
				"<a href=\"#quarter\">“Q5 2019/20”", "<a href=\"#due\">Enter the date the figures are due</a>");
		assertThat(person.body())
			.containsSubsequence("<a href=\"#name\">Enter the person&#39;s name</a>",
					"<a href=\"#username\">Enter a username, such as jsmith</a>")
			.contains("value=\"kept@test.example\"");
	}

	/** A risk on a directorate's register, which escalates to the council's. */
	private String directorateRisk() {
		if (this.risks.risk("RF1", Audience.everywhere()).isEmpty()) {
			this.csvImport.run(List.of(file("risk-registers.csv", """
					code,name,kind,organisation_code,escalates_to
					RF-DIR,Refusals directorate register,directorate,WCC-CFC,WCC-CRR
					"""), file("risks.csv", "reference,register_code,kind,title\nRF1,RF-DIR,risk,Pay award\n")),
					TestUsers.SYSTEM);
		}
		return "RF1";
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private int version(String reference) {
		return this.risks.risk(reference, Audience.everywhere()).orElseThrow().summary().risk().version();
	}

}
