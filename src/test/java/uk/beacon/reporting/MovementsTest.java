package uk.beacon.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: "moved between ratings" compares like with like, the assessed status with the
 * last report's assessed status and the rule's with the rule's, and says which is which
 * where they differ: a value that fell never reads "Green, previously Amber" because one
 * status is the officers' and the other the rule's.
 */
class MovementsTest {

	@Test
	void aFallingValueIsComparedAssessedWithAssessedAndRuleWithRule() {
		// last quarter the rule said Amber and the officers Green; this quarter the value
		// fell and both say Amber
		IndicatorLine line = Reports.assessed("A", "Rent collected", "AMBER", "AMBER", "GREEN", "AMBER", "95%", "98%");

		assertThat(line.assessedMoved()).isTrue();
		assertThat(line.ruleMoved()).isFalse();
		assertThat(line.movement()).isEqualTo("Previously Green; by the rule Amber, unchanged");
		Summary.Movement movement = Reports.of(List.of(line), Reports.noRisks()).summary().movements().get(0);
		assertThat(movement.now()).isEqualTo("Amber");
		assertThat(movement.previously()).isEqualTo("Green (rule: Amber)");
	}

	@Test
	void anOverrideKeptWhileTheRuleMovedIsAMovementOfTheRuleOnly() {
		IndicatorLine line = Reports.assessed("A", "Rent collected", "GREEN", "RED", "GREEN", "AMBER", "90%", "98%");

		assertThat(line.moved()).isTrue();
		assertThat(line.assessedMoved()).isFalse();
		assertThat(line.movement()).isEqualTo("Unchanged; by the rule Red, previously Amber");
		CabinetReport report = Reports.of(List.of(line), Reports.noRisks());
		Summary.Movement movement = report.summary().movements().get(0);
		assertThat(movement.now()).isEqualTo("Green (rule: Red)");
		assertThat(movement.previously()).isEqualTo("Green (rule: Amber)");
		assertThat(NarrativeDraft.of(report))
			.contains("1 indicator's rule status changed while the officers' "
					+ "assessed status did not: Rent collected (Green as assessed; by the rule Red, previously Amber).")
			.doesNotContain("turned green");
	}

	@Test
	void whereTheStatusesAgreeTheMovementReadsAsBefore() {
		IndicatorLine line = Reports.assessed("A", "Rent collected", "RED", "RED", "GREEN", "GREEN", "84%", "86%");

		assertThat(line.movement()).isEqualTo("Previously Green");
		CabinetReport report = Reports.of(List.of(line), Reports.noRisks());
		assertThat(report.summary().movements().get(0).now()).isEqualTo("Red");
		assertThat(report.summary().movements().get(0).previously()).isEqualTo("Green");
		assertThat(NarrativeDraft.of(report))
			.contains("1 indicator turned red this quarter: Rent collected, 84% " + "against 86% (previously Green).");
	}

	@Test
	void theNarrativeSaysBothStatusesOfAMovedIndicatorWhereTheyDiffer() {
		IndicatorLine line = Reports.assessed("A", "Rent collected", "AMBER", "RED", "GREEN", "AMBER", "90%", "98%");

		assertThat(NarrativeDraft.of(Reports.of(List.of(line), Reports.noRisks())))
			.contains("1 indicator turned amber this quarter: Rent collected, 90% against 98% (previously Green, "
					+ "Amber by the rule; Red by the rule now).");
	}

	@Test
	void aReportPublishedBeforeRuleStatusesWereKeptComparesTheAssessedStatusAlone() {
		IndicatorLine line = Reports.assessed("A", "Rent collected", "AMBER", "RED", "GREEN", null, "90%", "98%");

		assertThat(line.ruleMoved()).isFalse();
		assertThat(line.movement()).isEqualTo("Previously Green");
	}

}
