package uk.beacon.risk;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.audit.AuditEntry;
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk edited, restricted, closed, reopened, linked and unlinked on screen, each step
 * audited with before and after, a colleague's change never overwritten, and what is kept
 * from the public published only by someone who may see it.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskEditIntegrationTest {

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
	void register() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				RE1,Edit Council,council,
				RE1-C,Edit Children,directorate,RE1
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				RE1-1,Children placed within 20 miles,RE1-C,percent,higher_is_better,quarterly
				"""), file("scorecards.csv", """
				scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
				RE1-SC,Edit children's scorecard,RE1-C,directorate,Keeping children close,objective,RE1-1
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				RE1-CR,Edit children's register,directorate,RE1-C,
				"""), file("risks.csv", """
				reference,register_code,kind,title,owner,restricted,restricted_fields
				RE1-1,RE1-CR,risk,Too few local placements,Head of Placements,no,
				RE1-2,RE1-CR,risk,Provider failure,Head of Commissioning,no,owner
				RE1-3,RE1-CR,risk,Inspection outcome,Director,no,
				""")), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "re1-risk", "re1-risk@test.example", Role.RISK_MANAGER, "RE1-C");
	}

	@Test
	void anEditRecordsOnlyWhatChangedAndAColleaguesChangeIsNeverOverwritten() {
		SignedIn riskManager = SignedIn.as(this.port, "re1-risk", TestUsers.PASSWORD);
		assertThat(riskManager.get("/risks/RE1-1/edit").body()).contains("Too few local placements");
		Map<String, String> form = edit("RE1-1", "Too few foster placements near home");

		assertThat(riskManager.post("/risks/RE1-1/edit", form).statusCode()).isEqualTo(302);
		assertThat(risk("RE1-1").title()).isEqualTo("Too few foster placements near home");
		assertThat(this.audit.about("RISK", "RE1-1")).filteredOn(e -> e.action().equals("CHANGED"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).isEqualTo("title: Too few local placements");
				assertThat(e.after()).isEqualTo("title: Too few foster placements near home");
			});

		// the same page sent again, by a colleague who opened it before
		form.put("title", "Something else");
		HttpResponse<String> stale = riskManager.post("/risks/RE1-1/edit", form);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(risk("RE1-1").title()).isEqualTo("Too few foster placements near home");
	}

	@Test
	void onlySomeoneWhoMaySeeWhatIsKeptFromThePublicMayPublishIt() {
		SignedIn riskManager = SignedIn.as(this.port, "re1-risk", TestUsers.PASSWORD);
		// the owner of RE1-2 is kept from the public, and this risk manager may not see
		// it
		assertThat(riskManager.get("/risks/RE1-2/edit").statusCode()).isEqualTo(403);

		// restricting is anyone's to do; publishing again needs the restricted reader
		Map<String, String> restrict = edit("RE1-3", "Inspection outcome");
		restrict.put("restrictedFields", "OWNER");
		assertThat(riskManager.post("/risks/RE1-3/edit", restrict).statusCode()).isEqualTo(302);
		assertThat(risk("RE1-3").restrictedFields()).containsExactly(RestrictedField.OWNER);
		assertThat(riskManager.get("/risks/RE1-3").body()).contains("Not for publication");

		// keeping the whole risk from the public would hide it from this risk manager too
		Map<String, String> whole = edit("RE1-1", "Too few local placements");
		whole.put("restricted", "true");
		HttpResponse<String> refused = riskManager.post("/risks/RE1-1/edit", whole);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("after which only restricted readers see it");
		assertThat(risk("RE1-1").restricted()).isFalse();

		SignedIn administrator = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(administrator.post("/risks/RE1-3/edit", edit("RE1-3", "Inspection outcome")).statusCode())
			.isEqualTo(302);
		assertThat(risk("RE1-3").restrictedFields()).isEmpty();
	}

	@Test
	void aRiskIsClosedWithAReasonAndReopenedWithItsHistoryKept() {
		SignedIn riskManager = SignedIn.as(this.port, "re1-risk", TestUsers.PASSWORD);
		String version = String.valueOf(risk("RE1-1").version());

		HttpResponse<String> withoutReason = riskManager.post("/risks/RE1-1/close", Map.of("version", version));
		assertThat(withoutReason.statusCode()).isEqualTo(200);
		assertThat(withoutReason.body()).contains("Enter the reason for closing it");

		assertThat(riskManager.post("/risks/RE1-1/close", Map.of("version", version, "reason", "Placements found"))
			.statusCode()).isEqualTo(302);
		assertThat(risk("RE1-1").status()).isEqualTo(RiskStatus.CLOSED);
		assertThat(
				riskManager
					.post("/risks/RE1-1/reopen",
							Map.of("version", String.valueOf(risk("RE1-1").version()), "reason",
									"Placements lost again"))
					.statusCode())
			.isEqualTo(302);
		assertThat(risk("RE1-1").status()).isEqualTo(RiskStatus.OPEN);
		assertThat(this.audit.about("RISK", "RE1-1"))
			.filteredOn(e -> e.action().endsWith("OPENED") || e.action().equals("CLOSED"))
			.extracting(AuditEntry::action, AuditEntry::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CLOSED", "Placements found"),
					org.assertj.core.groups.Tuple.tuple("REOPENED", "Placements lost again"));
	}

	@Test
	void aRiskIsLinkedToAnIndicatorAndAnObjectiveOfItsCouncilAndUnlinked() {
		SignedIn riskManager = SignedIn.as(this.port, "re1-risk", TestUsers.PASSWORD);
		String page = riskManager.get("/risks/RE1-3/edit").body();
		java.util.regex.Matcher option = java.util.regex.Pattern
			.compile("<option value=\"(\\d+)\">[^<]*: Keeping children close</option>")
			.matcher(page);
		assertThat(option.find()).as("the council's objectives are offered").isTrue();
		String section = option.group(1);

		assertThat(
				riskManager.post("/risks/RE1-3/links", Map.of("indicator", "RE1-1", "note", "Placements")).statusCode())
			.isEqualTo(302);
		assertThat(riskManager.post("/risks/RE1-3/links", Map.of("section", section)).statusCode()).isEqualTo(302);
		assertThat(detail("RE1-3").links()).extracting(RiskLink::target)
			.containsExactlyInAnyOrder("Children placed within 20 miles", "Keeping children close");

		assertThat(riskManager.post("/risks/RE1-3/links/remove", Map.of("indicator", "RE1-1")).statusCode())
			.isEqualTo(302);
		assertThat(detail("RE1-3").links()).extracting(RiskLink::target).containsExactly("Keeping children close");
		assertThat(this.audit.about("RISK_LINK", "RE1-3")).extracting(AuditEntry::action)
			.containsExactly("LINKED", "LINKED", "UNLINKED");
		// Worcestershire's indicator is another council's
		HttpResponse<String> other = riskManager.post("/risks/RE1-3/links", Map.of("indicator", "WCC-CFC-04"));
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.body()).contains("can be linked only to its own council");
	}

	private Map<String, String> edit(String reference, String title) {
		Risk risk = risk(reference);
		Map<String, String> form = new HashMap<>();
		form.put("title", title);
		form.put("reviewMonths", String.valueOf(risk.reviewMonths()));
		form.put("owner", risk.owner());
		form.put("version", String.valueOf(risk.version()));
		return form;
	}

	private Risk risk(String reference) {
		return detail(reference).summary().risk();
	}

	private RiskDetail detail(String reference) {
		return this.views.risk(reference, Audience.everywhere()).orElseThrow();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
