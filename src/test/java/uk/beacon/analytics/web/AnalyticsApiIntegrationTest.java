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
	void aShortSeriesGetsTrialLimitsWithAWarningAndOneValueNone() throws Exception {
		JsonNode few = JSON.readTree(
				post("/api/v1/analytics/spc", "{\"values\": [1, 2, 3], \"polarity\": \"HIGHER_IS_BETTER\"}").body());
		assertThat(few.get("enoughData").asBoolean()).isTrue();
		assertThat(few.get("trialLimits").asBoolean()).isTrue();
		assertThat(few.get("mean").asDouble()).isEqualTo(2.0);
		assertThat(few.get("warnings").get(0).asString()).startsWith("Trial limits for values 1 to 3");

		JsonNode one = JSON
			.readTree(post("/api/v1/analytics/spc", "{\"values\": [1], \"polarity\": \"HIGHER_IS_BETTER\"}").body());
		assertThat(one.get("enoughData").asBoolean()).isFalse();
		assertThat(one.get("explanation").asString()).contains("Not enough data");

		HttpResponse<String> bad = post("/api/v1/analytics/spc", "{\"values\": [1, 2, 3], \"polarity\": \"UP\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(bad.body()).get("detail").asString()).contains("\"UP\" is not a polarity");
	}

	/**
	 * Wheeler, Making Sense of Data, Table 9.1, accident rates: recalculated after the
	 * twelfth value, each group gets the limits Wheeler publishes for it (25.6 to 43.9,
	 * then 18.0 to 39.3), firm with a minimum of 12 and trial with the standard 13.
	 */
	@Test
	void recalculatesTheLimitsWhereAskedWithTheMinimumChosen() throws Exception {
		String values = "[43, 40, 37, 33, 30, 33, 34, 35, 29, 33, 31, 39, 35, 37, 33, 32, 27, 29, 31, 22, 25, 30, 24, 19]";

		JsonNode spc = JSON.readTree(post("/api/v1/analytics/spc",
				"{\"values\": " + values
						+ ", \"polarity\": \"LOWER_IS_BETTER\", \"recalculateAfter\": [12], \"minimumPoints\": 12}")
			.body());

		JsonNode segments = spc.get("segments");
		assertThat(segments.size()).isEqualTo(2);
		assertThat(segments.get(0).get("lowerLimit").asDouble()).isCloseTo(25.6, within(0.05));
		assertThat(segments.get(0).get("upperLimit").asDouble()).isCloseTo(43.9, within(0.05));
		assertThat(segments.get(1).get("firstIndex").asInt()).isEqualTo(12);
		assertThat(segments.get(1).get("lowerLimit").asDouble()).isCloseTo(18.0, within(0.05));
		assertThat(segments.get(1).get("upperLimit").asDouble()).isCloseTo(39.3, within(0.05));
		assertThat(spc.get("upperLimit").asDouble()).isCloseTo(39.3, within(0.05));
		assertThat(spc.get("points").get(11).get("segment").asInt()).isZero();
		assertThat(spc.get("points").get(12).get("segment").asInt()).isEqualTo(1);
		assertThat(spc.get("trialLimits").asBoolean()).isFalse();
		assertThat(spc.get("minimumPoints").asInt()).isEqualTo(12);
		assertThat(spc.get("warnings").size()).isZero();

		JsonNode standard = JSON.readTree(post("/api/v1/analytics/spc",
				"{\"values\": " + values + ", \"polarity\": \"LOWER_IS_BETTER\", \"recalculateAfter\": [12]}")
			.body());
		assertThat(standard.get("trialLimits").asBoolean()).isTrue();
		assertThat(standard.get("warnings").size()).isEqualTo(2);
	}

	/**
	 * NHSRplotthedots, vignette "Deviations from Excel defaults": screened, the limits
	 * are -0.72 and 4.6 around a mean of 1.94; unscreened, as the Excel tools, wider.
	 */
	@Test
	void screensLargeMovingRangesWhenAsked() throws Exception {
		String values = "[1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]";

		JsonNode screened = JSON.readTree(post("/api/v1/analytics/spc",
				"{\"values\": " + values + ", \"polarity\": \"HIGHER_IS_BETTER\", \"screenMovingRanges\": true}")
			.body());
		JsonNode plain = JSON
			.readTree(post("/api/v1/analytics/spc", "{\"values\": " + values + ", \"polarity\": \"HIGHER_IS_BETTER\"}")
				.body());

		assertThat(screened.get("upperLimit").asDouble()).isCloseTo(4.6, within(0.005));
		assertThat(screened.get("lowerLimit").asDouble()).isCloseTo(-0.72, within(0.005));
		assertThat(screened.get("screenMovingRanges").asBoolean()).isTrue();
		assertThat(screened.get("segments").get(0).get("screenedOut").toString()).isEqualTo("[4,5]");
		assertThat(screened.get("points").get(4).get("movingRangeScreenedOut").asBoolean()).isTrue();
		assertThat(plain.get("upperLimit").asDouble()).isCloseTo(6.95, within(0.005));
		assertThat(plain.get("screenMovingRanges").asBoolean()).isFalse();
	}

	@Test
	void eachPointSaysWhichWayItsSpecialCausePoints() throws Exception {
		String body = """
				{"values": [10, 11, 9, 10, 12, 10, 11, 9, 10, 11, 10, 9, 11, 10, 30],
				 "polarity": "LOWER_IS_BETTER"}""";

		JsonNode points = JSON.readTree(post("/api/v1/analytics/spc", body).body()).get("points");

		assertThat(points.get(14).get("direction").asString()).isEqualTo("HIGHER");
		assertThat(points.get(14).get("nature").asString()).isEqualTo("CONCERN");
		assertThat(points.get(14).get("variation").asString()).isEqualTo("CONCERN_HIGH");
		assertThat(points.get(0).get("direction").isNull()).isTrue();
		assertThat(points.get(0).get("nature").isNull()).isTrue();
		assertThat(points.get(0).get("variation").asString()).isEqualTo("COMMON_CAUSE");
	}

	@Test
	void refusesChoicesItCannotUseWithTheReason() throws Exception {
		String values = "\"values\": [1, 2, 3, 4, 5, 6], \"polarity\": \"HIGHER_IS_BETTER\"";
		assertRefused("{" + values + ", \"recalculateAfter\": [1]}",
				"The recalculation after point 1 leaves only 1 point before it; each set of limits needs at least 2.");
		assertRefused("{" + values + ", \"recalculateAfter\": [6]}",
				"A recalculation after point 6 is not inside the 6 values given; choose from 1 to 5.");
		assertRefused("{" + values + ", \"recalculateAfter\": [3, 3]}",
				"The recalculation after point 3 is given twice.");
		assertRefused("{" + values + ", \"recalculateAfter\": [null]}", "A recalculation point is missing");
		assertRefused("{" + values + ", \"baseline\": 4, \"recalculateAfter\": [3]}",
				"The baseline of 4 points runs past the recalculation after point 3; choose at most 3.");
		assertRefused("{" + values + ", \"baseline\": 1}", "A baseline needs at least 2 points");
		assertRefused("{" + values + ", \"minimumPoints\": 1}",
				"The minimum number of points must be at least 2; it was 1.");
		assertRefused("{" + values + ", \"runLength\": 0}", "The run length must be at least 2; it was 0.");
		assertThat(post("/api/v1/analytics/spc", "{" + values + ", \"recalculateAfter\": [\"soon\"]}").statusCode())
			.isEqualTo(400);
		assertThat(post("/api/v1/analytics/spc", "{" + values + ", \"screenMovingRanges\": \"maybe\"}").statusCode())
			.isEqualTo(400);
	}

	private void assertRefused(String body, String reason) throws Exception {
		HttpResponse<String> response = post("/api/v1/analytics/spc", body);
		assertThat(response.statusCode()).as(body).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("detail").asString()).as(body).contains(reason);
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
		// four quarters give trial limits, said to be so
		assertThat(analysis.get("spc").get("enoughData").asBoolean()).isTrue();
		assertThat(analysis.get("spc").get("trialLimits").asBoolean()).isTrue();
		assertThat(analysis.get("spc").get("warnings").get(0).asString()).startsWith("Trial limits for values 1 to 4");
		assertThat(analysis.get("spc").get("directions").size()).isEqualTo(4);
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
		assertThat(Http.get(this.port, "/api/v1/indicators/LS1-WAIT/analysis?baseline=1").statusCode()).isEqualTo(400);
		// the unit's dashboard shows the indicator's icons, with their words
		String variation = uk.beacon.analytics.VariationIcon.valueOf(analysis.get("spc").get("variation").asString())
			.label();
		String dashboard = Http.get(this.port, "/dashboard/LS1", "admin", TestUsers.ADMIN_PASSWORD).body();
		assertThat(dashboard).contains("beacon-spc-icon").contains(variation).contains("No target");
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
