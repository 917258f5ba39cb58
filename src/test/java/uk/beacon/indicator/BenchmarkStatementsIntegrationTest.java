package uk.beacon.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 item 3: an indicator page said "ranks 6th of 8, quartile 3", "No comparators
 * have been recorded" and "Not rated: no benchmark quartile is available" at once. It now
 * says one thing for each comparator, and a quartile target with no national quartile is
 * rated from the council's comparator group, on the page, the scorecard and the API
 * alike.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkStatementsIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	IndicatorPerformances performances;

	@Autowired
	Indicators indicators;

	@BeforeAll
	void council() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						BQ,Benchmark Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency,public
						BQ-GROUP,Care leavers in education,BQ,percent,higher_is_better,annual,yes
						BQ-BOTH,Early years places taken up,BQ,percent,higher_is_better,annual,yes
						BQ-NONE,Libraries visits,BQ,number,higher_is_better,annual,yes
						"""), file("targets.csv", """
						indicator_code,kind,applies_from,quartile
						BQ-GROUP,quartile,Q1 2024/25,2
						BQ-BOTH,quartile,Q1 2024/25,2
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						BQ-GROUP,2024/25,Q1 2025/26,61
						BQ-BOTH,2024/25,Q1 2025/26,61
						BQ-NONE,2024/25,Q1 2025/26,5000
						"""), file("benchmarks.csv", """
						indicator_code,data_period,comparator,value,rank,rank_of,quartile,source
						BQ-BOTH,2024/25,national,64,120,152,4,LAIT 2025
						"""),
						file("comparator-values.csv", group("BQ-GROUP")
								+ group("BQ-BOTH").lines().skip(1).map(l -> l + "\n").reduce("", String::concat))),
				TestUsers.SYSTEM);
	}

	@Test
	void aQuartileTargetWithNoNationalQuartileIsRatedFromTheGroupAndThePageSaysOneThingForEach() {
		String page = Http.get(this.port, "/indicators/BQ-GROUP").body();

		assertThat(page).contains("Amber", "61% is in quartile 3 of the comparator group CIPFA nearest neighbours for "
				+ "2024/25 (ranked 6 of 8, with no national benchmark quartile), one quartile short of the target of "
				+ "quartile 2 or better.")
			.contains("CIPFA nearest neighbours (comparator group), 2024/25:",
					"61% ranks 6th of 8, where higher is better, in quartile 3 (quartile 1 is the best).",
					"The quartile target is rated by this quartile.")
			.doesNotContain("No comparators have been recorded", "no benchmark quartile is available",
					"No benchmarks or comparator groups have been recorded");
		assertThat(page.split("ranks 6th of 8", -1)).as("one statement for the group").hasSize(2);

		long id = this.indicators.findByCode("BQ-GROUP").orElseThrow().id();
		Performance onScorecards = this.performances
			.at(List.of(id), (uk.beacon.period.FinancialQuarter) uk.beacon.period.Periods.parse("Q1 2025/26"))
			.get(id);
		assertThat(onScorecards.rule().status()).isEqualTo(Status.AMBER);
		assertThat(onScorecards.rule().explanation()).contains("comparator group CIPFA nearest neighbours");

		JsonNode analysis = JSON.readTree(Http.get(this.port, "/api/v1/indicators/BQ-GROUP/analysis").body());
		assertThat(analysis.get("benchmarks")).hasSize(1);
		assertThat(analysis.get("benchmarks").get(0).get("ratesTarget").asBoolean()).isTrue();
		assertThat(analysis.get("benchmarks").get(0).get("group").asBoolean()).isTrue();
	}

	@Test
	void aNationalQuartileRatesTheTargetAndTheGroupIsStatedBesideIt() {
		String page = Http.get(this.port, "/indicators/BQ-BOTH").body();

		assertThat(page)
			.contains("Red: 61% is in benchmark quartile 4, two quartiles short of the target of "
					+ "quartile 2 or better.")
			.contains("National (England), 2024/25:",
					"64%, against the council&#39;s 61%; the council ranked 120 of 152, in quartile 4 (quartile 1 is "
							+ "the best). Source: LAIT 2025.",
					"CIPFA nearest neighbours (comparator group), 2024/25:")
			.doesNotContain("No comparators have been recorded");
		assertThat(page.split("The quartile target is rated by this quartile.", -1)).hasSize(2);
		assertThat(page.indexOf("The quartile target is rated by this quartile."))
			.isLessThan(page.indexOf("CIPFA nearest neighbours (comparator group)"));
	}

	@Test
	void anIndicatorWithNoComparatorSaysSoOnce() {
		assertThat(Http.get(this.port, "/indicators/BQ-NONE").body())
			.contains("No benchmarks or comparator groups have been recorded for this indicator.")
			.doesNotContain("No comparators have been recorded");
	}

	// seven neighbours around the council's 61: it is 6th of 8
	private static String group(String code) {
		StringBuilder rows = new StringBuilder("group_code,group_name,indicator_code,data_period,member,value\n");
		String[] members = { "Ashby", "Barton", "Carlton", "Denby", "Eston", "Frome", "Gorton" };
		int[] values = { 70, 68, 66, 64, 62, 55, 50 };
		for (int i = 0; i < members.length; i++) {
			rows.append("CIPFA-NN,CIPFA nearest neighbours,")
				.append(code)
				.append(",2024/25,")
				.append(members[i])
				.append(',')
				.append(values[i])
				.append('\n');
		}
		return rows.toString();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
