package uk.beacon.risk;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.risk.Assessments.MATRIX;
import static uk.beacon.risk.Assessments.current;
import static uk.beacon.risk.Assessments.printed;
import static uk.beacon.risk.Assessments.quarter;

class RiskRulesDirectionTest {

	private static RiskDirection direction(String period, RiskAssessment... history) {
		return RiskRules.direction(List.of(history), quarter(period), MATRIX);
	}

	@Test
	void increasedWhenTheRatedScoreRoseSinceTheLastReport() {
		assertThat(direction("Q3 2019/20", current("30/09/2019", "Q2 2019/20", 4, 3),
				current("31/12/2019", "Q3 2019/20", 4, 4)))
			.isEqualTo(RiskDirection.INCREASED);
	}

	@Test
	void reducedWhenTheRatedScoreFell() {
		assertThat(direction("Q3 2019/20", current("30/09/2019", "Q2 2019/20", 5, 4),
				current("31/12/2019", "Q3 2019/20", 4, 4)))
			.isEqualTo(RiskDirection.REDUCED);
	}

	@Test
	void unchangedWhenTheScoreIsTheSameWhateverItsFactors() {
		assertThat(direction("Q3 2019/20", current("30/09/2019", "Q2 2019/20", 3, 4),
				current("31/12/2019", "Q3 2019/20", 4, 3)))
			.isEqualTo(RiskDirection.UNCHANGED);
	}

	@Test
	void newWhenThereIsNoEarlierReport() {
		assertThat(direction("Q3 2019/20", current("31/12/2019", "Q3 2019/20", 4, 3))).isEqualTo(RiskDirection.NEW);
	}

	@Test
	void twoReviewsInTheSameQuarterAreNotSinceTheLastReport() {
		assertThat(direction("Q3 2019/20", current("15/10/2019", "Q3 2019/20", 4, 3),
				current("31/12/2019", "Q3 2019/20", 4, 4)))
			.isEqualTo(RiskDirection.NEW);
	}

	@Test
	void comparesTheLatestOfEachQuarter() {
		// the earlier report showed 16 (its last review), not 12
		assertThat(direction("Q3 2019/20", current("15/07/2019", "Q2 2019/20", 4, 3),
				current("30/09/2019", "Q2 2019/20", 4, 4), current("15/10/2019", "Q3 2019/20", 5, 5),
				current("31/12/2019", "Q3 2019/20", 4, 4)))
			.isEqualTo(RiskDirection.UNCHANGED);
	}

	@Test
	void comparesWithTheLastReportEvenWhenItWasQuartersAgo() {
		assertThat(direction("Q3 2019/20", current("30/06/2019", "Q1 2019/20", 4, 4),
				current("31/12/2019", "Q3 2019/20", 4, 3)))
			.isEqualTo(RiskDirection.REDUCED);
	}

	@Test
	void unchangedWhenTheRiskWasNotReviewedThisQuarter() {
		// the Q3 report shows the Q2 review again
		assertThat(direction("Q3 2019/20", current("30/06/2019", "Q1 2019/20", 4, 4),
				current("30/09/2019", "Q2 2019/20", 4, 3)))
			.isEqualTo(RiskDirection.UNCHANGED);
	}

	@Test
	void ignoresAssessmentsReportedAfterThePeriod() {
		assertThat(direction("Q2 2019/20", current("30/06/2019", "Q1 2019/20", 4, 4),
				current("30/09/2019", "Q2 2019/20", 4, 3), current("31/12/2019", "Q3 2019/20", 5, 5)))
			.isEqualTo(RiskDirection.REDUCED);
	}

	@Test
	void readsTheHistoryInAnyOrder() {
		assertThat(direction("Q3 2019/20", current("31/12/2019", "Q3 2019/20", 4, 4),
				current("30/09/2019", "Q2 2019/20", 4, 3)))
			.isEqualTo(RiskDirection.INCREASED);
	}

	@Test
	void comparesPrintedRatingsRedAboveAmberAboveGreen() {
		// Worcestershire risk 4: "INCREASED TO RED SINCE LAST REPORT"
		assertThat(direction("Q4 2016/17", printed("30/09/2016", "Q2 2016/17", "AMBER"),
				printed("31/03/2017", "Q4 2016/17", "RED")))
			.isEqualTo(RiskDirection.INCREASED);
		// risk 1: "reduced to 'amber' since September 2016"
		assertThat(direction("Q4 2016/17", printed("30/09/2016", "Q2 2016/17", "RED"),
				printed("31/03/2017", "Q4 2016/17", "AMBER")))
			.isEqualTo(RiskDirection.REDUCED);
		// risk 7: "REMAINS RED SINCE LAST REPORT"
		assertThat(direction("Q4 2016/17", printed("30/09/2016", "Q2 2016/17", "RED"),
				printed("31/03/2017", "Q4 2016/17", "Red")))
			.isEqualTo(RiskDirection.UNCHANGED);
		assertThat(direction("Q4 2016/17", printed("30/09/2016", "Q2 2016/17", "GREEN"),
				printed("31/03/2017", "Q4 2016/17", "AMBER")))
			.isEqualTo(RiskDirection.INCREASED);
	}

	@Test
	void comparesLevelsWhenOnlyOneHasAScore() {
		assertThat(direction("Q3 2019/20", printed("30/09/2019", "Q2 2019/20", "RED"),
				current("31/12/2019", "Q3 2019/20", 4, 3)))
			.isEqualTo(RiskDirection.REDUCED);
		assertThat(direction("Q3 2019/20", current("30/09/2019", "Q2 2019/20", 5, 4),
				printed("31/12/2019", "Q3 2019/20", "Red")))
			.isEqualTo(RiskDirection.UNCHANGED);
	}

	@Test
	void cannotTellTheDirectionOfAnUnrecognisedRating() {
		assertThat(direction("Q4 2016/17", printed("30/09/2016", "Q2 2016/17", "TBC"),
				printed("31/03/2017", "Q4 2016/17", "RED")))
			.isNull();
		assertThat(direction("Q4 2016/17", printed("30/09/2016", "Q2 2016/17", "TBC"),
				printed("31/03/2017", "Q4 2016/17", "tbc")))
			.isEqualTo(RiskDirection.UNCHANGED);
	}

	@Test
	void noDirectionWithoutAnAssessmentUpToThePeriod() {
		assertThat(direction("Q1 2019/20", current("31/12/2019", "Q3 2019/20", 4, 3))).isNull();
		assertThat(direction("Q1 2019/20")).isNull();
	}

	@Test
	void readsTheCouncilsOwnBandWordsWhenComparingRatings() {
		RiskMatrix highLow = new RiskMatrix(2, List.of("Low", "High"), null, List.of("Unlikely", "Likely"),
				List.of(new RiskBand(1, 2, "Low", BandColour.GREEN), new RiskBand(4, 4, "High", BandColour.RED)));
		List<RiskAssessment> ratings = List.of(printed("30/09/2016", "Q2 2016/17", "LOW"),
				printed("31/03/2017", "Q4 2016/17", "HIGH"));
		assertThat(RiskRules.direction(ratings, quarter("Q4 2016/17"), highLow)).isEqualTo(RiskDirection.INCREASED);
	}

	@Test
	void theLatestUpToAPeriodIsByQuarterThenDate() {
		RiskAssessment reportedLate = current("02/10/2019", "Q2 2019/20", 4, 4);
		RiskAssessment reportedOnTime = current("30/09/2019", "Q3 2019/20", 4, 3);
		List<RiskAssessment> history = List.of(reportedOnTime, reportedLate, current("30/06/2019", "Q1 2019/20", 1, 1));
		assertThat(RiskRules.latestUpTo(history, quarter("Q3 2019/20"))).contains(reportedOnTime);
		assertThat(RiskRules.latestUpTo(history, quarter("Q2 2019/20"))).contains(reportedLate);
		assertThat(RiskRules.latestUpTo(history, quarter("Q4 2018/19"))).isEmpty();
	}

	@Test
	void directionsReadAsOfficersSayThem() {
		assertThat(RiskDirection.INCREASED.label()).isEqualTo("Increased");
		assertThat(RiskDirection.REDUCED.label()).isEqualTo("Reduced");
		assertThat(RiskDirection.UNCHANGED.label()).isEqualTo("Unchanged");
		assertThat(RiskDirection.NEW.label()).isEqualTo("New this period");
	}

}
