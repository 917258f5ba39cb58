package uk.beacon.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the demo files keep to beyond what the import refuses: each council's files are
 * the source of truth, edited by hand, so their conventions are checked here (the import
 * itself is run on them by every integration test, which loads the demo data).
 */
class DemoFilesTest {

	@ParameterizedTest
	@ValueSource(strings = { "worcestershire", "lancashire" })
	void everyFileEndsItsLinesWithALineFeedAlone(String council) {
		DemoDataSet files = DemoDataSet.read(council);

		assertThat(files.files).isNotEmpty()
			.allSatisfy((name, content) -> assertThat(new String(content, StandardCharsets.UTF_8)).as(name)
				.doesNotContain("\r")
				.doesNotStartWith("\uFEFF")
				.endsWith("\n"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "worcestershire", "lancashire" })
	void aScorecardSectionIsNeverResumedAfterAnotherSection(String council) {
		// the import would merge a resumed section into its first rows and reorder the
		// scorecard
		Map<String, List<String>> sections = new LinkedHashMap<>();
		for (Map<String, String> row : DemoDataSet.read(council).rows("scorecards.csv")) {
			List<String> order = sections.computeIfAbsent(row.get("scorecard_code"), s -> new ArrayList<>());
			if (order.isEmpty() || !order.get(order.size() - 1).equals(row.get("section"))) {
				assertThat(order).as("%s resumes the section \"%s\"", row.get("scorecard_code"), row.get("section"))
					.doesNotContain(row.get("section"));
				order.add(row.get("section"));
			}
		}
		assertThat(sections).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "worcestershire", "lancashire" })
	void everyIndicatorIsOnAScorecard(String council) {
		DemoDataSet files = DemoDataSet.read(council);
		Set<String> placed = new HashSet<>();
		files.scorecards.values().forEach(s -> s.sectionIndicators.values().forEach(placed::addAll));

		assertThat(placed).isEqualTo(files.indicators.keySet());
	}

	@ParameterizedTest
	@ValueSource(strings = { "worcestershire", "lancashire" })
	void everyRiskAssessmentAndLinkSaysWhyInItsNote(String council) {
		DemoDataSet files = DemoDataSet.read(council);

		assertThat(files.rows("risk-assessments.csv")).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("note")).as(row.get("reference")).isNotBlank());
		assertThat(files.rows("risk-links.csv")).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("note")).as(row.get("reference")).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "worcestershire", "lancashire" })
	void noRiskLinkIsRecordedTwice(String council) {
		List<String> links = DemoDataSet.read(council)
			.rows("risk-links.csv")
			.stream()
			.map(row -> String.join("|", row.get("reference"), row.get("indicator_code"), row.get("scorecard_code"),
					row.get("section")))
			.toList();

		assertThat(links).isNotEmpty().doesNotHaveDuplicates();
	}

	@Test
	void noControlOrActionKeepsTheTranscriptionsEllipsis() {
		DemoDataSet lancashire = DemoDataSet.read("lancashire");

		assertThat(lancashire.rows("risk-controls.csv")).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("control")).doesNotContain("…"));
		assertThat(lancashire.rows("risk-actions.csv")).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("action")).doesNotContain("…"));
	}

	@Test
	void worcestershireUsesBeaconsDefaultMatrix() {
		DemoDataSet worcestershire = DemoDataSet.read("worcestershire");

		assertThat(worcestershire.hasFile("risk-matrix.csv")).isFalse();
		assertThat(worcestershire.hasFile("risk-bands.csv")).isFalse();
		assertThat(worcestershire.matrices).isEmpty();
		assertThat(worcestershire.hasFile("risks.csv")).isTrue();
	}

}
