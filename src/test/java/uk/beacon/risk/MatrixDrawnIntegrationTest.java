package uk.beacon.risk;

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
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 20: a council that draws its matrix with likelihood down the side and writes
 * likelihood first sees its heat map drawn that way round and its scoring forms ask for
 * likelihood before impact; the profile narrows to a risk area as the heat map does.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatrixDrawnIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@BeforeAll
	void importACouncilThatDrawsLikelihoodDownTheSide() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				DRAW,Drawn County Council,council,
				"""), file("risk-matrix.csv", matrix("rows", "columns")), file("risk-bands.csv", """
				council_code,from_score,to_score,level,colour
				DRAW,15,25,High,red
				DRAW,5,12,Medium,amber
				DRAW,1,4,Low,green
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code
				DRAW-SRR,Drawn Strategic Risk Register,corporate,DRAW
				"""), file("risk-areas.csv", """
				code,council_code,title,lead,mitigations,level,level_reason,since
				DRAW-FIN,DRAW,Financial control,Chief Financial Officer,Budget monitored monthly,,,01/04/2019
				DRAW-WORK,DRAW,Workforce,Head of HR,Recruitment campaign,,,01/04/2019
				"""), file("risks.csv", """
				reference,register_code,kind,title,area_code
				DRAW-R1,DRAW-SRR,risk,The budget overspends,DRAW-FIN
				DRAW-R2,DRAW-SRR,risk,Too few social workers,DRAW-WORK
				"""), file("risk-assessments.csv", """
				reference,assessed_on,reporting_period,current_likelihood,current_impact,current_score
				DRAW-R1,30/09/2019,Q2 2019/20,4,2,8
				DRAW-R2,30/09/2019,Q2 2019/20,1,5,5
				""")), TestUsers.SYSTEM);
	}

	@Test
	void theHeatMapHasLikelihoodDownTheSideAndEachRiskInItsSquare() {
		String page = Http.getAsAdmin(this.port, "/risks/heat-map?register=DRAW-SRR").body();
		assertThat(page).contains("Risks by likelihood (rows) and impact (columns)");
		// the first row is the highest likelihood, "5 Certain"; the column headers run
		// through impact from its lowest, "1 Insignificant"
		assertThat(page.indexOf(">5 Certain<")).isPositive().isLessThan(page.indexOf(">1 Rare<"));
		assertThat(page.indexOf(">1 Insignificant<")).isPositive().isLessThan(page.indexOf(">5 Certain<"));

		HeatMap map = HeatMap.of(List.of(), matrixOf("DRAW"));
		assertThat(map.rows().get(0).level()).isEqualTo(5);
		assertThat(map.rows().get(0).cells().get(1).impact()).as("the second column is impact 2").isEqualTo(2);
		assertThat(map.rows().get(0).cells().get(1).likelihood()).isEqualTo(5);
		// likelihood 4 is the second row; impact 2 the second column
		String row = page.substring(page.indexOf(">4 Likely<"), page.indexOf(">3 Possible<"));
		int second = nth(row, "<td", 2);
		assertThat(row.substring(second, nth(row, "<td", 3))).contains("DRAW-R1");
	}

	@Test
	void theScoringFormsAskForLikelihoodFirst() {
		String review = Http.getAsAdmin(this.port, "/risks/DRAW-R1/review").body();
		assertThat(review.indexOf("id=\"currentLikelihood\"")).isPositive()
			.isLessThan(review.indexOf("id=\"currentImpact\""));
		String standard = Http.getAsAdmin(this.port, "/risks/CR1/review").body();
		assertThat(standard.indexOf("id=\"currentImpact\"")).as("a council writing impact first keeps impact first")
			.isPositive()
			.isLessThan(standard.indexOf("id=\"currentLikelihood\""));
		String newRisk = Http.getAsAdmin(this.port, "/risks/new?register=DRAW-SRR").body();
		assertThat(newRisk).contains("Pick each position by likelihood and impact");
	}

	@Test
	void theApiAndMatrixPageSayWhichWayRoundAndTheStandardStaysAsItWas() {
		JsonNode matrix = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/councils/DRAW/risk-matrix").body());
		assertThat(matrix.get("rows").asString()).isEqualTo("likelihood");
		assertThat(matrix.get("writtenFirst").asString()).isEqualTo("likelihood");
		JsonNode demo = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/councils/LCC/risk-matrix").body());
		assertThat(demo.get("rows").asString()).isEqualTo("impact");
		assertThat(Http.getAsAdmin(this.port, "/risks/matrix/DRAW").body()).contains(
				"Which axis runs down the side of the matrix", "id=\"rows-likelihood\" value=\"likelihood\" checked");
	}

	@Test
	void bothAxesOnOneSideIsRefusedAndNothingChanges() {
		assertThatExceptionOfType(ImportFailedException.class)
			.isThrownBy(() -> this.csvImport
				.run(List.of(file("risk-matrix.csv", matrix("rows", "rows")), file("risk-bands.csv", """
						council_code,from_score,to_score,level,colour
						DRAW,1,25,Every,green
						""")), TestUsers.SYSTEM))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ImportProblem::toString)
				.anySatisfy(p -> assertThat(p).contains("\"drawn\"", "puts both axes on the same side")));
		assertThatExceptionOfType(ImportFailedException.class)
			.isThrownBy(() -> this.csvImport.run(
					List.of(file("risk-matrix.csv", matrix("rows", "columns").replace("first,rows", "first,down"))),
					TestUsers.SYSTEM))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ImportProblem::toString)
				.anySatisfy(p -> assertThat(p).contains("\"down\" is not rows or columns")));
		assertThat(matrixOf("DRAW").writing().likelihoodOnRows()).isTrue();
		assertThat(matrixOf("DRAW").bands()).hasSize(3);
	}

	@Test
	void theProfileNarrowsToARiskArea() {
		// both risks are Medium (scores 8 and 5); only the first is in Financial control
		String count = "<th scope=\"row\" class=\"govuk-table__header\">Medium</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">";
		String whole = Http.getAsAdmin(this.port, "/risks/profile?register=DRAW-SRR").body();
		assertThat(whole).contains(count + "2<");
		String area = Http.getAsAdmin(this.port, "/risks/profile?area=DRAW-FIN").body();
		assertThat(area).contains("Risk profile", "Financial control", count + "1<");
	}

	@Test
	void aCouncilsMatrixPreviewFindsItsRisksWhateverItsNumber() {
		// a council whose identity is past 127, as a busy database's are: two identities
		// are compared as numbers, never as the same object
		StringBuilder units = new StringBuilder(
				"code,name,kind,parent_code\nMANY,Many Directorates Council,council,\n");
		for (int i = 1; i <= 130; i++) {
			units.append("MANY-").append(i).append(",Directorate ").append(i).append(",directorate,MANY\n");
		}
		units.append("LATE,Late Council,council,\n");
		this.csvImport.run(List.of(file("organisation.csv", units.toString()), file("risk-registers.csv", """
				code,name,kind,organisation_code
				LATE-CRR,Late corporate register,corporate,LATE
				"""), file("risks.csv", """
				reference,register_code,kind,title
				LATE-1,LATE-CRR,risk,Savings not delivered
				"""), file("risk-assessments.csv", """
				reference,assessed_on,reporting_period,current_impact,current_likelihood
				LATE-1,30/09/2019,Q2 2019/20,4,3
				""")), TestUsers.SYSTEM);
		uk.beacon.organisation.OrganisationUnit late = this.units.findByCode("LATE").orElseThrow();
		assertThat(late.id()).isGreaterThan(127L);
		RiskMatrix standard = RiskMatrix.standard();
		RiskMatrix redAtTwelve = new RiskMatrix(5, standard.impactLabels(), standard.opportunityImpactLabels(),
				standard.likelihoodLabels(), List.of(new RiskBand(1, 6, "Green", BandColour.GREEN),
						new RiskBand(8, 10, "Amber", BandColour.AMBER), new RiskBand(12, 25, "Red", BandColour.RED)));
		MatrixPreview preview = this.views.matrixPreview(late, redAtTwelve, uk.beacon.access.Audience.everywhere());
		assertThat(preview.changes()).extracting(MatrixPreview.LevelChange::reference).containsExactly("LATE-1");
	}

	@Autowired
	RiskViews views;

	@Autowired
	uk.beacon.organisation.OrganisationUnits units;

	private RiskMatrix matrixOf(String council) {
		return this.views.matrixOfCouncil(this.units.findByCode(council).orElseThrow());
	}

	/**
	 * Likelihood written first, each axis drawn as given, labelled as the standard key.
	 */
	private static String matrix(String likelihoodDrawn, String impactDrawn) {
		List<String> likelihoods = List.of("Rare", "Unlikely", "Possible", "Likely", "Certain");
		List<String> impacts = List.of("Insignificant", "Minor", "Moderate", "Major", "Catastrophic");
		StringBuilder csv = new StringBuilder("council_code,axis,level,label,written,drawn\n");
		for (int level = 1; level <= 5; level++) {
			csv.append("DRAW,likelihood,")
				.append(level)
				.append(',')
				.append(likelihoods.get(level - 1))
				.append((level == 1) ? ",first," + likelihoodDrawn : ",,")
				.append('\n');
		}
		for (int level = 1; level <= 5; level++) {
			csv.append("DRAW,impact,")
				.append(level)
				.append(',')
				.append(impacts.get(level - 1))
				.append((level == 1) ? ",second," + impactDrawn : ",,")
				.append('\n');
		}
		return csv.toString();
	}

	private static int nth(String text, String what, int n) {
		int at = -1;
		for (int i = 0; i < n; i++) {
			at = text.indexOf(what, at + 1);
		}
		return at;
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
