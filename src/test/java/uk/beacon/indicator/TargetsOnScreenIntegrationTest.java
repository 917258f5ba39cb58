package uk.beacon.indicator;

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
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mistyped target corrected on screen and the next year's target set, each after a
 * preview of how the latest figures would be rated; only what was previewed is saved, a
 * colleague's change is never overwritten, and each mistake is said beside its field.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetsOnScreenIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorTargets targets;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				TG1,Target Council,council,
				TG2,Other Target Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency,public
				TG1-1,Council tax collected,TG1,percent,higher_is_better,quarterly,yes
				TG1-2,Business rates collected,TG1,percent,higher_is_better,quarterly,yes
				TG1-3,Staff grievances,TG1,number,lower_is_better,quarterly,no
				TG1-4,Affordable homes delivered,TG1,number,higher_is_better,annual,yes
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value
				TG1-1,value,Q1 2024/25,45
				TG1-2,value,Q1 2024/25,90
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				TG1-1,Q1 2024/25,Q1 2024/25,44
				TG1-1,Q2 2024/25,Q2 2024/25,46
				TG1-1,Q3 2024/25,Q3 2024/25,43
				TG1-1,Q4 2024/25,Q4 2024/25,47
				TG1-2,Q4 2024/25,Q4 2024/25,92
				""")), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "tg1-officer", "tg1-officer@test.example", Role.PERFORMANCE_OFFICER, "TG1");
		TestUsers.ensure(this.context, "tg2-officer", "tg2-officer@test.example", Role.PERFORMANCE_OFFICER, "TG2");
	}

	@Test
	void aMistypedTargetIsCorrectedAfterSeeingWhichFiguresWouldChangeRating() {
		SignedIn officer = SignedIn.as(this.port, "tg1-officer", TestUsers.PASSWORD);
		assertThat(officer.get("/indicators/TG1-1/targets").body()).contains("from Q1 2024/25", "45%");
		long id = target("TG1-1").id();
		HttpResponse<String> page = officer.get("/indicators/TG1-1/targets/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		String seen = SignedIn.hiddenField(page, "seen");

		Map<String, String> form = form(seen, "value", "44", "percentage", "5");
		HttpResponse<String> preview = officer.post("/indicators/TG1-1/targets/" + id, form);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("How the latest figures would be rated",
				"2 of the latest figures would change rating", "Save the corrected target");
		assertThat(target("TG1-1").target()).isEqualTo(new Target.Value(new java.math.BigDecimal("45")));

		form.put("previewed", SignedIn.hiddenField(preview, "previewed"));
		form.put("action", "save");
		HttpResponse<String> reasonless = officer.post("/indicators/TG1-1/targets/" + id, form);
		assertThat(reasonless.body()).contains("Say why the target is corrected");

		form.put("reason", "Typed 45 for 44 when the plan was loaded");
		HttpResponse<String> saved = officer.post("/indicators/TG1-1/targets/" + id, form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		IndicatorTarget now = target("TG1-1");
		assertThat(now.target().figure()).isEqualByComparingTo("44");
		assertThat(now.rule()).isEqualTo(RagRule.amberOnly(Tolerance.percentage(new java.math.BigDecimal("5"))));
		assertThat(now.span()).isEqualTo("from Q1 2024/25");
		assertThat(this.audit.about("TARGET", "TG1-1")).filteredOn(e -> e.action().equals("TARGET_CORRECTED"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).contains("target: 45", "tolerance: the council's RAG rule");
				assertThat(e.after()).contains("target: 44", "tolerance: 5% of the target");
				assertThat(e.reason()).isEqualTo("Typed 45 for 44 when the plan was loaded");
			});

		// a correction the printed target rounds alike is still saved
		String seenNow = SignedIn.hiddenField(officer.get("/indicators/TG1-1/targets/" + id), "seen");
		Map<String, String> finer = form(seenNow, "value", "44.4", "percentage", "5");
		finer.put("previewed",
				SignedIn.hiddenField(officer.post("/indicators/TG1-1/targets/" + id, finer), "previewed"));
		finer.put("action", "save");
		finer.put("reason", "The plan says 44.4%");
		assertThat(officer.post("/indicators/TG1-1/targets/" + id, finer).statusCode()).isEqualTo(302);
		assertThat(target("TG1-1").target().figure()).isEqualByComparingTo("44.4");

		// the same page sent again by a colleague who opened it before: refused
		form.put("value", "43");
		HttpResponse<String> stalePreview = officer.post("/indicators/TG1-1/targets/" + id, form);
		form.put("previewed", SignedIn.hiddenField(stalePreview, "previewed"));
		assertThat(officer.post("/indicators/TG1-1/targets/" + id, form).statusCode()).isEqualTo(409);
		assertThat(target("TG1-1").target().figure()).isEqualByComparingTo("44.4");
	}

	@Test
	void aTotalOverSeveralYearsIsSetAndCorrectedOnScreen() {
		SignedIn officer = SignedIn.as(this.port, "tg1-officer", TestUsers.PASSWORD);
		String seen = SignedIn.hiddenField(officer.get("/indicators/TG1-4/targets/new"), "seen");
		Map<String, String> form = form(seen, "multi_year_total", "1000", "none", "");
		form.put("from", "Q1 2025/26");
		form.put("totalFrom", "01/04/2025");
		form.put("totalTo", "31/03/2025");
		assertThat(officer.post("/indicators/TG1-4/targets/new", form).body())
			.contains("Enter a last day after the first day it is counted", "href=\"#totalTo\"");
		form.put("totalTo", "31/03/2030");
		form.put("previewed", SignedIn.hiddenField(officer.post("/indicators/TG1-4/targets/new", form), "previewed"));
		form.put("action", "save");
		assertThat(officer.post("/indicators/TG1-4/targets/new", form).statusCode()).isEqualTo(302);
		IndicatorTarget total = target("TG1-4");
		assertThat(total.target()).isEqualTo(new Target.MultiYearTotal(new java.math.BigDecimal("1000"),
				java.time.LocalDate.of(2025, 4, 1), java.time.LocalDate.of(2030, 3, 31)));

		// corrected on its own page, shown as it is held
		HttpResponse<String> page = officer.get("/indicators/TG1-4/targets/" + total.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"01/04/2025\"", "value=\"31/03/2030\"");
		Map<String, String> correction = form(SignedIn.hiddenField(page, "seen"), "multi_year_total", "1200", "none",
				"");
		correction.put("totalFrom", "01/04/2025");
		correction.put("totalTo", "31/03/2030");
		correction.put("previewed",
				SignedIn.hiddenField(officer.post("/indicators/TG1-4/targets/" + total.id(), correction), "previewed"));
		correction.put("action", "save");
		correction.put("reason", "The Local Plan was revised");
		assertThat(officer.post("/indicators/TG1-4/targets/" + total.id(), correction).statusCode()).isEqualTo(302);
		assertThat(target("TG1-4").target().figure()).isEqualByComparingTo("1200");
	}

	@Test
	void aTargetIsEndedWithNothingAfterIt() {
		SignedIn officer = SignedIn.as(this.port, "tg1-officer", TestUsers.PASSWORD);
		this.csvImport.run(List.of(file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				TG1-5,Complaints answered on time,TG1,percent,higher_is_better,quarterly
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value
				TG1-5,value,Q1 2024/25,95
				""")), TestUsers.SYSTEM);
		IndicatorTarget open = target("TG1-5");
		String path = "/indicators/TG1-5/targets/" + open.id();
		HttpResponse<String> page = officer.get(path);
		String seen = SignedIn.hiddenField(page, "seen");
		Map<String, String> form = new HashMap<>(
				Map.of("last", "Q4 2023/24", "reason", "Not targeted after March", "seen", seen));
		officer.post(path + "/end", form);
		assertThat(officer.get(path).body()).contains("starts in Q1 2024/25, after Q4 2023/24", "href=\"#end-last\"");
		form.put("last", "Q4 2025/26");
		assertThat(officer.post(path + "/end", form).statusCode()).isEqualTo(302);
		assertThat(this.targets.findById(open.id()).orElseThrow().span()).isEqualTo("Q1 2024/25 to Q4 2025/26");
		assertThat(this.audit.about("TARGET", "TG1-5")).filteredOn(e -> e.action().equals("TARGET_ENDED"))
			.singleElement()
			.satisfies(e -> assertThat(e.reason()).isEqualTo("Not targeted after March"));
		// from a page opened before: refused, nothing changed
		form.put("last", "Q4 2024/25");
		officer.post(path + "/end", form);
		assertThat(officer.get(path).body()).contains("Someone else changed");
		assertThat(this.targets.findById(open.id()).orElseThrow().span()).isEqualTo("Q1 2024/25 to Q4 2025/26");
	}

	@Test
	void theNextYearsTargetIsSetFromAQuarterAndTheOneBeforeEnds() {
		SignedIn officer = SignedIn.as(this.port, "tg1-officer", TestUsers.PASSWORD);
		String seen = SignedIn.hiddenField(officer.get("/indicators/TG1-2/targets/new"), "seen");
		Map<String, String> form = form(seen, "value", "95", "none", "");
		form.put("from", "Q1 2025/26");
		HttpResponse<String> preview = officer.post("/indicators/TG1-2/targets/new", form);
		assertThat(preview.body()).contains("No figure has been reported in its span yet", "Save the new target");

		form.put("previewed", SignedIn.hiddenField(preview, "previewed"));
		form.put("action", "save");
		HttpResponse<String> saved = officer.post("/indicators/TG1-2/targets/new", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(this.targets.forIndicator(indicator("TG1-2").id())).extracting(IndicatorTarget::span)
			.containsExactlyInAnyOrder("Q1 2024/25 to Q4 2024/25", "from Q1 2025/26");
		assertThat(this.audit.about("TARGET", "TG1-2")).extracting(e -> e.action())
			.contains("TARGET_ENDED", "TARGET_SET");

		// set again from the same quarter: the target there is corrected, not replaced
		String now = SignedIn.hiddenField(officer.get("/indicators/TG1-2/targets/new"), "seen");
		Map<String, String> again = form(now, "value", "96", "none", "");
		again.put("from", "Q1 2025/26");
		again.put("previewed", SignedIn.hiddenField(officer.post("/indicators/TG1-2/targets/new", again), "previewed"));
		again.put("action", "save");
		HttpResponse<String> refused = officer.post("/indicators/TG1-2/targets/new", again);
		assertThat(refused.body()).contains("starts in or after Q1 2025/26: correct it instead", "href=\"#from\"");
	}

	@Test
	void eachMistakeIsSaidBesideItsFieldAndAnotherCouncilsOfficerIsRefused() {
		SignedIn officer = SignedIn.as(this.port, "tg1-officer", TestUsers.PASSWORD);
		long id = target("TG1-1").id();
		String seen = SignedIn.hiddenField(officer.get("/indicators/TG1-1/targets/" + id), "seen");
		assertThat(officer.post("/indicators/TG1-1/targets/" + id, form(seen, "value", "forty", "none", "")).body())
			.contains("Enter the target as a number, like 42 or 12.5", "href=\"#value\"");
		Map<String, String> range = form(seen, "range", "", "none", "");
		range.put("low", "60");
		range.put("high", "50");
		assertThat(officer.post("/indicators/TG1-1/targets/" + id, range).body())
			.contains("Enter a high end of the range no lower than its low end");
		Map<String, String> quartile = form(seen, "quartile", "", "none", "");
		quartile.put("quartile", "7");
		assertThat(officer.post("/indicators/TG1-1/targets/" + id, quartile).body())
			.contains("Choose the quartile, 1 (top) to 4");
		assertThat(officer.post("/indicators/TG1-1/targets/" + id, form(seen, "value", "1E+309", "none", "")).body())
			.contains("below a million million million");
		assertThat(officer.post("/indicators/TG1-1/targets/" + id, form(seen, "value", "50", "none", "2")).body())
			.contains("Choose how the amber tolerance is given, or leave the amber tolerance empty for none");
		assertThat(officer.post("/indicators/TG1-1/targets/" + id, form(seen, "value", "0E-20000", "none", ""))
			.statusCode()).as("a figure of zero however written").isEqualTo(200);
		Map<String, String> profile = form(seen, "profile", "50", "none", "");
		profile.put("from", "Q1 2030/31");
		assertThat(officer.post("/indicators/TG1-1/targets/new", profile).body()).contains("Choose the kind of target");
		Map<String, String> when = form(seen, "value", "50", "none", "");
		when.put("from", "Q5 2025/26");
		assertThat(officer.post("/indicators/TG1-1/targets/new", when).body())
			.contains("Enter the quarter the target applies from, like Q1 2026/27");

		SignedIn other = SignedIn.as(this.port, "tg2-officer", TestUsers.PASSWORD);
		HttpResponse<String> refused = other.get("/indicators/TG1-1/targets");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("outside the part of the council your role covers");
		assertThat(officer.get("/indicators/TG1-1/targets/999999").statusCode()).isEqualTo(404);
	}

	@Test
	void anIndicatorsWordsAreCorrectedOnScreenAndNeverOverAColleaguesChange() {
		SignedIn officer = SignedIn.as(this.port, "tg1-officer", TestUsers.PASSWORD);
		HttpResponse<String> page = officer.get("/indicators/TG1-1/edit");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"Council tax collected\"");
		String version = Integer.toString(indicator("TG1-1").version());
		Map<String, String> form = new HashMap<>(Map.of("title", "Council tax collected in year", "ownerName",
				"Colin Collector", "ownerEmail", "not an address", "isPublic", "yes", "version", version));
		assertThat(officer.post("/indicators/TG1-1/edit", form).body())
			.contains("Enter the owner&#39;s e-mail address in full");
		form.put("ownerEmail", "colin.collector@tg1.gov.uk");
		form.put("title", "\u202elliB");
		assertThat(officer.post("/indicators/TG1-1/edit", form).body()).contains("text-direction character");
		form.put("title", "Council tax collected in year");
		HttpResponse<String> saved = officer.post("/indicators/TG1-1/edit", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(indicator("TG1-1").title()).isEqualTo("Council tax collected in year");
		assertThat(indicator("TG1-1").ownerEmail()).isEqualTo("colin.collector@tg1.gov.uk");
		assertThat(this.audit.about("INDICATOR", "TG1-1")).filteredOn(e -> e.action().equals("INDICATOR_CHANGED"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).contains("title: Council tax collected");
				assertThat(e.after()).contains("title: Council tax collected in year", "owner: Colin Collector");
			});

		// the same page sent again by a colleague who opened it before: refused, what
		// they
		// typed kept; saving it again replaces the change knowingly
		form.put("title", "Something else");
		HttpResponse<String> stale = officer.post("/indicators/TG1-1/edit", form);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("value=\"Something else\"", "since you opened this page");
		assertThat(indicator("TG1-1").title()).isEqualTo("Council tax collected in year");
		form.put("version", SignedIn.hiddenField(stale, "version"));
		assertThat(officer.post("/indicators/TG1-1/edit", form).statusCode()).isEqualTo(302);
		assertThat(indicator("TG1-1").title()).isEqualTo("Something else");

		// keeping it from the public would hide it from this officer too
		form.put("version", Integer.toString(indicator("TG1-1").version()));
		form.put("isPublic", "no");
		HttpResponse<String> hiding = officer.post("/indicators/TG1-1/edit", form);
		assertThat(hiding.statusCode()).isEqualTo(403);
		assertThat(indicator("TG1-1").isPublic()).isTrue();

		// one not for publication is not found by an officer who may not see it, let
		// alone
		// published
		Map<String, String> publish = new HashMap<>(Map.of("title", "Staff grievances", "isPublic", "yes", "version",
				Integer.toString(indicator("TG1-3").version())));
		HttpResponse<String> refused = officer.post("/indicators/TG1-3/edit", publish);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(indicator("TG1-3").isPublic()).isFalse();
	}

	private Indicator indicator(String code) {
		return this.indicators.findByCode(code).orElseThrow();
	}

	private IndicatorTarget target(String code) {
		return this.targets.forIndicator(indicator(code).id())
			.stream()
			.filter(t -> t.appliesTo() == null)
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, String> form(String seen, String shape, String value, String toleranceKind,
			String tolerance) {
		Map<String, String> form = new HashMap<>();
		form.put("seen", seen);
		form.put("shape", shape);
		form.put("value", value);
		form.put("toleranceKind", toleranceKind);
		form.put("tolerance", tolerance);
		return form;
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
