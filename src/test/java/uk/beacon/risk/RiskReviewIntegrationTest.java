package uk.beacon.risk;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.CouncilDate;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;
import uk.beacon.audit.AuditEntry;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk's quarterly review on screen: a risk manager for its part of the council
 * rescores it, rates its controls, updates its actions and adds one, all saved together
 * and each step audited; a review based on a version someone else has changed is refused
 * whole.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskReviewIntegrationTest {

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

	private final LocalDate today = CouncilDate.today();

	private final FinancialQuarter thisQuarter = FinancialQuarter.containing(this.today);

	@BeforeAll
	void register() {
		FinancialQuarter last = this.thisQuarter.previous();
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				RV1,Review Council,council,
				RV1-C,Review Children,directorate,RV1
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				RV1-CR,Review children's register,directorate,RV1-C,
				"""), file("risks.csv", """
				reference,register_code,kind,title,owner
				RV1-1,RV1-CR,risk,Too few foster carers,Director of Children's Services
				RV1-2,RV1-CR,risk,Placement costs rise,Director of Children's Services
				"""),
				file("risk-assessments.csv",
						"""
								reference,assessed_on,reporting_period,current_impact,current_likelihood,residual_impact,residual_likelihood
								RV1-1,%s,%s,3,3,2,2
								RV1-2,%s,%s,3,3,2,2
								"""
							.formatted(date(last.end()), last.label(), date(last.end()), last.label())),
				file("risk-controls.csv", """
						reference,control,effectiveness
						RV1-1,Fostering recruitment campaign,not_assessed
						RV1-1,Weekly placement panel,partially_effective
						"""), file("risk-actions.csv", """
						reference,action,owner,status
						RV1-1,Recruit ten more foster carers,Head of Fostering,open
						RV1-1,Review fees paid to carers,Head of Finance,not_started
						""")), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "rv1-risk", "rv1-risk@test.example", Role.RISK_MANAGER, "RV1-C");
	}

	@Test
	void aRiskManagerRescoresTheRiskUpdatesItsControlsAndActionsAndEveryStepIsAudited() {
		SignedIn riskManager = SignedIn.as(this.port, "rv1-risk", TestUsers.PASSWORD);
		HttpResponse<String> page = riskManager.get("/risks/RV1-1/review");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("4 Major", "4 Likely", "Fostering recruitment campaign",
				"Recruit ten more foster carers");

		Map<String, String> form = review("RV1-1");
		form.put("controls[0]", "EFFECTIVE");
		form.put("controls[1]", "PARTIALLY_EFFECTIVE");
		form.put("actions[0].status", "COMPLETE");
		form.put("actions[0].progress", "Twelve carers approved in the quarter");
		form.put("actions[1].status", "OPEN");
		form.put("actions[1].due", this.today.plusMonths(2).toString());
		form.put("newAction", "Join the regional fostering hub");
		form.put("newActionOwner", "Head of Fostering");
		HttpResponse<String> saved = riskManager.post("/risks/RV1-1/review", form);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		RiskDetail detail = this.views.risk("RV1-1", Audience.everywhere()).orElseThrow();
		assertThat(detail.summary().currentLabel()).isEqualTo("16 Major/Likely");
		assertThat(detail.summary().direction()).isEqualTo(RiskDirection.INCREASED);
		assertThat(detail.summary().latest().comment()).isEqualTo("Demand has risen since the summer");
		assertThat(detail.controls()).extracting(RiskControl::effectiveness)
			.containsExactly(ControlEffectiveness.EFFECTIVE, ControlEffectiveness.PARTIALLY_EFFECTIVE);
		assertThat(detail.actions()).extracting(MitigatingAction::status)
			.containsExactly(ActionStatus.COMPLETE, ActionStatus.OPEN, ActionStatus.OPEN);
		assertThat(detail.actions().get(2).action()).isEqualTo("Join the regional fostering hub");
		assertThat(this.audit.about("RISK_ASSESSMENT", "RV1-1")).extracting(AuditEntry::action).endsWith("ASSESSED");
		assertThat(this.audit.about("RISK_CONTROL", "RV1-1")).filteredOn(e -> e.action().equals("CONTROL_CHANGED"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).isEqualTo("effectiveness: Not assessed");
				assertThat(e.after()).isEqualTo("effectiveness: Effective");
				assertThat(e.actor()).contains("rv1-risk");
			});
		assertThat(this.audit.about("RISK_ACTION", "RV1-1")).extracting(AuditEntry::action)
			.containsSubsequence("ACTION_CHANGED", "ACTION_CHANGED", "ACTION_ADDED");
		assertThat(riskManager.get("/risks/RV1-1").body()).contains("Recorded the review of RV1-1")
			.contains("Demand has risen since the summer")
			.contains("reviewed this quarter");
		assertThat(detail.summary().reviewedThisQuarter()).isTrue();
		assertThat(detail.summary().nextReview()).isEqualTo(this.today.plusMonths(3));
		assertThat(riskManager.get("/risks?register=RV1-CR").body()).contains("Reviewed this quarter");
	}

	@Test
	void aRiskIsAddedWithItsScoresControlsAndFirstActionsInOneGo() {
		SignedIn riskManager = SignedIn.as(this.port, "rv1-risk", TestUsers.PASSWORD);
		assertThat(riskManager.get("/risks/new?register=RV1-CR").body()).contains("4 Major", "3 Possible");
		Map<String, String> form = new HashMap<>(Map.of("registerCode", "RV1-CR", "kind", "RISK", "reference", "RV1-9",
				"title", "Agency social workers leave", "currentImpact", "4", "currentLikelihood", "3"));
		form.putAll(Map.of("targetImpact", "2", "targetLikelihood", "2", "targetDate",
				this.today.plusYears(1).toString(), "controls", "Retention payments\n\nCaseload cap", "actions",
				"Recruit permanent staff\nOpen a social work academy"));
		form.put("duplicatesSeen", "true");

		HttpResponse<String> added = riskManager.post("/risks/new", form);

		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		RiskDetail detail = this.views.risk("RV1-9", Audience.everywhere()).orElseThrow();
		assertThat(detail.summary().currentLabel()).isEqualTo("12 Major/Possible");
		assertThat(detail.summary().residualLabel()).isEqualTo("4 Minor/Unlikely");
		assertThat(detail.summary().latest().reportingPeriod()).isEqualTo(this.thisQuarter);
		assertThat(detail.controls()).extracting(RiskControl::control)
			.containsExactly("Retention payments", "Caseload cap");
		assertThat(detail.actions()).extracting(MitigatingAction::action)
			.containsExactly("Recruit permanent staff", "Open a social work academy");
		assertThat(this.audit.search(new AuditTrail.AuditSearch(null, "RV1-9", null, null, null, null), 20))
			.extracting(AuditEntry::action)
			.contains("ADDED", "ASSESSED", "CONTROL_ADDED", "ACTION_ADDED");
	}

	@Test
	void halfAPositionOrAnUnscoredTargetDateComesBackOnTheForm() {
		SignedIn riskManager = SignedIn.as(this.port, "rv1-risk", TestUsers.PASSWORD);

		HttpResponse<String> answer = riskManager.post("/risks/new",
				Map.of("registerCode", "RV1-CR", "kind", "RISK", "reference", "RV1-10", "title", "Half scored",
						"currentImpact", "4", "targetDate", this.today.plusYears(1).toString()));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Choose both the impact and the likelihood of the current position");
		assertThat(this.views.risk("RV1-10", Audience.everywhere())).isEmpty();
	}

	@Test
	void aReviewBasedOnAVersionSomeoneElseHasChangedIsRefusedWhole() {
		SignedIn riskManager = SignedIn.as(this.port, "rv1-risk", TestUsers.PASSWORD);
		Map<String, String> form = review("RV1-2");
		form.put("assessedOn", this.today.minusDays(1).toString());
		assertThat(riskManager.post("/risks/RV1-2/review", form).statusCode()).isEqualTo(302);
		int assessments = this.views.risk("RV1-2", Audience.everywhere()).orElseThrow().history().size();

		// the same page, sent again by a colleague who opened it before the first review
		HttpResponse<String> stale = riskManager.post("/risks/RV1-2/review", form);

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed RV1-2");
		assertThat(this.views.risk("RV1-2", Audience.everywhere()).orElseThrow().history()).hasSize(assessments);
	}

	@Test
	void mistakesComeBackOnTheFormWithWhatWasTyped() {
		SignedIn riskManager = SignedIn.as(this.port, "rv1-risk", TestUsers.PASSWORD);
		Map<String, String> form = review("RV1-2");
		form.put("comment", "");
		form.put("targetImpact", "2");
		form.remove("targetLikelihood");
		form.put("reportingPeriod", "Q5 2019/20");

		HttpResponse<String> answer = riskManager.post("/risks/RV1-2/review", form);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("There is a problem")
			.contains("Say what the review found")
			.contains("Q5 2019/20");
	}

	@Test
	void aScoreIsNeverDatedOrReportedInTheFuture() {
		SignedIn riskManager = SignedIn.as(this.port, "rv1-risk", TestUsers.PASSWORD);
		Map<String, String> form = review("RV1-2");
		form.put("assessedOn", this.today.plusDays(1).toString());
		form.put("reportingPeriod", this.thisQuarter.plusQuarters(1).label());
		int assessments = this.views.risk("RV1-2", Audience.everywhere()).orElseThrow().history().size();

		HttpResponse<String> answer = riskManager.post("/risks/RV1-2/review", form);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Enter a date for the review that is today or earlier")
			.contains(this.thisQuarter.plusQuarters(1).label() + " has not started");
		assertThat(this.views.risk("RV1-2", Audience.everywhere()).orElseThrow().history()).hasSize(assessments);
	}

	@Test
	void aRiskIsAddedWithTheScoreMadeAtTheLastQuartersReview() {
		SignedIn riskManager = SignedIn.as(this.port, "rv1-risk", TestUsers.PASSWORD);
		FinancialQuarter last = this.thisQuarter.previous();
		Map<String, String> form = new HashMap<>(Map.of("registerCode", "RV1-CR", "kind", "RISK", "reference", "RV1-11",
				"title", "Court fees rise", "currentImpact", "3", "currentLikelihood", "3", "assessedOn",
				last.end().toString(), "duplicatesSeen", "true"));

		assertThat(riskManager.post("/risks/new", form).statusCode()).isEqualTo(302);

		RiskAssessment first = this.views.risk("RV1-11", Audience.everywhere()).orElseThrow().summary().latest();
		assertThat(first.assessedOn()).isEqualTo(last.end());
		assertThat(first.reportingPeriod()).as("the quarter of the date").isEqualTo(last);
	}

	@Test
	void someoneWhoseRoleCoversAnotherPartOfTheCouncilCannotReviewIt() {
		TestUsers.ensure(this.context, "rv1-other", "rv1-other@test.example", Role.RISK_MANAGER, "LCC");
		SignedIn other = SignedIn.as(this.port, "rv1-other", TestUsers.PASSWORD);

		HttpResponse<String> page = other.get("/risks/RV1-1/review");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("You cannot review RV1-1")
			.contains("outside the part of the council your role covers");
		assertThat(other.get("/risks/RV1-1").body()).doesNotContain("Record this quarter");
	}

	private Map<String, String> review(String reference) {
		Map<String, String> form = new HashMap<>();
		form.put("assessedOn", this.today.toString());
		form.put("reportingPeriod", this.thisQuarter.label());
		form.put("currentImpact", "4");
		form.put("currentLikelihood", "4");
		form.put("targetImpact", "2");
		form.put("targetLikelihood", "2");
		form.put("targetDate", this.today.plusMonths(6).toString());
		form.put("comment", "Demand has risen since the summer");
		form.put("version", String
			.valueOf(this.views.risk(reference, Audience.everywhere()).orElseThrow().summary().risk().version()));
		return form;
	}

	private static String date(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
