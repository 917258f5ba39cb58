package uk.beacon.risk;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council's risk appetite set on screen by a risk manager for the whole council, the
 * risks above it flagged with by how much, the change audited, a colleague's change never
 * overwritten and a mistake explained.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskAppetiteIntegrationTest {

	private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	RiskViews views;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				AP1,Appetite Council,council,
				AP1-R,Appetite Resources,directorate,AP1
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				AP1-CRR,Appetite corporate register,corporate,AP1,
				"""), file("risks.csv", """
				reference,register_code,kind,title,category
				AP1-1,AP1-CRR,risk,Savings not delivered,Financial
				AP1-2,AP1-CRR,risk,Data breach,Organisational / Reputational
				AP1-3,AP1-CRR,risk,Too few social workers,People
				AP1-4,AP1-CRR,opportunity,Regeneration funding,Financial
				"""), file("risk-assessments.csv", """
				reference,assessed_on,reporting_period,current_impact,current_likelihood
				AP1-1,30/09/2019,Q2 2019/20,3,4
				AP1-2,30/09/2019,Q2 2019/20,3,3
				AP1-3,30/09/2019,Q2 2019/20,4,3
				AP1-4,30/09/2019,Q2 2019/20,5,5
				""")), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "ap1-risk", "ap1-risk@test.example", Role.RISK_MANAGER, "AP1");
		TestUsers.ensure(this.context, "ap1-r-risk", "ap1-r-risk@test.example", Role.RISK_MANAGER, "AP1-R");
	}

	@Test
	void aRiskManagerSetsTheAppetiteAndTheRisksAboveItAreFlaggedWithByHowMuch() {
		SignedIn riskManager = SignedIn.as(this.port, "ap1-risk", TestUsers.PASSWORD);
		HttpResponse<String> page = riskManager.get("/risks/appetite/AP1");
		assertThat(page.statusCode()).isEqualTo(200);
		// the categories in use, a compound one split into its parts
		assertThat(page.body()).contains("value=\"Financial\"", "value=\"Organisational\"", "value=\"Reputational\"",
				"value=\"People\"");

		Map<String, String> form = appetite(fingerprint(page), "15", "Financial", "8", "Reputational", "6");
		HttpResponse<String> saved = riskManager.post("/risks/appetite/AP1", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

		Map<String, RiskSummary> risks = register();
		assertThat(risks.get("AP1-1").aboveAppetiteBy()).as("12 against Financial's 8").isEqualTo(4);
		assertThat(risks.get("AP1-2").aboveAppetiteBy()).as("9 against Reputational's 6").isEqualTo(3);
		assertThat(risks.get("AP1-3").aboveAppetiteBy()).as("12 against the default 15").isZero();
		assertThat(risks.get("AP1-3").heldToAppetite()).isTrue();
		assertThat(risks.get("AP1-4").heldToAppetite()).as("an opportunity").isFalse();

		assertThat(riskManager.get("/risks?register=AP1-CRR").body()).contains("Above appetite by 4",
				"Above appetite by 3");
		assertThat(riskManager.get("/risks/heat-map?register=AP1-CRR").body()).contains("above appetite by 4");
		assertThat(riskManager.get("/risks/profile?register=AP1-CRR").body()).contains("Risks above appetite");
		assertThat(riskManager.get("/risks/AP1-1").body()).contains("tolerable score 8, Financial");
		assertThat(riskManager.get("/risks/appetite").body()).contains("Appetite Council", "AP1-1", "AP1-2");
		// the council's dashboard lists them, furthest above first; its directorate's,
		// none
		String dashboard = riskManager.get("/dashboard/AP1").body();
		assertThat(dashboard).contains("Risks above appetite", "2 of the 3 open risks held to the council");
		assertThat(dashboard.indexOf("AP1-1")).isLessThan(dashboard.indexOf("AP1-2"));
		assertThat(riskManager.get("/dashboard/AP1-R").body()).doesNotContain("Risks above appetite");

		assertThat(this.audit.about("RISK_APPETITE", "AP1")).filteredOn(e -> e.action().equals("APPETITE_CHANGED"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).contains("(ap1-risk)");
				assertThat(e.before()).contains("any other category: none set");
				assertThat(e.after()).contains("any other category: tolerable score 15", "Financial: tolerable score 8",
						"Reputational: tolerable score 6");
			});

		// the same page sent again by a colleague who opened it before: refused whole
		HttpResponse<String> stale = riskManager.post("/risks/appetite/AP1",
				appetite(form.get("fingerprint"), "20", "Financial", "20"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(register().get("AP1-1").aboveAppetiteBy()).isEqualTo(4);
	}

	@Test
	void aMistakeIsExplainedBesideItsFieldAndNothingIsSaved() {
		SignedIn riskManager = SignedIn.as(this.port, "ap1-risk", TestUsers.PASSWORD);
		String fingerprint = fingerprint(riskManager.get("/risks/appetite/AP1"));
		int entries = this.audit.about("RISK_APPETITE", "AP1").size();

		HttpResponse<String> words = riskManager.post("/risks/appetite/AP1",
				appetite(fingerprint, "twelve", "Financial", "8"));
		assertThat(words.statusCode()).isEqualTo(200);
		assertThat(words.body()).contains("Enter the tolerable score for the default as a whole number, like 12",
				"value=\"twelve\"");

		HttpResponse<String> offTheMatrix = riskManager.post("/risks/appetite/AP1",
				appetite(fingerprint, "12", "Financial", "30"));
		assertThat(offTheMatrix.body()).contains("The tolerable score for Financial must be from 1 to 25, not 30.");

		HttpResponse<String> nameless = riskManager.post("/risks/appetite/AP1", appetite(fingerprint, "12", " ", "8"));
		assertThat(nameless.body()).contains("Name the category scored 8");

		assertThat(this.audit.about("RISK_APPETITE", "AP1")).hasSize(entries);
	}

	@Test
	void hostileFormsAreAnsweredWithAReasonAndChangeNothing() {
		SignedIn riskManager = SignedIn.as(this.port, "ap1-risk", TestUsers.PASSWORD);
		String fingerprint = fingerprint(riskManager.get("/risks/appetite/AP1"));
		int entries = this.audit.about("RISK_APPETITE", "AP1").size();

		for (String row : List.of("3000", "99999999", "-1", "abc")) {
			Map<String, String> form = appetite(fingerprint, "12");
			form.put("rows[" + row + "].category", "Financial");
			form.put("rows[" + row + "].score", "8");
			HttpResponse<String> answer = riskManager.post("/risks/appetite/AP1", form);
			assertThat(answer.statusCode()).as(row).isEqualTo(400);
			assertThat(answer.body()).contains("pages send: open the page again");
		}
		HttpResponse<String> nul = riskManager.post("/risks/appetite/AP1",
				appetite(fingerprint, "12", "Fin\u0000ancial", "8"));
		assertThat(nul.statusCode()).isEqualTo(200);
		assertThat(nul.body()).contains("control or text-direction character");
		HttpResponse<String> twice = riskManager.post("/risks/appetite/AP1",
				appetite(fingerprint, "12", "Legal\u2003risk", "8", "legal risk", "9"));
		assertThat(twice.statusCode()).isEqualTo(200);
		assertThat(twice.body()).contains("is given twice");

		assertThat(this.audit.about("RISK_APPETITE", "AP1")).hasSize(entries);
	}

	@Test
	void aRiskManagerForPartOfTheCouncilMayNotSetItsAppetite() {
		SignedIn directorateOnly = SignedIn.as(this.port, "ap1-r-risk", TestUsers.PASSWORD);

		HttpResponse<String> page = directorateOnly.get("/risks/appetite/AP1");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("outside the part of the council your role covers");
		assertThat(directorateOnly.get("/risks/appetite").body()).doesNotContain("Set the risk appetite");
		assertThat(directorateOnly.get("/risks/appetite/NOPE").statusCode()).isEqualTo(404);
	}

	private Map<String, RiskSummary> register() {
		Map<String, RiskSummary> byReference = new HashMap<>();
		this.views.register(new RiskFilter("AP1-CRR", null, null, null, null), Audience.everywhere())
			.forEach(s -> byReference.put(s.risk().reference(), s));
		return byReference;
	}

	/** The form: the fingerprint, the default, then category and score pairs. */
	private static Map<String, String> appetite(String fingerprint, String defaultScore, String... categories) {
		Map<String, String> form = new HashMap<>();
		form.put("fingerprint", fingerprint);
		form.put("defaultScore", defaultScore);
		for (int i = 0; i < categories.length / 2; i++) {
			form.put("rows[" + i + "].category", categories[2 * i]);
			form.put("rows[" + i + "].score", categories[2 * i + 1]);
		}
		return form;
	}

	private static String fingerprint(HttpResponse<String> page) {
		Matcher matcher = FINGERPRINT.matcher(page.body());
		assertThat(matcher.find()).as("the page's fingerprint").isTrue();
		return matcher.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
