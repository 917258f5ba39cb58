package uk.beacon.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import uk.beacon.period.FinancialQuarter;
import uk.beacon.reporting.render.ReportRenderer;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: a second council's strategic risk register, imported as that council writes
 * it (its axes keyed 1 to 5 with no words, likelihood written first, six named levels
 * with their own ranges), reads its way on the risk page, the register, the heat map, the
 * API and the cabinet report in every format, while the demo councils read as before.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilConventionsIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final FinancialQuarter Q2 = new FinancialQuarter(2019, 2);

	private static final String KEY = "A score is likelihood × impact on the 5×5 matrix, written likelihood first: "
			+ "12 (likelihood 4, impact 3).";

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ScorecardViews scorecards;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportRenderer renderer;

	private long scorecardId;

	@BeforeAll
	void importTheSecondCouncilsRegister() {
		StringBuilder matrix = new StringBuilder("council_code,axis,level,label,written\n");
		for (String axis : List.of("likelihood", "impact")) {
			for (int level = 1; level <= 5; level++) {
				String written = (level == 1) ? (axis.equals("likelihood") ? "first" : "second") : "";
				matrix.append("CONV,")
					.append(axis)
					.append(',')
					.append(level)
					.append(',')
					.append(level)
					.append(',')
					.append(written)
					.append('\n');
			}
		}
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						CONV,Convention County Council,council,
						CONV-D,Convention Adult Services,directorate,CONV
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency
						CONV-1,Adults supported to live at home,CONV-D,percent,higher_is_better,quarterly
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						CONV-1,Q2 2019/20,Q2 2019/20,80
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										CONV-SC,Convention Council Scorecard,CONV,corporate,Independence,objective,CONV-1,Q2 2019/20
										"""),
						file("risk-matrix.csv", matrix.toString()), file("risk-bands.csv", """
								council_code,from_score,to_score,level,colour
								CONV,20,25,Very High,dark_red
								CONV,15,16,High,red
								CONV,10,12,High/Medium,orange
								CONV,6,9,Medium,amber
								CONV,3,5,Medium/Low,yellow
								CONV,1,2,Low,green
								"""), file("risk-registers.csv", """
								code,name,kind,organisation_code
								CONV-SRR,Strategic Risk Register,corporate,CONV
								"""), file("risks.csv", """
								reference,register_code,kind,title
								CONV-R1,CONV-SRR,risk,Demand for adult social care exceeds the budget
								CONV-R2,CONV-SRR,risk,A cyber attack stops council services
								CONV-R3,CONV-SRR,risk,Too few care workers to recruit
								"""),
						file("risk-assessments.csv",
								"""
										reference,assessed_on,reporting_period,inherent_likelihood,inherent_impact,inherent_score,current_likelihood,current_impact,current_score,rating_as_printed
										CONV-R1,30/09/2019,Q2 2019/20,5,4,20,4,3,12,High/Medium
										CONV-R2,30/09/2019,Q2 2019/20,,,,4,5,20,Very High
										CONV-R3,30/09/2019,Q2 2019/20,,,,3,3,9,High/Medium
										""")),
				TestUsers.SYSTEM);
		this.scorecardId = this.scorecards.all()
			.stream()
			.filter(s -> s.code().equals("CONV-SC"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void theRiskPageReadsAsTheCouncilWritesIt() {
		String page = Http.getAsAdmin(this.port, "/risks/CONV-R1").body();
		assertThat(page).contains("12 (likelihood 4, impact 3): High/Medium", "20 (likelihood 5, impact 4): Very High",
				KEY, "beacon-level--orange\">High/Medium</strong>");
		assertThat(page).as("the printed rating agrees, so it is not repeated").doesNotContain("printed as");

		String disagreeing = Http.getAsAdmin(this.port, "/risks/CONV-R3").body();
		assertThat(disagreeing).contains("9 (likelihood 3, impact 3): Medium", ">Medium</strong>",
				"(printed as High/Medium)");
	}

	@Test
	void theRegisterAndHeatMapNameTheAxesAndLevels() {
		String register = Http.getAsAdmin(this.port, "/risks?register=CONV-SRR").body();
		assertThat(register).contains("12 (likelihood 4, impact 3)", "20 (likelihood 4, impact 5)", KEY,
				"beacon-level--dark_red\">Very High</strong>", "(printed as High/Medium)");

		String heatMap = Http.getAsAdmin(this.port, "/risks/heat-map?register=CONV-SRR").body();
		assertThat(heatMap).contains("Risks by impact (rows) and likelihood (columns)", KEY, "Very High", "High/Medium",
				"Medium/Low", "beacon-level--yellow");
		assertThat(heatMap).as("a numbered level is not written twice").doesNotContain(">5 5<", ">1 1<");
	}

	@Test
	void theMatrixProfileAndReviewPagesFollowTheWriting() {
		String matrix = Http.getAsAdmin(this.port, "/risks/matrix").body();
		assertThat(matrix).contains(KEY, "Dark red, counted as red", "Yellow, counted as amber");

		String profile = Http.getAsAdmin(this.port, "/risks/profile?register=CONV-SRR").body();
		assertThat(profile.indexOf(">Very High<")).as("the most severe level first")
			.isPositive()
			.isLessThan(profile.indexOf(">High/Medium<"));
		assertThat(profile.indexOf(">High/Medium<")).isLessThan(profile.indexOf(">Medium<"));

		String review = Http.getAsAdmin(this.port, "/risks/CONV-R1/review").body();
		assertThat(review).contains(">4</option>").doesNotContain(">4 4</option>");
	}

	@Test
	void theApiGivesEachRisksScoreTextAndLevelName() {
		JsonNode risks = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/risks?register=CONV-SRR").body());
		JsonNode r1 = find(risks, "CONV-R1");
		assertThat(r1.get("scoreText").asString()).isEqualTo("12 (likelihood 4, impact 3)");
		assertThat(r1.get("currentLabel").asString()).isEqualTo("12 (likelihood 4, impact 3)");
		assertThat(r1.get("inherentLabel").asString()).isEqualTo("20 (likelihood 5, impact 4)");
		assertThat(r1.get("levelName").asString()).isEqualTo("High/Medium");
		assertThat(r1.get("level").asString()).isEqualTo("High/Medium");
		assertThat(r1.get("levelColour").asString()).isEqualTo("ORANGE");
		assertThat(r1.get("ratingAsPrinted").isNull()).isTrue();
		JsonNode r3 = find(risks, "CONV-R3");
		assertThat(r3.get("levelName").asString()).isEqualTo("Medium");
		assertThat(r3.get("ratingAsPrinted").asString()).isEqualTo("High/Medium");

		JsonNode matrix = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/councils/CONV/risk-matrix").body());
		assertThat(matrix.get("writtenFirst").asString()).isEqualTo("likelihood");
		assertThat(matrix.get("impact").toString()).isEqualTo("[\"1\",\"2\",\"3\",\"4\",\"5\"]");
	}

	@Test
	void theCabinetReportCountsEachLevelAndPrintsScoresTheCouncilsWay() throws IOException {
		CabinetReport report = this.drafts.draft(this.scorecardId, Optional.of(Q2)).orElseThrow();
		assertThat(report.risks().byLevel()).extracting(RiskSection.LevelCount::level)
			.containsExactly("Very High", "High/Medium", "Medium");
		assertThat(report.risks().red()).as("Very High is dark red, one of the council's red risks")
			.singleElement()
			.satisfies(r -> {
				assertThat(r.reference()).isEqualTo("CONV-R2");
				assertThat(r.level()).isEqualTo("Very High");
				assertThat(r.position()).isEqualTo("20 (likelihood 4, impact 5)");
			});
		assertThat(report.risks().scoreKeys()).containsExactly(KEY);
		for (ReportFormat format : new ReportFormat[] { ReportFormat.HTML, ReportFormat.DOCX, ReportFormat.XLSX }) {
			assertThat(text(this.renderer.render(report, Part.A, format, null), format)).as(format.name())
				.contains("Very High", "20 (likelihood 4, impact 5)", KEY);
		}
	}

	@Test
	void theDemoCouncilsReadAsBefore() {
		String page = Http.getAsAdmin(this.port, "/risks/CR4").body();
		assertThat(page).contains("16 Major/Likely: Red",
				"A score is impact × likelihood on the 5×5 matrix, written impact first: 12 Major/Possible is "
						+ "impact Major (4) and likelihood Possible (3).");
		JsonNode risks = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/risks?register=LCC-CRR").body());
		assertThat(find(risks, "CR4").get("scoreText").asString()).isEqualTo("16 Major/Likely");
		assertThat(find(risks, "CR4").get("levelName").asString()).isEqualTo("Red");
	}

	@Test
	void eachMistakeInTheWritingIsNamedAndBandsAloneKeepIt() {
		this.csvImport.run(
				List.of(file("organisation.csv", "code,name,kind,parent_code\nCONW,Conw Council,council,\n")),
				TestUsers.SYSTEM);
		StringBuilder bothFirst = new StringBuilder("council_code,axis,level,label,written,axis_name\n");
		for (String axis : List.of("likelihood", "impact")) {
			for (int level = 1; level <= 5; level++) {
				bothFirst.append("CONW,")
					.append(axis)
					.append(',')
					.append(level)
					.append(',')
					.append(level)
					.append((level == 1) ? ",first," : ",,")
					.append('\n');
			}
		}
		List<ImportFile> bands = List.of(file("risk-bands.csv", """
				council_code,from_score,to_score,level,colour
				CONW,1,6,Low,light_green
				CONW,8,12,Medium,yellow
				CONW,15,25,High,dark_red
				"""));
		assertThat(problems(bothFirst.toString(), bands)).singleElement()
			.satisfies(p -> assertThat(p.toString()).contains("risk-matrix.csv", "written",
					"writes both axes first; one axis is written first, the other second"));

		String mistakes = bothFirst.toString()
			.replace("CONW,impact,1,1,first,", "CONW,impact,1,1,third,")
			.replace("CONW,likelihood,2,2,,", "CONW,likelihood,2,2,second,")
			.replace("CONW,impact,3,3,,", "CONW,impact,3,3,,severity")
			.replace("CONW,impact,4,4,,", "CONW,impact,4,4,,consequence");
		assertThat(problems(mistakes, bands)).extracting(Object::toString)
			.anySatisfy(p -> assertThat(p).contains("row 7", "\"written\"", "\"third\" is not first or second"))
			.anySatisfy(p -> assertThat(p).contains("row 3", "\"written\"", "an earlier row of the likelihood scale"))
			.anySatisfy(p -> assertThat(p).contains("row 10", "\"axis_name\"", "says \"severity\", this one"));
		String anotherLevelsNumber = bothFirst.toString()
			.replace("CONW,impact,1,1,first,", "CONW,impact,1,1,second,")
			.replace("CONW,likelihood,5,5,,", "CONW,likelihood,5,3,,");
		assertThat(problems(anotherLevelsNumber, bands)).extracting(Object::toString)
			.singleElement()
			.satisfies(p -> assertThat(p).contains(
					"Likelihood level 5 is labelled \"3\"; a label that is a number must be the level's own (5)"));
		assertThat(Http.getAsAdmin(this.port, "/api/v1/councils/CONW/risk-matrix").body())
			.as("nothing saved: the council has the standard matrix")
			.contains("\"Catastrophic\"");

		this.csvImport.run(List.of(
				file("risk-matrix.csv",
						bothFirst.toString()
							.replace("CONW,impact,1,1,first,", "CONW,impact,1,1,second,severity")
							.replace("CONW,likelihood,1,1,first,", "CONW,likelihood,1,1,first,probability")),
				bands.get(0)), TestUsers.SYSTEM);
		this.csvImport.run(List.of(file("risk-bands.csv", """
				council_code,from_score,to_score,level,colour
				CONW,1,4,Low,green
				CONW,5,12,Medium,amber
				CONW,15,25,High,red
				""")), TestUsers.SYSTEM);
		JsonNode matrix = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/councils/CONW/risk-matrix").body());
		assertThat(matrix.get("writtenFirst").asString()).as("bands alone keep the writing").isEqualTo("likelihood");
		assertThat(matrix.get("likelihoodName").asString()).isEqualTo("probability");
		assertThat(matrix.get("impactName").asString()).isEqualTo("severity");
		assertThat(matrix.get("bands").get(1).get("level").asString()).isEqualTo("Medium");
		assertThat(matrix.get("bands").get(1).get("from").asString()).isEqualTo("5");
	}

	private List<uk.beacon.imports.ImportProblem> problems(String matrix, List<ImportFile> others) {
		List<ImportFile> files = new java.util.ArrayList<>(others);
		files.add(0, file("risk-matrix.csv", matrix));
		try {
			this.csvImport.run(files, TestUsers.SYSTEM);
		}
		catch (uk.beacon.imports.ImportFailedException ex) {
			return ex.problems();
		}
		throw new AssertionError("the import should have failed");
	}

	private static JsonNode find(JsonNode risks, String reference) {
		for (JsonNode risk : risks) {
			if (risk.get("reference").asString().equals(reference)) {
				return risk;
			}
		}
		throw new AssertionError("No " + reference + " in " + risks);
	}

	private static String text(byte[] file, ReportFormat format) throws IOException {
		return switch (format) {
			case DOCX -> {
				try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
					yield new XWPFWordExtractor(doc).getText();
				}
			}
			case XLSX -> {
				try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
					yield new XSSFExcelExtractor(book).getText();
				}
			}
			default -> new String(file, StandardCharsets.UTF_8);
		};
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
