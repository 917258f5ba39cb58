package uk.beacon.reporting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.identity.ApiTokenManagement;
import uk.beacon.imports.CsvImport;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.reporting.render.ReportRenderer;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's third "done when", end to end through the write path: a figure that came in
 * by import and went into a published report is corrected (here through the write API, as
 * the figures grid does it), with its reason. The old figure is kept in the history and
 * said on the indicator's page; the published report still renders the old figure; the
 * draft shows the new one.
 */
@BeaconIntegrationTest
class CorrectedFigureIntegrationTest {

	private static final FinancialQuarter Q2 = new FinancialQuarter(2019, 2);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ScorecardViews scorecards;

	@Autowired
	ReportPublishing publishing;

	@Autowired
	PublishedReports published;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportRenderer renderer;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void correctingAnImportedFigureKeepsTheOldOneAndThePublishedReportStillShowsIt() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTFIX");
		PublishedReport report = this.publishing
			.publish(TestUsers.everywhere("Ann Officer", Role.PERFORMANCE_OFFICER), id, Q2,
					this.publishing.fingerprint(this.drafts.draft(id, java.util.Optional.of(Q2)).orElseThrow()))
			.orElseThrow();
		String before = html(report);
		assertThat(before).contains("84%");

		var officer = TestUsers.ensure(this.context, "rptfix-officer", "rptfix@test.example", Role.PERFORMANCE_OFFICER,
				"RPTFIX");
		String token = this.tokens.issue(TestUsers.SYSTEM, officer.id(), "Corrections", null).secret();
		String path = "/api/v1/scorecards/" + id + "/figures?period=" + Http.encode(Q2.label());
		JsonNode grid = JSON.readTree(Http.sendJson(this.port, "GET", path, null, token).body());
		JsonNode row = null;
		for (JsonNode figure : grid.path("figures")) {
			if (figure.path("indicator").asString().equals("RPTFIX-1")) {
				row = figure;
			}
		}
		assertThat(row).as("RPTFIX-1 on the grid").isNotNull();
		HttpResponse<String> corrected = Http.sendJson(this.port, "PUT", path,
				"{\"figures\":[{\"key\":\"" + row.path("key").asString() + "\",\"version\":"
						+ row.path("held").path("version").asInt()
						+ ",\"value\":85,\"reason\":\"Ofsted's letter for one school arrived late\"}]}",
				token);
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

		// the old figure is kept in the history, with the reason, and said on the page
		assertThat(this.jdbc
			.sql("select count(*) from measurement_history h join indicator i on i.id = h.indicator_id "
					+ "where i.code = 'RPTFIX-1' and h.value = 84")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(Http.getAsAdmin(this.port, "/indicators/RPTFIX-1?period=" + Http.encode(Q2.label())).body())
			.contains("previously 84%");

		// the report published before renders as it did; the draft has the new figure
		assertThat(html(report)).isEqualTo(before);
		assertThat(this.published.content(report).indicators().get(0).value()).isEqualTo("84%");
		assertThat(this.drafts.draft(id, Optional.of(Q2)).orElseThrow().indicators().get(0).value()).isEqualTo("85%");
	}

	private String html(PublishedReport report) {
		return new String(this.renderer.render(this.published.content(report), Part.A, ReportFormat.HTML, null),
				StandardCharsets.UTF_8);
	}

}
