package uk.beacon.indicator;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Actor;
import uk.beacon.access.Grant;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportProblem;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A council's RAG rule, which every target of its indicators follows unless the target
 * gives its own: set through {@link IndicatorManagement}, on its page and by the targets'
 * import columns.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CouncilRagRuleIntegrationTest {

	private static final FinancialQuarter Q1 = (FinancialQuarter) Periods.parse("Q1 2024/25");

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
	Measurements measurements;

	@Autowired
	CouncilRagRules rules;

	@Autowired
	IndicatorManagement management;

	@Autowired
	OrganisationUnits units;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				RR1,Rag Rule Council,council,
				RR1-D,Resources,directorate,RR1
				RR2,Other Rag Rule Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency
				RR1-1,Council tax collected,RR1-D,percent,1,higher_is_better,quarterly
				RR1-2,Business rates collected,RR1-D,percent,1,higher_is_better,quarterly
				RR1-3,Days to pay invoices,RR1,days,1,lower_is_better,quarterly
				RR2-1,Council tax collected,RR2,percent,1,higher_is_better,quarterly
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value,tolerance_kind,tolerance,green_tolerance_kind,green_tolerance
				RR1-1,value,Q1 2024/25,75,,,,
				RR1-2,value,Q1 2024/25,75,absolute,1,,
				RR1-3,value,Q1 2024/25,10,absolute,2,absolute,0.5
				RR2-1,value,Q1 2024/25,75,,,,
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				RR1-1,Q1 2024/25,Q1 2024/25,73.4
				RR1-2,Q1 2024/25,Q1 2024/25,73.4
				RR1-3,Q1 2024/25,Q1 2024/25,10.4
				RR2-1,Q1 2024/25,Q1 2024/25,73.4
				""")), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "rr1-officer", "rr1-officer@test.example", Role.PERFORMANCE_OFFICER, "RR1");
		TestUsers.ensure(this.context, "rr1d-officer", "rr1d-officer@test.example", Role.PERFORMANCE_OFFICER, "RR1-D");
	}

	@Test
	@Order(1)
	void theImportColumnsGiveATargetItsOwnRuleOrLeaveItTheCouncils() {
		assertThat(target("RR1-1").rule().isCouncils()).isTrue();
		assertThat(target("RR1-2").rule()).isEqualTo(RagRule.amberOnly(Tolerance.absolute(BigDecimal.ONE)));
		assertThat(target("RR1-3").rule())
			.isEqualTo(RagRule.own(Tolerance.absolute(new BigDecimal("0.5")), Tolerance.absolute(new BigDecimal("2"))));
		// with no council rule, a target that follows it is rated as Beacon always did
		assertThat(rated("RR1-1").explanation())
			.isEqualTo("Red: 73.4% is 1.6 points below the target of 75%, with no amber band.");
		assertThat(rated("RR1-3").explanation()).isEqualTo("Green: 10.4 days is 0.4 days above the target of 10 days, "
				+ "where lower is better, within this indicator's 0.5-day green tolerance.");

		List<ImportProblem> problems = problems("""
				indicator_code,kind,applies_from,value,tolerance_kind,tolerance,green_tolerance_kind,green_tolerance
				RR1-1,value,Q1 2030/31,75,percentage,3,percentage,5
				RR1-2,value,Q1 2030/31,75,,,sometimes,5
				""");
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "tolerance"),
					org.assertj.core.groups.Tuple.tuple(3, "green_tolerance_kind"));
		assertThat(problems.get(0).message()).contains("must reach further than the green tolerance");
	}

	@Test
	@Order(2)
	void theCouncilsRuleRatesEveryTargetThatGivesNoneOfItsOwn() {
		OrganisationUnit council = this.units.findByCode("RR1").orElseThrow();
		RagRule rule = RagRule.council(Tolerance.percentage(new BigDecimal("5")), Tolerance.percentage(BigDecimal.TEN));
		Actor directorate = actor("RR1-D");
		assertThatThrownBy(() -> this.management.setCouncilRule(directorate, council.id(), rule,
				this.rules.ofCouncil(council.id()).fingerprint()))
			.hasMessageContaining("set the RAG rule of Rag Rule Council");
		assertThatThrownBy(() -> this.management.setCouncilRule(actor("RR1"), council.id(), rule, "not as seen"))
			.isInstanceOf(StaleChange.class);

		assertThat(this.management.setCouncilRule(actor("RR1"), council.id(), rule,
				this.rules.ofCouncil(council.id()).fingerprint()))
			.isTrue();

		assertThat(rated("RR1-1")).isEqualTo(new StatusAssessment(Status.GREEN,
				"Green: 73.4% is 1.6 points below the target of 75%, within the council's 5% green tolerance."));
		// a target with its own rule keeps it, and another council's targets are not its
		assertThat(rated("RR1-2").status()).isEqualTo(Status.RED);
		assertThat(rated("RR2-1").status()).isEqualTo(Status.RED);
		assertThat(this.audit.about("COUNCIL", "RR1")).filteredOn(e -> e.action().equals("RAG_RULE_SET"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).contains("green tolerance: none", "amber tolerance: none");
				assertThat(e.after()).contains("green tolerance: 5% of the target",
						"amber tolerance: 10% of the target");
			});
		// the target's own digest does not move with the council's rule
		assertThat(target("RR1-1").fingerprint()).isEqualTo(target("RR1-1").kept().fingerprint());
	}

	@Test
	@Order(3)
	void anIndicatorOverridesTheCouncilsRuleOnItsTargetAndCanFollowItAgain() {
		IndicatorTarget before = target("RR1-1");
		this.management.correctTarget(actor("RR1"), before.id(), before.fingerprint(), before.target(),
				RagRule.own(Tolerance.absolute(BigDecimal.ONE), Tolerance.absolute(new BigDecimal("2"))),
				"Revenues agreed a tighter rule");
		assertThat(rated("RR1-1")).isEqualTo(new StatusAssessment(Status.AMBER,
				"Amber: 73.4% is 1.6 points below the target of 75%, beyond this indicator's 1-point green tolerance "
						+ "but within its 2-point amber tolerance."));
		assertThat(this.audit.about("TARGET", "RR1-1")).filteredOn(e -> e.action().equals("TARGET_CORRECTED"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).contains("tolerance: the council's RAG rule");
				assertThat(e.after()).contains("tolerance: 2", "green tolerance: 1");
			});

		IndicatorTarget own = target("RR1-1");
		this.management.correctTarget(actor("RR1"), own.id(), own.fingerprint(), own.target(),
				this.rules.forIndicator(indicator("RR1-1")), "Back to the council's rule");
		assertThat(target("RR1-1").rule().isCouncils()).isTrue();
		assertThat(rated("RR1-1").status()).isEqualTo(Status.GREEN);
	}

	@Test
	@Order(4)
	void anOfficerSetsTheCouncilsRuleOnScreenAfterSeeingWhatWouldChangeRating() {
		SignedIn officer = SignedIn.as(this.port, "rr1-officer", TestUsers.PASSWORD);
		HttpResponse<String> page = officer.get("/councils/RR1/rag-rule");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("green within 5% of the target, amber within 10%");
		String seen = SignedIn.hiddenField(page, "seen");

		Map<String, String> form = new HashMap<>(Map.of("seen", seen, "greenKind", "percentage", "green", "1",
				"toleranceKind", "percentage", "tolerance", "1"));
		assertThat(officer.post("/councils/RR1/rag-rule", form).body())
			.contains("Enter an amber tolerance further from the target than the green tolerance");

		form.put("green", "1");
		form.put("tolerance", "2");
		HttpResponse<String> preview = officer.post("/councils/RR1/rag-rule", form);
		assertThat(preview.statusCode()).isEqualTo(200);
		// RR1-1 follows the council: 1.6 points short of 75 is beyond 2% of it (1.5), so
		// the green it is now would be red
		assertThat(preview.body()).contains("1 indicator’s latest figure is rated by the council’s rule",
				"Green to Red", "Save the council’s RAG rule");
		assertThat(this.rules.ofCouncil(this.units.findByCode("RR1").orElseThrow().id()).green())
			.isEqualTo(Tolerance.percentage(new BigDecimal("5")));

		form.put("previewed", SignedIn.hiddenField(preview, "previewed"));
		form.put("action", "save");
		HttpResponse<String> saved = officer.post("/councils/RR1/rag-rule", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(rated("RR1-1").status()).isEqualTo(Status.RED);

		// the page as first opened, sent again: refused, nothing saved
		form.put("tolerance", "3");
		HttpResponse<String> again = officer.post("/councils/RR1/rag-rule", form);
		form.put("previewed", SignedIn.hiddenField(again, "previewed"));
		HttpResponse<String> stale = officer.post("/councils/RR1/rag-rule", form);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(this.rules.ofCouncil(this.units.findByCode("RR1").orElseThrow().id()).amber())
			.isEqualTo(Tolerance.percentage(new BigDecimal("2")));

		SignedIn directorate = SignedIn.as(this.port, "rr1d-officer", TestUsers.PASSWORD);
		assertThat(directorate.get("/councils/RR1/rag-rule").body())
			.contains("Only a performance officer for the whole council can change it");
		assertThat(directorate.post("/councils/RR1/rag-rule", form).statusCode()).isEqualTo(403);
		assertThat(officer.get("/councils/NOPE/rag-rule").statusCode()).isEqualTo(404);
	}

	@Test
	@Order(5)
	void theTargetsPageSetsATargetsOwnRuleAfterAPreviewThatNamesIt() {
		SignedIn officer = SignedIn.as(this.port, "rr1-officer", TestUsers.PASSWORD);
		IndicatorTarget current = target("RR1-2");
		HttpResponse<String> page = officer.get("/indicators/RR1-2/targets/" + current.id());
		assertThat(page.body()).contains("The council’s RAG rule",
				"value=\"own\" aria-describedby=\"rule-own-hint\" checked");
		Map<String, String> form = new HashMap<>(
				Map.of("seen", SignedIn.hiddenField(page, "seen"), "shape", "value", "value", "75", "rule", "own",
						"greenKind", "percentage", "green", "5", "toleranceKind", "percentage", "tolerance", "10"));
		HttpResponse<String> preview = officer.post("/indicators/RR1-2/targets/" + current.id(), form);
		assertThat(preview.body()).contains("1 of the latest figures would change rating",
				"within this indicator&#39;s 5% green tolerance");
		form.put("previewed", SignedIn.hiddenField(preview, "previewed"));
		form.put("action", "save");
		form.put("reason", "The service's own rule, as printed in its plan");
		assertThat(officer.post("/indicators/RR1-2/targets/" + current.id(), form).statusCode()).isEqualTo(302);
		assertThat(target("RR1-2").rule())
			.isEqualTo(RagRule.own(Tolerance.percentage(new BigDecimal("5")), Tolerance.percentage(BigDecimal.TEN)));
		assertThat(rated("RR1-2").status()).isEqualTo(Status.GREEN);
		assertThat(officer.get("/indicators/RR1-2/targets").body())
			.contains("Its own rule: green within 5% of the target");
	}

	@Test
	@Order(6)
	void aFilledTemplateImportedAgainChangesNoRule() {
		SignedIn officer = SignedIn.as(this.port, "rr1-officer", TestUsers.PASSWORD);
		String filled = new String(officer.download("/import/templates/targets.csv?filled=true").body(),
				StandardCharsets.UTF_8);
		List<String> lines = filled.lines().toList();
		String header = lines.get(0);
		assertThat(header).contains("tolerance_kind,tolerance,green_tolerance_kind,green_tolerance");
		List<String> council = lines.stream().filter(l -> l.startsWith("RR1-")).toList();
		assertThat(council).hasSize(3);
		// RR1-1 follows the council's rule: its four cells are empty
		assertThat(council).filteredOn(l -> l.startsWith("RR1-1,")).singleElement().asString().contains(",,,,");
		assertThat(council).filteredOn(l -> l.startsWith("RR1-2,"))
			.singleElement()
			.asString()
			.contains("percentage,10,percentage,5");
		String again = header + "\n" + String.join("\n", council) + "\n";
		assertThat(this.csvImport.preview(List.of(file("targets.csv", again)), TestUsers.SYSTEM).changesNothing())
			.isTrue();
	}

	private StatusAssessment rated(String code) {
		Indicator indicator = indicator(code);
		return PerformanceEvaluator
			.evaluate(indicator, this.measurements.forIndicator(indicator.id()),
					this.targets.forIndicator(indicator.id()), List.of(), Q1)
			.rule();
	}

	private Indicator indicator(String code) {
		return this.indicators.findByCode(code).orElseThrow();
	}

	private IndicatorTarget target(String code) {
		return this.targets.forIndicator(indicator(code).id()).get(0);
	}

	private Actor actor(String unitCode) {
		OrganisationUnit unit = this.units.findByCode(unitCode).orElseThrow();
		return new Actor(null, "Officer of " + unitCode,
				List.of(new Grant(Role.PERFORMANCE_OFFICER, unit.id(), unit.name())));
	}

	private List<ImportProblem> problems(String targetsCsv) {
		try {
			this.csvImport.run(List.of(file("targets.csv", targetsCsv)), TestUsers.SYSTEM);
		}
		catch (ImportFailedException ex) {
			return ex.problems();
		}
		throw new AssertionError("the import should have failed");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
