package uk.beacon.analytics.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The SPC and indicator analysis APIs answer as the pages do.
 */
@BeaconIntegrationTest
class AnalyticsApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Test
	void analysesASeriesWithLimitsSpecialCausesAndIcons() throws Exception {
		String body = """
				{"values": [10, 11, 9, 10, 12, 10, 11, 9, 10, 11, 10, 9, 11, 10, 30],
				 "polarity": "LOWER_IS_BETTER", "target": 2}""";

		JsonNode spc = JSON.readTree(post("/api/v1/analytics/spc", body).body());

		assertThat(spc.get("enoughData").asBoolean()).isTrue();
		assertThat(spc.get("points").size()).isEqualTo(15);
		assertThat(spc.get("mean").asDouble()).isCloseTo(11.533, within(0.01));
		JsonNode last = spc.get("points").get(14);
		assertThat(last.get("specialCauses").toString()).contains("OUTSIDE_LIMITS");
		assertThat(spc.get("variation").asString()).isEqualTo("CONCERN_HIGH");
		assertThat(spc.get("assurance").asString()).isEqualTo("CONSISTENTLY_FAILING");
	}

	@Test
	void saysSoWhenThereAreTooFewPointsAndRejectsAnUnknownPolarity() throws Exception {
		JsonNode few = JSON.readTree(
				post("/api/v1/analytics/spc", "{\"values\": [1, 2, 3], \"polarity\": \"HIGHER_IS_BETTER\"}").body());
		assertThat(few.get("enoughData").asBoolean()).isFalse();
		assertThat(few.get("explanation").asString()).contains("Not enough data");

		HttpResponse<String> bad = post("/api/v1/analytics/spc", "{\"values\": [1, 2, 3], \"polarity\": \"UP\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(bad.body()).get("detail").asString()).contains("\"UP\" is not a polarity");
	}

	@Test
	void anIndicatorsAnalysisHasItsForecastAndItsPositionInAComparatorGroup() {
		this.csvImport.run(
				List.of(file("organisation.csv", "code,name,kind\nAN1,An Council,council\n"), file("indicators.csv", """
						code,title,organisation_code,unit,decimal_places,polarity,frequency
						AN1-DTOC,Delayed transfers per 100k,AN1,rate_per_100000,1,lower_is_better,quarterly
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						AN1-DTOC,Q1 2019/20,Q1 2019/20,14
						AN1-DTOC,Q2 2019/20,Q2 2019/20,13
						AN1-DTOC,Q3 2019/20,Q3 2019/20,12
						AN1-DTOC,Q4 2019/20,Q4 2019/20,11
						"""), file("comparator-values.csv", """
						group_code,group_name,indicator_code,data_period,member,value,is_council
						CIPFA-NN,CIPFA nearest neighbours,AN1-DTOC,Q4 2019/20,An Council,11,yes
						CIPFA-NN,CIPFA nearest neighbours,AN1-DTOC,Q4 2019/20,Northshire,9,no
						CIPFA-NN,CIPFA nearest neighbours,AN1-DTOC,Q4 2019/20,Southshire,15,no
						CIPFA-NN,CIPFA nearest neighbours,AN1-DTOC,Q4 2019/20,Eastshire,20,no
						CIPFA-NN,CIPFA nearest neighbours,AN1-DTOC,Q4 2019/20,Westshire,25,no
						""")), TestUsers.SYSTEM);

		JsonNode analysis = JSON.readTree(Http.get(this.port, "/api/v1/indicators/AN1-DTOC/analysis").body());

		assertThat(analysis.get("periods").size()).isEqualTo(4);
		// the series ends with the year's last quarter: its figure is the year end, not a
		// trend's estimate beside it (issue 15)
		assertThat(analysis.get("forecast").get("method").asString()).isEqualTo("YEAR_END_FIGURE");
		assertThat(analysis.get("forecast").get("explanation").asString())
			.startsWith("The year ends at 11 per 100,000 (the figure for the year's last period)");
		JsonNode position = analysis.get("benchmarkPositions").get(0);
		assertThat(position.get("groupName").asString()).isEqualTo("CIPFA nearest neighbours");
		assertThat(position.get("rank").asInt()).isEqualTo(2);
		assertThat(position.get("of").asInt()).isEqualTo(5);
		assertThat(analysis.get("spc").get("enoughData").asBoolean()).isFalse();
		assertThat(Http.get(this.port, "/indicators/AN1-DTOC").body()).contains("CIPFA nearest neighbours")
			.contains("<svg");
	}

	@Test
	void aLongSeriesWithAGapIsAnalysedTheGapFlaggedAndABaselineCanBeChosen() {
		StringBuilder rows = new StringBuilder("indicator_code,data_period,reporting_period,value\n");
		uk.beacon.period.FinancialQuarter quarter = new uk.beacon.period.FinancialQuarter(2015, 1);
		double[] values = { 50, 52, 49, 51, 50, 53, 48, 50, 51, 49, 52, 50, 51, 70, 72, 71, 73 };
		for (int i = 0; i < values.length; i++) {
			if (i != 5) {
				rows.append("LS1-WAIT,")
					.append(quarter.label())
					.append(',')
					.append(quarter.label())
					.append(',')
					.append(values[i])
					.append('\n');
			}
			quarter = quarter.plusQuarters(1);
		}
		this.csvImport.run(
				List.of(file("organisation.csv", "code,name,kind\nLS1,Ls Council,council\n"), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency
						LS1-WAIT,Days waiting for assessment,LS1,days,lower_is_better,quarterly
						"""), file("measurements.csv", rows.toString())), TestUsers.SYSTEM);

		JsonNode analysis = JSON.readTree(Http.get(this.port, "/api/v1/indicators/LS1-WAIT/analysis").body());
		assertThat(analysis.get("spc").get("enoughData").asBoolean()).isTrue();
		assertThat(analysis.get("dataQuality").toString()).contains("MISSING_PERIOD").contains("Q2 2016/17");

		JsonNode rebased = JSON
			.readTree(Http.get(this.port, "/api/v1/indicators/LS1-WAIT/analysis?baseline=13").body());
		assertThat(rebased.get("spc").get("upperLimit").asDouble())
			.isLessThan(analysis.get("spc").get("upperLimit").asDouble());
		assertThat(rebased.get("spc").get("specialCauses").toString()).contains("OUTSIDE_LIMITS");
		assertThat(Http.get(this.port, "/api/v1/indicators/LS1-WAIT/analysis?baseline=3").statusCode()).isEqualTo(400);
		String withBaseline = Http.get(this.port, "/indicators/LS1-WAIT?baseline=13").body();
		assertThat(withBaseline).contains("Recalculate").contains("Baseline");
		assertThat(Http.get(this.port, "/indicators/LS1-WAIT?baseline=lots").body())
			.contains("Enter the number of points as a whole number");
	}

	@Test
	void aComparatorGroupTooSmallToRankIsSaidNotToBeRanked() {
		this.csvImport.run(
				List.of(file("organisation.csv", "code,name,kind\nSG1,Sg Council,council\n"), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency
						SG1-X,Small group measure,SG1,number,higher_is_better,quarterly
						"""),
						file("measurements.csv",
								"indicator_code,data_period,reporting_period,value\nSG1-X,Q1 2019/20,Q1 2019/20,5\n"),
						file("comparator-values.csv", """
								group_code,group_name,indicator_code,data_period,member,value
								TINY,Two neighbours,SG1-X,Q1 2019/20,Northshire,4
								""")),
				TestUsers.SYSTEM);

		assertThat(Http.get(this.port, "/indicators/SG1-X").statusCode()).isEqualTo(200);
		JsonNode analysis = JSON.readTree(Http.get(this.port, "/api/v1/indicators/SG1-X/analysis").body());
		assertThat(analysis.get("benchmarkPositions").get(0).get("explanation").asString()).contains("too few members");
	}

	private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Content-Type", "application/json")
				.header("Authorization", Http.basic("admin", uk.beacon.TestUsers.ADMIN_PASSWORD))
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
