package uk.beacon.indicator;

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
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
import uk.beacon.identity.ApiTokenManagement;
import uk.beacon.identity.Account;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13: a change of definition is a new version that says from which quarter it
 * applies. Figures reported before keep being rated and shown under the definition they
 * were reported under; direction of travel and the charts do not compare across a change
 * of unit; a correction of the definition in use re-rates only what it applies to.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefinitionFromAQuarterIntegrationTest {

	private static final FinancialQuarter Q4_2024 = new FinancialQuarter(2024, 4);

	private static final FinancialQuarter Q1_2025 = new FinancialQuarter(2025, 1);

	private static final FinancialQuarter Q2_2025 = new FinancialQuarter(2025, 2);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	IndicatorManagement management;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorPerformances performances;

	@Autowired
	IndicatorAnalyses analyses;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				DEF,Redefining Council,council,
				DEF-D,Redefining Directorate,directorate,DEF
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				DEF-1,Re-referrals to children's social care,DEF-D,number,lower_is_better,quarterly
				DEF-2,Pupils excluded,DEF-D,number,lower_is_better,quarterly
				DEF-3,Visits by the page,DEF-D,number,higher_is_better,quarterly
				DEF-4,Visits by the API,DEF-D,number,higher_is_better,quarterly
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,applies_to,value
				DEF-1,value,Q1 2024/25,Q4 2024/25,100
				DEF-1,value,Q1 2025/26,,22
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				DEF-1,Q3 2024/25,Q3 2024/25,120
				DEF-1,Q4 2024/25,Q4 2024/25,95
				DEF-1,Q1 2025/26,Q1 2025/26,21.5
				DEF-2,Q4 2024/25,Q4 2024/25,140
				DEF-3,Q4 2024/25,Q4 2024/25,40
				DEF-4,Q4 2024/25,Q4 2024/25,40
				""")), TestUsers.SYSTEM);
	}

	@Test
	void figuresReportedBeforeANewDefinitionKeepTheirs() {
		Indicator before = this.indicators.findByCode("DEF-1").orElseThrow();
		// a rate replaces the count from April 2025, as the council's new definition says
		Measure rate = new Measure("Re-referrals within 12 months as a share of all referrals", Unit.PERCENT, 1,
				Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, Accumulation.SNAPSHOT, 0, Comparison.PREVIOUS_PERIOD);

		Indicator after = this.management.redefine(TestUsers.SYSTEM,
				new Redefinition("DEF-1", before.version(), Q1_2025, rate, "DfE definition from April 2025"));

		assertThat(after.unit()).isEqualTo(Unit.PERCENT);
		Performance old = this.performances.at(List.of(before.id()), Q4_2024).get(before.id());
		assertThat(old.indicator().unit()).isEqualTo(Unit.NUMBER);
		assertThat(old.formattedValue()).isEqualTo("95");
		assertThat(old.rule().status()).isEqualTo(Status.GREEN);
		Performance now = this.performances.at(List.of(before.id()), Q1_2025).get(before.id());
		assertThat(now.formattedValue()).isEqualTo("21.5%");
		assertThat(now.rule().status()).isEqualTo(Status.GREEN);
		assertThat(now.direction().direction()).isEqualTo(DirectionOfTravel.NOT_APPLICABLE);
		assertThat(now.direction().explanation())
			.isEqualTo("Not applicable: the indicator has been measured differently since Q1 2025/26, so Q1 2025/26 "
					+ "is not compared with Q4 2024/25.");
		// the count and the rate are two series: the charts and SPC start again
		assertThat(this.analyses.analyse(after, Q1_2025, null).periodLabels()).containsExactly("Q1 2025/26");
		assertThat(this.analyses.analyse(after, Q4_2024, null).periodLabels()).containsExactly("Q3 2024/25",
				"Q4 2024/25");
		assertThat(this.jdbc
			.sql("select before || ' | ' || after || ' | ' || reason from audit_event "
					+ "where action = 'INDICATOR_REDEFINED' and subject = 'DEF-1'")
			.query(String.class)
			.single()).contains("applies: until Q4 2024/25")
			.contains("unit: number")
			.contains("applies: from Q1 2025/26")
			.contains("unit: %")
			.endsWith("| DfE definition from April 2025");

		// a new one starts after the one in use began
		assertThatThrownBy(() -> this.management.redefine(TestUsers.SYSTEM,
				new Redefinition("DEF-1", after.version(), Q1_2025, withPlaces(rate, 2), "Two places")))
			.isInstanceOf(ChangeRejected.class)
			.hasMessage("The definition in use applies from Q1 2025/26, so a new one starts in Q2 2025/26 at the "
					+ "earliest. To change the one in use for every quarter it applies to, correct it instead.");
		// as the person saw it
		assertThatThrownBy(() -> this.management.redefine(TestUsers.SYSTEM,
				new Redefinition("DEF-1", before.version(), null, withPlaces(rate, 2), "Two places")))
			.isInstanceOf(StaleChange.class);

		// a correction changes the definition in use, not the one before it
		Indicator corrected = this.management.redefine(TestUsers.SYSTEM,
				new Redefinition("DEF-1", after.version(), null, withPlaces(rate, 2), "Shown to two places"));
		assertThat(this.performances.at(List.of(before.id()), Q1_2025).get(before.id()).formattedValue())
			.isEqualTo("21.50%");
		assertThat(this.performances.at(List.of(before.id()), Q4_2024).get(before.id()).formattedValue())
			.isEqualTo("95");
		assertThat(corrected.decimalPlaces()).isEqualTo(2);
		// the same definition again changes nothing
		assertThat(this.management.redefine(TestUsers.SYSTEM,
				new Redefinition("DEF-1", corrected.version(), Q2_2025, withPlaces(rate, 2), "Again")))
			.isEqualTo(corrected);
	}

	@Test
	void aDefinitionThatCannotHoldTheFiguresIsRefused() {
		Indicator excluded = this.indicators.findByCode("DEF-2").orElseThrow();
		Measure share = new Measure(null, Unit.PERCENT, 1, Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY,
				Accumulation.SNAPSHOT, 0, Comparison.PREVIOUS_PERIOD);

		assertThatThrownBy(() -> this.management.redefine(TestUsers.SYSTEM,
				new Redefinition("DEF-2", excluded.version(), null, share, "A share now")))
			.isInstanceOf(ChangeRejected.class)
			.hasMessage("DEF-2 has figures that are not percentages (140 for Q4 2024/25): correct them first, or keep "
					+ "the unit for the quarters they were reported in.");
		// no figure before the quarter: nothing would keep the old definition
		assertThatThrownBy(() -> this.management.redefine(TestUsers.SYSTEM,
				new Redefinition("DEF-2", excluded.version(), Q4_2024, share, "A share now")))
			.hasMessage("No figure of DEF-2 was reported under its present definition before Q4 2024/25, so none "
					+ "would keep it: correct the definition in use instead.");
		assertThatThrownBy(() -> this.management.redefine(TestUsers.SYSTEM,
				new Redefinition("DEF-2", excluded.version(), Q1_2025, share, " ")))
			.hasMessage("Say why the definition of DEF-2 changes.");
		assertThat(this.indicators.findByCode("DEF-2").orElseThrow()).isEqualTo(excluded);
	}

	@Test
	void anOfficerChangesTheDefinitionOnItsPage() {
		TestUsers.ensure(this.context, "def-officer", "def-officer@test.example", Role.PERFORMANCE_OFFICER, "DEF");
		SignedIn officer = SignedIn.as(this.port, "def-officer", TestUsers.PASSWORD);
		HttpResponse<String> page = officer.get("/indicators/DEF-3/definition");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("It has had one definition for every quarter.");
		String version = SignedIn.hiddenField(page, "version");

		Map<String, String> form = new LinkedHashMap<>(
				Map.of("definition", "Visits to the library, in person", "measure", "number", "decimalPlaces", "0",
						"polarity", "HIGHER_IS_BETTER", "frequency", "QUARTERLY", "accumulation", "SNAPSHOT",
						"arrearsMonths", "0", "applies", "from", "from", "spring", "version", version));
		HttpResponse<String> refused = officer.post("/indicators/DEF-3/definition", form);
		assertThat(refused.body()).contains("There is a problem")
			.contains("Say why the definition changes")
			.contains("href=\"#reason\"")
			.contains("href=\"#from\"");

		form.put("from", "Q1 2025/26");
		form.put("reason", "Online visits counted separately from April");
		HttpResponse<String> saved = officer.post("/indicators/DEF-3/definition", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> history = officer.get("/indicators/DEF-3/definition");
		assertThat(history.body()).contains("Until Q4 2024/25")
			.contains("From Q1 2025/26")
			.contains("Online visits counted separately from April")
			.contains("Visits to the library, in person");
		assertThat(Http.get(this.port, "/indicators/DEF-3").body()).contains("Its definition has changed")
			.contains("Visits to the library, in person");

		// the same form again, from the page as it was: someone else changed it since
		HttpResponse<String> stale = officer.post("/indicators/DEF-3/definition", form);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed DEF-3");
	}

	@Test
	void theApiChangesADefinitionWithAToken() {
		Account officer = TestUsers.ensure(this.context, "def-api", "def-api@test.example", Role.PERFORMANCE_OFFICER,
				"DEF");
		String token = this.tokens.issue(TestUsers.SYSTEM, officer.id(), "Definitions", null).secret();
		String change = "{\"unit\":\"rate_per_10000\",\"decimalPlaces\":1,\"polarity\":\"HIGHER_IS_BETTER\","
				+ "\"frequency\":\"QUARTERLY\",\"accumulation\":\"SNAPSHOT\",\"arrearsMonths\":0,"
				+ "\"from\":\"Q1 2025/26\",\"reason\":\"Per 10,000 residents\",\"version\":0}";

		HttpResponse<String> saved = Http.sendJson(this.port, "PUT", "/api/v1/indicators/DEF-4/definition", change,
				token);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(saved.body()).contains("\"to\":\"Q4 2024/25\"")
			.contains("\"from\":\"Q1 2025/26\"")
			.contains("\"unit\":\"rate_per_10000\"")
			.contains("\"reason\":\"Per 10,000 residents\"");
		assertThat(Http.sendJson(this.port, "PUT", "/api/v1/indicators/DEF-4/definition", change, token).statusCode())
			.isEqualTo(409);
		assertThat(Http
			.sendJson(this.port, "PUT", "/api/v1/indicators/DEF-4/definition",
					change.replace("rate_per_10000", "bushels").replace("\"version\":0", "\"version\":1"), token)
			.statusCode()).isEqualTo(422);
		assertThat(Http.sendJson(this.port, "GET", "/api/v1/indicators/DEF-4/definitions", null, token).body())
			.contains("\"unit\":\"number\"");
	}

	private static Measure withPlaces(Measure m, int places) {
		return new Measure(m.definition(), m.unit(), places, m.polarity(), m.frequency(), m.accumulation(),
				m.arrearsMonths(), m.comparison());
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
