package uk.beacon.collection;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
import uk.beacon.audit.AuditTrail;
import uk.beacon.identity.Account;
import uk.beacon.identity.Viewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.Accumulation;
import uk.beacon.indicator.Comparison;
import uk.beacon.indicator.CouncilRagRules;
import uk.beacon.indicator.Frequency;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measure;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Polarity;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.RecentFigures;
import uk.beacon.indicator.Redefinition;
import uk.beacon.indicator.Status;
import uk.beacon.indicator.Tolerance;
import uk.beacon.indicator.Unit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 16 item 7: the owner's data request page shows the target, unit, definition of
 * the quarter and the last four figures; the status a figure would get under the
 * council's RAG rule is checked before submitting; a draft is saved and resumed; and the
 * owner sees what they submitted and where its sign-off stands.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerRequestPageIntegrationTest {

	private static final FinancialQuarter Q3 = new FinancialQuarter(2019, 3);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Collection collection;

	@Autowired
	CsvImport csvImport;

	@Autowired
	OrganisationUnits units;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorManagement management;

	@Autowired
	CouncilRagRules rules;

	@Autowired
	AuditTrail audit;

	private Viewer owner;

	private Viewer otherOwner;

	private Viewer approver;

	private ReportingCycle cycle;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				OR1,Request Page Council,council,
				OR1-D,Adult Services,directorate,OR1
				"""),
				file("indicators.csv",
						"""
								code,title,definition,organisation_code,unit,decimal_places,polarity,frequency,accumulation,arrears_months,owner,owner_email,public
								OR1-A,Adults helped at home,Adults helped at home as a share of those assessed,OR1-D,percent,1,higher_is_better,quarterly,snapshot,0,Olive Owner,olive@or1.example,yes
								OR1-S,Carers assessed,Carers assessed within 28 days,OR1-D,percent,1,higher_is_better,quarterly,snapshot,0,Olive Owner,olive@or1.example,yes
								OR1-B,Complaints answered,Complaints answered in time,OR1-D,percent,1,higher_is_better,quarterly,snapshot,0,Oscar Owner,oscar@or1.example,yes
								"""),
				// no tolerances of their own: the targets follow the council's rule
				file("targets.csv", """
						indicator_code,kind,applies_from,applies_to,value
						OR1-A,value,Q1 2018/19,,80
						OR1-S,value,Q1 2018/19,,80
						OR1-B,value,Q1 2018/19,,95
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						OR1-A,Q2 2018/19,Q2 2018/19,61.5
						OR1-A,Q3 2018/19,Q3 2018/19,70
						OR1-A,Q4 2018/19,Q4 2018/19,77.5
						OR1-A,Q1 2019/20,Q1 2019/20,79
						OR1-A,Q2 2019/20,Q2 2019/20,83.5
						OR1-B,Q2 2019/20,Q2 2019/20,96
						""")), TestUsers.SYSTEM);
		long councilId = this.units.findByCode("OR1").orElseThrow().id();
		// the council's rule: green within 5% of the target, amber within 10%
		this.management
			.setCouncilRule(TestUsers.SYSTEM, councilId,
					RagRule.council(Tolerance.percentage(new java.math.BigDecimal("5")),
							Tolerance.percentage(java.math.BigDecimal.TEN)),
					this.rules.ofCouncil(councilId).fingerprint());
		// measured differently from April 2020: the request for Q3 2019/20 keeps the
		// definition of its quarter
		Indicator a = this.indicators.findByCode("OR1-A").orElseThrow();
		this.management.redefine(TestUsers.SYSTEM,
				new Redefinition("OR1-A", a.version(), new FinancialQuarter(2020, 1),
						new Measure("Adults helped at home within a week of assessment", Unit.PERCENT, 1,
								Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, Accumulation.SNAPSHOT, 0,
								Comparison.PREVIOUS_PERIOD),
						"Measured within a week from April 2020"));
		TestUsers.ensure(this.context, "or1-officer", "officer@or1.example", Role.PERFORMANCE_OFFICER, "OR1");
		this.owner = viewer(
				TestUsers.ensure(this.context, "or1-olive", "olive@or1.example", Role.INDICATOR_OWNER, "OR1"));
		this.otherOwner = viewer(
				TestUsers.ensure(this.context, "or1-oscar", "oscar@or1.example", Role.INDICATOR_OWNER, "OR1"));
		this.approver = viewer(TestUsers.ensure(this.context, "or1-anna", "anna@or1.example", Role.APPROVER, "OR1-D"));
		Viewer officer = viewer(TestUsers.ensure(this.context, "or1-officer", "officer@or1.example"));
		this.cycle = this.collection.open(officer, councilId, Q3, LocalDate.now().plusDays(10));
		WaitingMail.sendAll(this.context);
	}

	@Test
	void theOwnerSeesTheTargetUnitDefinitionOfTheQuarterAndTheLastFourFigures() {
		DataRequest request = request("OR1-A");
		RecentFigures recent = this.collection.recentFigures(request);
		assertThat(recent.points()).extracting(p -> p.measurement().dataPeriod().label())
			.containsExactly("Q3 2018/19", "Q4 2018/19", "Q1 2019/20", "Q2 2019/20");
		assertThat(recent.points()).extracting(Performance::assessed)
			.containsExactly(Status.RED, Status.GREEN, Status.GREEN, Status.GREEN);
		assertThat(recent.targetText()).isEqualTo("80%");
		assertThat(recent.ruleText()).contains("green within 5% of the target, amber within 10%")
			.contains("the council");
		assertThat(recent.indicator().definition()).isEqualTo("Adults helped at home as a share of those assessed");

		HttpResponse<String> page = session("or1-olive").get("/collection/requests/" + request.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Target for Q3 2019/20")
			.contains("80%")
			.contains("green within 5% of the target, amber within 10% (the council")
			.contains("Adults helped at home as a share of those assessed")
			.doesNotContain("within a week of assessment")
			.contains("%, 1 decimal places")
			.contains("The last 4 figures, oldest first")
			.contains("Q3 2018/19")
			.contains("83.5%")
			.doesNotContain("Q2 2018/19")
			.contains("<svg")
			.contains("Enter the figures");
	}

	@Test
	void checkingAFigureGivesTheStatusOfTheCouncilsRuleAndSavesNothing() {
		DataRequest request = request("OR1-A");
		// 5% of 80 is 4 points, 10% is 8
		assertThat(check(request, "78").rule().status()).isEqualTo(Status.GREEN);
		assertThat(check(request, "78").rule().explanation()).contains("council");
		assertThat(check(request, "74").rule().status()).isEqualTo(Status.AMBER);
		assertThat(check(request, "70").rule().status()).isEqualTo(Status.RED);
		assertThat(check(request, "").rule().status()).isEqualTo(Status.RED);

		HttpResponse<String> checked = session("or1-olive").post("/collection/requests/" + request.id(),
				form(request, "action", "check", "value", "74", "performanceDetails", "Nearly there"));
		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("Status check")
			.contains("74%</span> would be")
			.contains("Amber")
			.contains("Nothing has been saved or submitted")
			// what was typed stays in the form
			.contains("value=\"74\"")
			.contains("Nearly there");
		DataRequest after = this.collection.request(request.id()).orElseThrow();
		assertThat(after.version()).isEqualTo(request.version());
		assertThat(after.draft()).isNull();
		assertThat(after.state()).isEqualTo(RequestState.REQUESTED);

		// another owner may not check someone else's figure, nor learn its status
		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.check(this.otherOwner, request.id(), submission("74", request.version())))
			.withMessageContaining("Only the owner of OR1-A");
		HttpResponse<String> elsewhere = session("or1-oscar").post("/collection/requests/" + request.id(),
				form(request, "action", "check", "value", "74"));
		assertThat(elsewhere.statusCode()).isEqualTo(403);
		assertThat(elsewhere.body()).doesNotContain("would be").doesNotContain("Adults helped at home");
	}

	@Test
	void hostileFiguresAndTextAreRefusedBesideTheirFieldNeverWithA500() {
		DataRequest request = request("OR1-A");
		SignedIn olive = session("or1-olive");
		String path = "/collection/requests/" + request.id();

		HttpResponse<String> huge = olive.post(path, form(request, "action", "check", "value", "1e16"));
		assertThat(huge.statusCode()).isEqualTo(422);
		assertThat(huge.body()).contains("href=\"#value\"")
			.contains("id=\"value-error\"")
			.contains("below a thousand million million")
			.contains("value=\"1e16\"");
		assertThat(olive.post(path, form(request, "action", "check", "value", "1e999999999")).body())
			.contains("id=\"value-error\"");
		HttpResponse<String> words = olive.post(path,
				form(request, "action", "submit", "value", "about eighty", "performanceDetails", "Kept as typed"));
		assertThat(words.statusCode()).isEqualTo(422);
		assertThat(words.body()).contains("id=\"value-error\"").contains("as a number").contains("Kept as typed");
		HttpResponse<String> ratio = olive.post(path,
				form(request, "action", "check", "numerator", "90", "denominator", "76"));
		assertThat(ratio.statusCode()).isEqualTo(422);
		assertThat(ratio.body()).contains("id=\"numerator-error\"").contains("between zero and the denominator");
		HttpResponse<String> control = olive.post(path, form(request, "action", "draft", "value", "7\u00008"));
		assertThat(control.statusCode()).isBetween(400, 499);
		assertThat(control.body()).contains("id=\"value-error\"");
		HttpResponse<String> reversed = olive.post(path,
				form(request, "action", "draft", "performanceDetails", "Fine \u202Eenif"));
		assertThat(reversed.statusCode()).isBetween(400, 499);
		assertThat(reversed.body()).contains("id=\"performanceDetails-error\"");
		HttpResponse<String> long_ = olive.post(path,
				form(request, "action", "draft", "futureActivity", "x".repeat(4001)));
		assertThat(long_.statusCode()).isEqualTo(422);
		assertThat(long_.body()).contains("id=\"futureActivity-error\"").contains("keep it to 4000");
		HttpResponse<String> version = olive.post(path, Map.of("action", "draft", "value", "78", "version", "x"));
		assertThat(version.statusCode()).isEqualTo(400);
		assertThat(version.body()).contains("reload the page");
		HttpResponse<String> action = olive.post(path, form(request, "action", "delete", "value", "78"));
		assertThat(action.statusCode()).isEqualTo(400);

		DataRequest after = this.collection.request(request.id()).orElseThrow();
		assertThat(after.version()).isEqualTo(request.version());
		assertThat(after.draft()).isNull();
	}

	@Test
	void aDraftIsSavedAuditedAndResumedAndCannotOverwriteAChangeMeanwhile() {
		DataRequest request = request("OR1-S");
		DataRequest saved = this.collection.saveDraft(this.owner, request.id(),
				new Submission("71", "", "", "Two carers left in October.", null, null, null, request.version()));
		assertThat(saved.state()).isEqualTo(RequestState.REQUESTED);
		assertThat(saved.draft().value()).isEqualByComparingTo("71");
		assertThat(saved.draft().commentary().performanceDetails()).isEqualTo("Two carers left in October.");
		assertThat(saved.draft().savedBy()).contains("Or1-olive Tester");
		assertThat(this.audit.about("DATA_REQUEST", "OR1-S Q3 2019/20")).extracting(e -> e.action())
			.containsExactly("DRAFT_SAVED");
		// not sent to the approver
		assertThat(this.collection.awaitingApprovalBy(this.approver)).extracting(DataRequest::id)
			.doesNotContain(request.id());

		// resumed: the page has the draft in the form
		SignedIn olive = session("or1-olive");
		HttpResponse<String> page = olive.get("/collection/requests/" + request.id());
		assertThat(page.body()).contains("You saved a draft")
			.contains("value=\"71\"")
			.contains("Two carers left in October.");
		assertThat(olive.get("/collection/my").body()).contains("Draft saved");

		// a bad number in a draft is refused beside its field; the draft stays as it was
		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.saveDraft(this.owner, request.id(),
					new Submission("seventy", "", "", null, null, null, null, saved.version())))
			.satisfies(ex -> assertThat(ex.fields()).containsKey("value"));
		// a draft from a page opened before the last save is refused, not applied
		assertThatExceptionOfType(StaleChange.class).isThrownBy(() -> this.collection.saveDraft(this.owner,
				request.id(), new Submission("72", "", "", null, null, null, null, request.version())));
		HttpResponse<String> stale = olive.post("/collection/requests/" + request.id(), form(request.version(),
				"action", "draft", "value", "72", "currentActivity", "Typed in another window"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed the figures for OR1-S Q3 2019/20")
			.contains("Typed in another window")
			.contains("value=\"72\"")
			// saving again is knowingly over what is there now
			.contains("name=\"version\" value=\"" + saved.version() + "\"");
		assertThat(this.collection.request(request.id()).orElseThrow().draft().value()).isEqualByComparingTo("71");

		// a half-done draft is not a submission: a figure that is not whole is refused
		HttpResponse<String> resumed = olive.post("/collection/requests/" + request.id(),
				form(saved.version(), "action", "draft", "value", "", "numerator", "58", "performanceDetails",
						"Two carers left in October.", "currentActivity", "Recruiting"));
		assertThat(resumed.statusCode()).isEqualTo(302);
		DataRequest twice = this.collection.request(request.id()).orElseThrow();
		assertThat(twice.draft().numerator()).isEqualByComparingTo("58");
		assertThat(twice.draft().denominator()).isNull();
		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.submit(this.owner, request.id(),
					new Submission("", "58", "", "Details", "Now", "Next", null, twice.version())))
			.satisfies(ex -> assertThat(ex.fields()).containsKey("denominator"));

		// submitting clears the draft
		DataRequest submitted = this.collection.submit(this.owner, request.id(), new Submission("", "58", "76",
				"Two carers left in October.", "Recruiting", "Back by March", null, twice.version()));
		assertThat(submitted.draft()).isNull();
		assertThat(submitted.state()).isEqualTo(RequestState.SUBMITTED);
		assertThat(this.audit.about("DATA_REQUEST", "OR1-S Q3 2019/20")).extracting(e -> e.action())
			.containsExactly("DRAFT_SAVED", "DRAFT_SAVED", "SUBMITTED");
	}

	@Test
	void afterSubmittingTheOwnerSeesWhatTheySubmittedWhenAndByWhomAndItsSignOff() {
		DataRequest request = request("OR1-B");
		SignedIn oscar = session("or1-oscar");
		String path = "/collection/requests/" + request.id();
		// red needs the whole commentary: each part missing is said beside it
		HttpResponse<String> red = oscar.post(path,
				form(request, "action", "submit", "value", "80", "performanceDetails", "Staff off sick"));
		assertThat(red.statusCode()).isEqualTo(422);
		assertThat(red.body()).contains("id=\"currentActivity-error\"")
			.contains("id=\"futureActivity-error\"")
			.doesNotContain("id=\"performanceDetails-error\"")
			.contains("all three parts");

		HttpResponse<String> sent = oscar.post(path, form(request, "action", "submit", "value", "96.5",
				"performanceDetails", "Above target all quarter", "currentActivity", "Weekly checks"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(path + "#submitted");

		HttpResponse<String> page = oscar.get(path);
		assertThat(page.body()).contains("Submitted figures")
			.contains("96.5%")
			.contains("Above target all quarter")
			.contains("Weekly checks")
			.contains("by Or1-oscar Tester")
			.contains("Waiting for approval")
			.doesNotContain("Enter the figures");
		HttpResponse<String> mine = oscar.get("/collection/my");
		assertThat(mine.body()).contains("Complaints answered")
			.contains("96.5%")
			.contains("by Or1-oscar Tester")
			.contains("Waiting for approval");

		DataRequest submitted = this.collection.request(request.id()).orElseThrow();
		this.collection.approve(this.approver, request.id(), submitted.version());
		assertThat(oscar.get(path).body()).contains("Approved</span> by Or1-anna Tester");
		assertThat(oscar.get("/collection/my").body()).contains("Approved").contains("by Or1-anna Tester");
	}

	private Performance check(DataRequest request, String value) {
		return this.collection.check(this.owner, request.id(), new Submission(value, value.isEmpty() ? "56" : "",
				value.isEmpty() ? "80" : "", null, null, null, null, request.version()));
	}

	private DataRequest request(String code) {
		return this.collection.requestsOf(this.cycle)
			.stream()
			.filter(r -> r.indicator().code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private SignedIn session(String username) {
		return SignedIn.as(this.port, username, TestUsers.PASSWORD);
	}

	private static Map<String, String> form(DataRequest request, String... fields) {
		return form(request.version(), fields);
	}

	private static Map<String, String> form(int version, String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		form.put("version", String.valueOf(version));
		return form;
	}

	private static Submission submission(String value, int version) {
		return new Submission(value, "", "", null, null, null, null, version);
	}

	private static Viewer viewer(Account account) {
		return new Viewer(account.id(), account.username(), account.displayName(), account.email());
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
