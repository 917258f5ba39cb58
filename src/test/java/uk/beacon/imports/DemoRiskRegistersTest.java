package uk.beacon.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.beacon.risk.BandColour;
import uk.beacon.risk.RiskAssessment;
import uk.beacon.risk.RiskKind;
import uk.beacon.risk.RiskLevel;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskPosition;
import uk.beacon.risk.RiskPositions;
import uk.beacon.risk.RiskRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * The corporate risk registers in the councils' reports, as transcribed in
 * src/test/resources/council-reports, are in the demo data as printed, and every printed
 * score is impact × likelihood on the matrix Beacon imports (docs/demo-data.md, "Risk
 * registers").
 */
class DemoRiskRegistersTest {

	private static final DemoDataSet LANCASHIRE = DemoDataSet.read("lancashire");

	private static final DemoDataSet WORCESTERSHIRE = DemoDataSet.read("worcestershire");

	private static final List<Map<String, String>> REGISTER = CouncilReports.read(CouncilReports.LANCASHIRE_RISKS);

	private static final String ELLIPSIS = "…";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	/** CR1's two sub-parts, quoted in the transcription's note. */
	private static final Pattern SUB_PART = Pattern.compile("\"\\d\\. ([^\"]+)\"");

	@Test
	void everyCellOfLancashiresKeyIsImpactTimesLikelihoodOnTheImportedMatrix() {
		RiskMatrix matrix = lancashireMatrix();
		List<Map<String, String>> key = CouncilReports.read(CouncilReports.LANCASHIRE_KEY);

		assertThat(key).hasSize(25);
		assertThat(matrix.size()).isEqualTo(5);
		// the key prints no bands: Beacon's default bands are written out
		assertThat(matrix.bands()).isEqualTo(RiskMatrix.standard().bands());
		assertSoftly(softly -> {
			for (Map<String, String> cell : key) {
				int impact = Integer.parseInt(cell.get("impact_level"));
				int likelihood = Integer.parseInt(cell.get("likelihood_level"));
				String where = cell.get("impact_label_risk") + "/" + cell.get("likelihood_label");
				softly.assertThat(matrix.impactLevel(cell.get("impact_label_risk"), RiskKind.RISK))
					.as(where)
					.hasValue(impact);
				softly.assertThat(matrix.impactLevel(cell.get("impact_label_opportunity"), RiskKind.OPPORTUNITY))
					.as(where)
					.hasValue(impact);
				softly.assertThat(matrix.likelihoodLevel(cell.get("likelihood_label"))).as(where).hasValue(likelihood);
				softly.assertThat(RiskPosition.of(impact, likelihood).score())
					.as(where)
					.isEqualTo(Integer.parseInt(cell.get("score")));
			}
		});
	}

	@Test
	void everyLancashireResidualIsRecordedAsPrintedAndScoresOnTheMatrix() {
		RiskMatrix matrix = lancashireMatrix();
		Map<String, Map<String, String>> assessments = oneEach(LANCASHIRE.rows("risk-assessments.csv"));
		assertSoftly(softly -> {
			for (Map<String, String> entry : REGISTER) {
				String reference = entry.get("id");
				RiskKind kind = RiskKind.fromCode(entry.get("kind")).orElseThrow();
				Map<String, String> assessment = assessments.get(reference);
				RiskPositions.Result printed = RiskPositions.readAsPrinted(entry.get("residual_text"), matrix, kind);
				RiskPositions.Result printedByColumn = RiskPositions.read(entry.get("residual_impact"),
						entry.get("residual_likelihood"), entry.get("residual_score"), matrix, kind);
				RiskPositions.Result recorded = position(assessment, "residual", matrix, kind);
				softly.assertThat(printed.isError()).as("%s: %s", reference, printed.message()).isFalse();
				softly.assertThat(printedByColumn.isError())
					.as("%s: %s", reference, printedByColumn.message())
					.isFalse();
				softly.assertThat(recorded.position()).as(reference).isEqualTo(printed.position());
				softly.assertThat(recorded.position()).as(reference).isEqualTo(printedByColumn.position());
				softly.assertThat(recorded.position().map(RiskPosition::hasFactors)).as(reference).contains(true);
			}
		});
	}

	@Test
	void everyLancashireInherentScoreIsThePrintedRiskScoreAlone() {
		RiskMatrix matrix = lancashireMatrix();
		Map<String, Map<String, String>> assessments = oneEach(LANCASHIRE.rows("risk-assessments.csv"));
		assertSoftly(softly -> {
			for (Map<String, String> entry : REGISTER) {
				String reference = entry.get("id");
				RiskKind kind = RiskKind.fromCode(entry.get("kind")).orElseThrow();
				int printed = Integer.parseInt(entry.get("risk_score"));
				softly.assertThat(matrix.achievable(printed)).as(reference).isTrue();
				softly.assertThat(position(assessments.get(reference), "inherent", matrix, kind).position())
					.as(reference)
					.contains(RiskPosition.scoreOnly(printed));
				softly.assertThat(position(assessments.get(reference), "current", matrix, kind).position())
					.as("%s current position, not printed", reference)
					.isEmpty();
			}
		});
	}

	@Test
	void lancashiresRegisterRatesSixEntriesRedAndElevenAmberOnTheirResiduals() {
		RiskMatrix matrix = lancashireMatrix();
		Map<BandColour, Long> colours = new EnumMap<>(BandColour.class);
		for (Map<String, String> row : LANCASHIRE.rows("risk-assessments.csv")) {
			RiskLevel level = RiskRules.level(assessment(row, matrix, kindOf(LANCASHIRE, row.get("reference"))),
					matrix);
			assertThat(level.derived()).as(row.get("reference")).isTrue();
			colours.merge(level.colour(), 1L, Long::sum);
		}

		assertThat(colours).isEqualTo(Map.of(BandColour.RED, 6L, BandColour.AMBER, 11L));
	}

	@Test
	void lancashiresEntriesAreRecordedAsPrinted() {
		Map<String, Map<String, String>> risks = oneEach(LANCASHIRE.rows("risks.csv"));
		Map<String, Map<String, String>> assessments = oneEach(LANCASHIRE.rows("risk-assessments.csv"));

		assertThat(risks.keySet()).containsExactlyElementsOf(REGISTER.stream().map(e -> e.get("id")).toList());
		assertThat(assessments.keySet()).containsExactlyInAnyOrderElementsOf(risks.keySet());
		assertThat(LANCASHIRE.rows("risk-registers.csv")).singleElement()
			.satisfies(r -> assertThat(List.of(r.get("code"), r.get("name"), r.get("kind"), r.get("organisation_code")))
				.containsExactly("LCC-CRR", "Corporate Risk & Opportunity Register", "corporate", "LCC"));
		assertSoftly(softly -> {
			for (Map<String, String> entry : REGISTER) {
				String reference = entry.get("id");
				Map<String, String> risk = risks.get(reference);
				softly.assertThat(risk)
					.as(reference)
					.containsEntry("title", entry.get("title"))
					.containsEntry("kind", entry.get("kind"))
					.containsEntry("category", entry.get("type"))
					.containsEntry("consequences", entry.get("consequences_summary"))
					.containsEntry("owner", entry.get("owner"))
					.containsEntry("direction_as_printed", entry.get("direction_of_travel"))
					.containsEntry("register_code", "LCC-CRR")
					.containsEntry("status", "open")
					.containsEntry("review_months", "3")
					.containsEntry("restricted", "no");
				if (!entry.get("id_as_printed").equals(reference)) {
					softly.assertThat(risk.get("note")).as(reference).contains(entry.get("id_as_printed"));
				}
				Matcher subPart = SUB_PART.matcher(entry.get("note"));
				while (subPart.find()) {
					softly.assertThat(risk.get("description")).as("%s sub-part", reference).contains(subPart.group(1));
				}
				softly.assertThat(assessments.get(reference))
					.as(reference)
					.containsEntry("assessed_on", "31/12/2019")
					.containsEntry("reporting_period", "Q3 2019/20")
					.containsEntry("target_date", "")
					.containsEntry("rating_as_printed", "")
					.containsEntry("comment", "");
			}
		});
	}

	@Test
	void lancashiresControlsAndActionsAreThePrintedSummariesSplitAtSemicolons() {
		List<Map<String, String>> controls = LANCASHIRE.rows("risk-controls.csv");
		List<Map<String, String>> actions = LANCASHIRE.rows("risk-actions.csv");

		assertThat(pairs(controls, "control")).containsExactlyElementsOf(printed("current_controls_summary"));
		assertThat(pairs(actions, "action")).containsExactlyElementsOf(printed("mitigating_actions_summary"));
		// the register rates no control and gives no action a status, owner or due date
		assertThat(controls).allSatisfy(c -> assertThat(c.get("effectiveness")).isEqualTo("not_assessed"));
		assertThat(actions).allSatisfy(a -> assertThat(List.of(a.get("status"), a.get("owner"), a.get("due")))
			.containsExactly("open", "", ""));
	}

	@Test
	void worcestershireRatesOnlyTheThreeRisksItsReportRates() {
		List<Map<String, String>> printed = CouncilReports.read(CouncilReports.WORCESTERSHIRE_RISKS);
		Map<String, Map<String, String>> assessments = oneEach(WORCESTERSHIRE.rows("risk-assessments.csv"));
		Map<BandColour, Long> colours = new EnumMap<>(BandColour.class);

		assertThat(assessments).containsOnlyKeys("WCR1", "WCR4", "WCR7");
		assertSoftly(softly -> {
			for (Map<String, String> risk : printed) {
				String reference = "WCR" + risk.get("risk_number");
				Map<String, String> row = assessments.get(reference);
				if (risk.get("rag").isEmpty()) {
					softly.assertThat(row).as("%s has no printed rating", reference).isNull();
					continue;
				}
				softly.assertThat(row).as(reference).isNotNull();
				if (row == null) {
					continue;
				}
				softly.assertThat(row)
					.as(reference)
					.containsEntry("rating_as_printed", risk.get("rag"))
					.containsEntry("comment", risk.get("why_red"))
					.containsEntry("assessed_on", "31/03/2017")
					.containsEntry("reporting_period", "Q4 2016/17");
				// Worcestershire has no matrix of its own: the rating is read on Beacon's
				RiskAssessment assessment = assessment(row, RiskMatrix.standard(), RiskKind.RISK);
				softly.assertThat(assessment.rated()).as("%s has no printed score", reference).isNull();
				RiskLevel level = RiskRules.level(assessment, RiskMatrix.standard());
				softly.assertThat(level.colour()).as(reference).isEqualTo(BandColour.fromCode(risk.get("rag")).get());
				colours.merge(level.colour(), 1L, Long::sum);
			}
		});
		assertThat(colours).isEqualTo(Map.of(BandColour.AMBER, 1L, BandColour.RED, 2L));
	}

	@Test
	void worcestershiresTenRisksAreRecordedAsPrinted() {
		List<Map<String, String>> printed = CouncilReports.read(CouncilReports.WORCESTERSHIRE_RISKS);
		Map<String, Map<String, String>> risks = oneEach(WORCESTERSHIRE.rows("risks.csv"));

		assertThat(risks.keySet())
			.containsExactlyElementsOf(printed.stream().map(r -> "WCR" + r.get("risk_number")).toList());
		assertThat(printed).hasSize(10);
		assertThat(WORCESTERSHIRE.rows("risk-registers.csv")).singleElement()
			.satisfies(r -> assertThat(List.of(r.get("code"), r.get("name"), r.get("kind"), r.get("organisation_code")))
				.containsExactly("WCC-CRR", "Corporate Risk Register", "corporate", "WCC"));
		assertSoftly(softly -> {
			for (Map<String, String> risk : printed) {
				String reference = "WCR" + risk.get("risk_number");
				softly.assertThat(risks.get(reference))
					.as(reference)
					.containsEntry("title", risk.get("title"))
					.containsEntry("kind", "risk")
					.containsEntry("direction_as_printed", risk.get("movement_text"));
				softly.assertThat(risks.get(reference).get("note"))
					.as(reference)
					.contains("corporate risk " + risk.get("risk_number") + ";");
			}
		});
	}

	private static RiskMatrix lancashireMatrix() {
		assertThat(LANCASHIRE.matrices).containsOnlyKeys("LCC");
		return LANCASHIRE.matrices.get("LCC");
	}

	private static RiskPositions.Result position(Map<String, String> assessment, String prefix, RiskMatrix matrix,
			RiskKind kind) {
		return RiskPositions.read(assessment.get(prefix + "_impact"), assessment.get(prefix + "_likelihood"),
				assessment.get(prefix + "_score"), matrix, kind);
	}

	/**
	 * The assessment as the import builds it from its row.
	 */
	private static RiskAssessment assessment(Map<String, String> row, RiskMatrix matrix, RiskKind kind) {
		return new RiskAssessment(LocalDate.parse(row.get("assessed_on"), DATE),
				CouncilReports.quarter(row.get("reporting_period")),
				position(row, "inherent", matrix, kind).position().orElse(null),
				position(row, "current", matrix, kind).position().orElse(null),
				position(row, "residual", matrix, kind).position().orElse(null), null, row.get("rating_as_printed"),
				row.get("comment"));
	}

	private static RiskKind kindOf(DemoDataSet council, String reference) {
		return RiskKind.fromCode(oneEach(council.rows("risks.csv")).get(reference).get("kind")).orElseThrow();
	}

	private static Map<String, Map<String, String>> oneEach(List<Map<String, String>> rows) {
		return rows.stream().collect(Collectors.toMap(r -> r.get("reference"), Function.identity(), (a, b) -> {
			throw new AssertionError("two rows for " + a.get("reference"));
		}, LinkedHashMap::new));
	}

	private static List<String> pairs(List<Map<String, String>> rows, String column) {
		return rows.stream().map(r -> r.get("reference") + ": " + r.get(column)).toList();
	}

	/**
	 * The register's summaries split at "; ", without the transcription's "…" that marks
	 * where it lists more.
	 */
	private static List<String> printed(String column) {
		List<String> items = new ArrayList<>();
		for (Map<String, String> entry : REGISTER) {
			Stream.of(entry.get(column).split("; "))
				.map(String::strip)
				.filter(item -> !item.isEmpty() && !item.equals(ELLIPSIS))
				.forEach(item -> items.add(entry.get("id") + ": " + item));
		}
		return items;
	}

}
