package uk.beacon.identity;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;
import uk.beacon.audit.AuditTrail.AuditSearch;
import uk.beacon.indicator.Indicators;
import uk.beacon.risk.Risks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three changes a new user with a role over Lancashire could make to Worcestershire
 * before every write went through its module's service (issue 12), each now refused with
 * the reason, and nothing changed; and the audit trail answering who changed an
 * indicator's title, when, and what it was before.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnotherCouncilsDataIntegrationTest {

	private static final String REFUSED = "outside the part of the council your role covers";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Indicators indicators;

	@Autowired
	Risks risks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void people() {
		TestUsers.ensure(this.context, "lancs-officer", "lancs-officer@test.example", Role.PERFORMANCE_OFFICER, "LCC");
		TestUsers.ensure(this.context, "lancs-risk", "lancs-risk@test.example", Role.RISK_MANAGER, "LCC");
		TestUsers.ensure(this.context, "every-risk", "every-risk@test.example", Role.RISK_MANAGER, null);
	}

	@Test
	void aLancashireOfficersImportCannotRenameOrAddAFigureToAWorcestershireIndicator() {
		String title = this.indicators.findByCode("WCC-CFC-04").orElseThrow().title();
		long figures = figures("WCC-CFC-04");

		HttpResponse<String> answer = Http.importFiles(this.port, "lancs-officer", TestUsers.PASSWORD,
				Map.of("indicators.csv",
						"code,title,organisation_code,unit,polarity,frequency\n"
								+ "WCC-CFC-04,Renamed in Lancashire,WCC-CFC,percent,higher_is_better,annual\n",
						"measurements.csv",
						"indicator_code,data_period,reporting_period,value\nWCC-CFC-04,AY 2019/20,Q2 2019/20,70\n"));

		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("\"file\":\"indicators.csv\",\"row\":2,\"column\":\"code\"")
			.contains("You cannot change WCC-CFC-04: it belongs to Children, Families and Communities")
			.contains("\"file\":\"measurements.csv\",\"row\":2,\"column\":\"indicator_code\"")
			.contains("You cannot record figures for WCC-CFC-04")
			.contains(REFUSED)
			.contains("you are Performance officer for Lancashire County Council");
		assertThat(this.indicators.findByCode("WCC-CFC-04").orElseThrow().title()).isEqualTo(title);
		assertThat(figures("WCC-CFC-04")).isEqualTo(figures);
	}

	@Test
	void aLancashireOfficerCannotPublishWorcestershiresCabinetReport() {
		long reports = count("published_report");
		SignedIn officer = SignedIn.as(this.port, "lancs-officer", TestUsers.PASSWORD);

		String answer = followed(officer, officer.post("/scorecards/1/report/publish", Map.of("period", "Q2 2019/20")));

		assertThat(answer)
			.contains("You cannot publish the Children, Families and Communities Balanced Scorecard report")
			.contains(REFUSED);
		assertThat(count("published_report")).isEqualTo(reports);
	}

	@Test
	void aLancashireRiskManagerCannotMergeAWorcestershireRiskIntoALancashireOne() {
		int version = this.risks.findByReference("WCR3").orElseThrow().version();
		SignedIn riskManager = SignedIn.as(this.port, "lancs-risk", TestUsers.PASSWORD);

		String answer = followed(riskManager, riskManager.post("/risks/WCR3/merge",
				Map.of("version", String.valueOf(version), "into", "CR1", "reason", "The same risk")));

		assertThat(answer).contains("You cannot merge WCR3").contains(REFUSED);
		assertThat(this.risks.findByReference("WCR3").orElseThrow().isMerged()).isFalse();
	}

	@Test
	void noRoleMergesTheRisksOfTwoCouncils() {
		int version = this.risks.findByReference("WCR3").orElseThrow().version();
		SignedIn riskManager = SignedIn.as(this.port, "every-risk", TestUsers.PASSWORD);

		String answer = followed(riskManager, riskManager.post("/risks/WCR3/merge",
				Map.of("version", String.valueOf(version), "into", "CR1", "reason", "The same risk")));

		assertThat(answer).contains("WCR3 and CR1 belong to different councils")
			.contains("a risk can be merged only into a risk of the same council");
		assertThat(this.risks.findByReference("WCR3").orElseThrow().isMerged()).isFalse();
	}

	@Test
	void theAuditTrailSaysWhoChangedAnIndicatorsTitleWhenAndWhatItWasBefore() throws IOException {
		String definitions = demoIndicators();
		String row = definitions.lines().filter(l -> l.startsWith("WCC-CFC-04,")).findFirst().orElseThrow();
		String header = definitions.lines().findFirst().orElseThrow();
		String title = "Pupils who achieved a good level of development in the Early Years Foundation Stage";
		try {
			assertThat(Http
				.importFiles(this.port, "admin", TestUsers.ADMIN_PASSWORD,
						Map.of("indicators.csv",
								header + "\n" + row.replace(title, "Good level of development") + "\n"))
				.statusCode()).isEqualTo(200);

			String audit = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD)
				.get("/admin/audit?subject=WCC-CFC-04&type=INDICATOR")
				.body();

			assertThat(audit).contains("Administrator (admin)")
				.contains("INDICATOR_CHANGED")
				.contains("title: " + title)
				.contains("title: Good level of development");
			// only what changed is recorded as before and after
			assertThat(this.audit.search(new AuditSearch(null, "WCC-CFC-04", null, "INDICATOR", null, null), 10))
				.filteredOn(e -> e.action().equals("INDICATOR_CHANGED"))
				.first()
				.satisfies(e -> {
					assertThat(e.actor()).isEqualTo("Administrator (admin)");
					assertThat(e.occurredAt()).isNotNull();
					assertThat(e.before()).isEqualTo("title: " + title);
					assertThat(e.after()).isEqualTo("title: Good level of development");
				});
		}
		finally {
			Http.importFiles(this.port, "admin", TestUsers.ADMIN_PASSWORD,
					Map.of("indicators.csv", header + "\n" + row + "\n"));
		}
		assertThat(this.indicators.findByCode("WCC-CFC-04").orElseThrow().title()).isEqualTo(title);
	}

	private String demoIndicators() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/demo/worcestershire/indicators.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The page a refused form comes back to, with the reason on it. */
	private static String followed(SignedIn session, HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElse(null);
		return (response.statusCode() == 302 && location != null)
				? session.get(location.replaceFirst("^https?://[^/]+", "")).body() : response.body();
	}

	private long figures(String code) {
		return this.jdbc
			.sql("select count(*) from measurement m join indicator i on i.id = m.indicator_id where i.code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
