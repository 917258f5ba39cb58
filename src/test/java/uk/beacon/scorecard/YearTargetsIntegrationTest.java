package uk.beacon.scorecard;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.Target;
import uk.beacon.indicator.Tolerance;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a performance officer sets a year's targets for every indicator on a
 * scorecard on one page. Each follows the target in force and keeps its tolerance; a
 * mistake in any row saves none; a colleague's change since is said and what was typed is
 * kept; an indicator whose target for the year is already set is left to its own page.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearTargetsIntegrationTest {

	private static final FinancialQuarter APRIL_2026 = new FinancialQuarter(2026, 1);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Scorecards scorecards;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorTargets targets;

	@Autowired
	JdbcClient jdbc;

	private SignedIn officer;

	private String page;

	@BeforeAll
	void council() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						YT,Year Targets Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency
						YT-1,Children seen within 10 days,YT,percent,higher_is_better,quarterly
						YT-2,Days lost to sickness,YT,days,lower_is_better,quarterly
						YT-3,Households helped,YT,number,higher_is_better,quarterly
						YT-4,Complaints answered late,YT,number,lower_is_better,quarterly
						"""), file("targets.csv", """
						indicator_code,kind,applies_from,value,tolerance_kind,tolerance
						YT-1,value,Q1 2025/26,80,absolute,5
						YT-2,value,Q1 2025/26,8,percentage,10
						YT-3,value,Q1 2026/27,400,,
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						YT-1,Q4 2025/26,Q4 2025/26,82.4
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
										YT-SC,Year targets scorecard,YT,corporate,People,objective,YT-1
										YT-SC,Year targets scorecard,YT,corporate,People,objective,YT-2
										YT-SC,Year targets scorecard,YT,corporate,People,objective,YT-3
										YT-SC,Year targets scorecard,YT,corporate,People,objective,YT-4
										""")),
				TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "yt-officer", "yt-officer@test.example", Role.PERFORMANCE_OFFICER, "YT");
		this.officer = SignedIn.as(this.port, "yt-officer", TestUsers.PASSWORD);
		this.page = "/scorecards/" + this.scorecards.idOf("YT-SC").orElseThrow() + "/targets?year=2026/27";
	}

	@Test
	void aYearsTargetsAreSetOnOnePage() {
		HttpResponse<String> shown = this.officer.get(this.page);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("Targets for 2026/27")
			.contains("82% (Q4 2025/26)")
			.contains("green on the target or better, amber within 5 points")
			.contains("green on the target or better, amber within 10%")
			.contains("The council&#39;s RAG rule")
			.contains("On its own targets page: The target of YT-3 from Q1 2026/27 starts in or after");

		Map<String, String> form = form(shown);
		form.put("rows[0].value", "85");
		form.put("rows[1].value", "7,5");
		HttpResponse<String> refused = this.officer.post(this.page, form);
		assertThat(refused.body()).contains("There is a problem")
			.contains("href=\"#value-1\"")
			.contains("with a full stop for decimals")
			.contains("value=\"85\"");
		assertThat(targetsOf("YT-1")).hasSize(1);

		form.put("rows[1].value", "7.5");
		form.put("rows[3].value", "12");
		HttpResponse<String> saved = this.officer.post(this.page, form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

		List<IndicatorTarget> seen = targetsOf("YT-1");
		assertThat(seen).hasSize(2);
		assertThat(seen.get(0).appliesTo()).isEqualTo(APRIL_2026.previous());
		assertThat(seen.get(1).appliesFrom()).isEqualTo(APRIL_2026);
		assertThat(seen.get(1).target()).isEqualTo(new Target.Value(new java.math.BigDecimal("85")));
		// each keeps the rule of the target it follows: its own, or the council's
		assertThat(seen.get(1).rule()).isEqualTo(RagRule.amberOnly(Tolerance.absolute(new java.math.BigDecimal("5"))));
		assertThat(targetsOf("YT-2").get(1).rule().amber().kind()).isEqualTo(Tolerance.Kind.PERCENTAGE);
		assertThat(targetsOf("YT-4")).singleElement().satisfies(t -> assertThat(t.rule().isCouncils()).isTrue());
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'TARGET_SET' and subject like 'YT-%' "
					+ "and actor like 'Yt-officer%'")
			.query(Long.class)
			.single()).isEqualTo(3);

		// the same form again, from the page as it was: the targets changed since
		form.put("rows[0].value", "90");
		form.put("rows[1].value", "");
		form.put("rows[3].value", "");
		HttpResponse<String> stale = this.officer.post(this.page, form);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed the targets of YT-1 since you opened this page")
			.contains("You typed 90, which was not saved.");
		assertThat(targetsOf("YT-1")).hasSize(2);
	}

	private List<IndicatorTarget> targetsOf(String code) {
		return this.targets.forIndicator(this.indicators.findByCode(code).orElseThrow().id());
	}

	private static Map<String, String> form(HttpResponse<String> page) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < 4; i++) {
			form.put("rows[" + i + "].code", SignedIn.hiddenField(page, "rows[" + i + "].code"));
			form.put("rows[" + i + "].seen", SignedIn.hiddenField(page, "rows[" + i + "].seen"));
		}
		return form;
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
