package uk.beacon.web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.CouncilRagRules;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.Tolerance;
import uk.beacon.organisation.OrganisationUnits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help pages, open to everyone: the index links every guide, the statuses page names
 * each status, arrow and icon, and the RAG rule page reads the council's own rule as it
 * stands, so that changing the rule changes the page and its worked example.
 */
@BeaconIntegrationTest
class HelpPagesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	CouncilRagRules rules;

	@Autowired
	IndicatorManagement management;

	@Autowired
	OrganisationUnits units;

	@Test
	void theHelpIndexLinksEveryGuideForThePublic() {
		String page = text("/help");

		assertThat(page).contains("Statuses, arrows and icons")
			.contains("How a figure is rated red, amber or green")
			.contains("Glossary")
			.contains("Import guide");
		assertThat(Http.get(this.port, "/help").body()).contains("href=\"/help/statuses\"")
			.contains("href=\"/help/rag-rule\"")
			.contains("href=\"/help/glossary\"")
			.contains("href=\"/import/guide\"");
		// every page's footer leads to the help
		assertThat(Http.get(this.port, "/").body()).contains("href=\"/help\"");
	}

	@Test
	void theStatusesPageNamesEachStatusArrowAndIcon() {
		String page = text("/help/statuses");

		assertThat(page).contains("Green", "Amber", "Red", "Not rated", "No data",
				"Assessed status and the rule’s status", "▲ Improving", "▼ Worsening", "▲ Increasing", "▼ Decreasing",
				"► No change", "Not applicable", "Common cause variation", "Consistently failing the target",
				"Hit and miss");
	}

	@Test
	void theRagRulePageReadsTheCouncilsRuleAndWorksItThrough() {
		this.csvImport.run(List.of(new ImportFile("organisation.csv", """
				code,name,kind,parent_code
				HLP,Help Page Council,council,
				""".getBytes(StandardCharsets.UTF_8))), TestUsers.SYSTEM);
		long council = this.units.findByCode("HLP").orElseThrow().id();

		String before = text("/help/rag-rule?council=HLP");
		assertThat(before).contains("Help Page Council")
			.contains("Green on the target or better, no amber band")
			.contains("Red: 79% is");

		RagRule rule = RagRule.council(Tolerance.percentage(new BigDecimal("5")),
				Tolerance.percentage(new BigDecimal("10")));
		this.management.setCouncilRule(TestUsers.SYSTEM, council, rule, this.rules.ofCouncil(council).fingerprint());

		String after = text("/help/rag-rule?council=HLP");
		assertThat(after).contains("Green within 5% of the target, amber within 10%")
			.contains("short of it by no more than 5%")
			.contains("by no more than 10%")
			.contains("76%")
			.contains("Amber: 72% is")
			.contains("Red: 71% is");
		// with several councils and none chosen, a choice of them
		assertThat(text("/help/rag-rule")).contains("Choose a council").contains("Help Page Council");
		assertThat(Http.get(this.port, "/help/rag-rule?council=NO-SUCH-COUNCIL").statusCode()).isEqualTo(404);
	}

	@Test
	void theGlossaryExplainsTheWordsThePagesUse() {
		String page = text("/help/glossary");

		assertThat(page).contains("Indicator", "Target", "Tolerance", "Polarity", "Year to date", "Direction of travel",
				"SPC (statistical process control)", "Common cause variation", "Special cause variation", "Risk",
				"Likelihood", "Impact", "Inherent score", "Current score", "Residual (target) score", "Risk area",
				"Risk appetite", "Comparator", "Quartile");
	}

	private String text(String path) {
		HttpResponse<String> response = Http.get(this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body()
			.replaceAll("(?s)<head>.*?</head>", "")
			.replaceAll("<[^>]+>", " ")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ");
	}

}
