package uk.beacon.risk;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.beacon.risk.Assessments.MATRIX;
import static uk.beacon.risk.Assessments.current;
import static uk.beacon.risk.Assessments.date;
import static uk.beacon.risk.Assessments.printed;
import static uk.beacon.risk.Assessments.withTarget;

class RiskRulesDatesTest {

	private static boolean redInLast12Months(String asOf, RiskAssessment... history) {
		return RiskRules.redInLast12Months(List.of(history), MATRIX, date(asOf));
	}

	@Test
	void redWhenAnAssessmentInTheYearWasRed() {
		assertThat(redInLast12Months("31/12/2019", current("30/06/2019", "Q1 2019/20", 4, 4),
				current("31/12/2019", "Q3 2019/20", 4, 3)))
			.isTrue();
	}

	@Test
	void notRedWhenNoAssessmentInTheYearWasRed() {
		assertThat(redInLast12Months("31/12/2019", current("30/06/2019", "Q1 2019/20", 4, 3),
				current("31/12/2019", "Q3 2019/20", 2, 3)))
			.isFalse();
	}

	@Test
	void aRedAssessmentExactlyAYearAgoIsOutsideTheYear() {
		assertThat(redInLast12Months("31/12/2019", current("31/12/2018", "Q3 2018/19", 5, 5))).isFalse();
	}

	@Test
	void aRedAssessmentTheDayAfterAYearAgoIsInside() {
		assertThat(redInLast12Months("31/12/2019", current("01/01/2019", "Q4 2018/19", 5, 5))).isTrue();
	}

	@Test
	void aRedAssessmentOnTheDayIsInside() {
		assertThat(redInLast12Months("31/12/2019", current("31/12/2019", "Q3 2019/20", 5, 5))).isTrue();
	}

	@Test
	void aRedAssessmentAfterTheDayIsNotCounted() {
		assertThat(redInLast12Months("31/12/2019", current("01/01/2020", "Q4 2019/20", 5, 5))).isFalse();
	}

	@Test
	void aPrintedRedRatingCounts() {
		assertThat(redInLast12Months("31/03/2017", printed("31/03/2017", "Q4 2016/17", "RED"))).isTrue();
		assertThat(redInLast12Months("31/03/2017", printed("31/03/2017", "Q4 2016/17", "AMBER"))).isFalse();
	}

	@Test
	void noHistoryWasNeverRed() {
		assertThat(redInLast12Months("31/03/2017")).isFalse();
	}

	@Test
	void targetDatePassedWithTheRatedScoreStillAboveTheResidual() {
		RiskAssessment latest = withTarget("30/09/2019", RiskPosition.of(4, 4), RiskPosition.of(4, 3), "31/12/2019");
		assertThat(RiskRules.targetDatePassed(latest, RiskKind.RISK, date("01/01/2020"))).isTrue();
	}

	@Test
	void targetDateNotPassedOnTheDayItself() {
		RiskAssessment latest = withTarget("30/09/2019", RiskPosition.of(4, 4), RiskPosition.of(4, 3), "31/12/2019");
		assertThat(RiskRules.targetDatePassed(latest, RiskKind.RISK, date("31/12/2019"))).isFalse();
	}

	@Test
	void targetDatePassedButTheTargetWasReached() {
		RiskAssessment latest = withTarget("30/09/2019", RiskPosition.of(3, 4), RiskPosition.of(4, 3), "31/12/2019");
		assertThat(RiskRules.targetDatePassed(latest, RiskKind.RISK, date("01/01/2020"))).isFalse();
	}

	@Test
	void noTargetDateHasNotPassed() {
		RiskAssessment latest = current("30/09/2019", "Q2 2019/20", 5, 5);
		assertThat(RiskRules.targetDatePassed(latest, RiskKind.RISK, date("01/01/2030"))).isFalse();
		assertThat(RiskRules.targetDatePassed(null, RiskKind.RISK, date("01/01/2030"))).isFalse();
	}

	@Test
	void anOpportunityMissesItsTargetByStayingBelowIt() {
		RiskAssessment latest = withTarget("30/09/2019", RiskPosition.of(3, 3), RiskPosition.of(5, 3), "31/12/2019");
		assertThat(RiskRules.targetDatePassed(latest, RiskKind.OPPORTUNITY, date("01/01/2020"))).isTrue();
		assertThat(RiskRules.targetReached(latest, RiskKind.OPPORTUNITY)).isFalse();
		RiskAssessment reached = withTarget("30/09/2019", RiskPosition.of(5, 3), RiskPosition.of(5, 3), "31/12/2019");
		assertThat(RiskRules.targetDatePassed(reached, RiskKind.OPPORTUNITY, date("01/01/2020"))).isFalse();
	}

	@Test
	void withoutACurrentPositionTheTargetIsNotKnownToBeReachedOrMissed() {
		RiskAssessment latest = withTarget("30/09/2019", null, RiskPosition.of(4, 3), "31/12/2019");
		assertThat(RiskRules.targetReached(latest, RiskKind.RISK)).isFalse();
	}

	@Test
	void aRiskRatedOnItsResidualIsNeverAboveIt() {
		RiskAssessment latest = withTarget("30/09/2019", null, RiskPosition.of(4, 3), "31/12/2019");
		assertThat(RiskRules.targetDatePassed(latest, RiskKind.RISK, date("01/01/2020"))).isFalse();
	}

	@Test
	void reviewOverdueTheDayAfterItWasDue() {
		assertThat(RiskRules.reviewOverdue(date("31/03/2020"), date("01/04/2020"))).isTrue();
		assertThat(RiskRules.reviewOverdue(date("31/03/2020"), date("31/03/2020"))).isFalse();
		assertThat(RiskRules.reviewOverdue(date("31/03/2020"), date("30/03/2020"))).isFalse();
		assertThat(RiskRules.reviewOverdue(null, date("30/03/2020"))).isFalse();
	}

	@Test
	void nextReviewIsTheReviewIntervalAfterTheLastAssessment() {
		assertThat(RiskRules.nextReview(date("31/12/2019"), 3)).isEqualTo(date("31/03/2020"));
		assertThat(RiskRules.nextReview(date("30/09/2019"), 12)).isEqualTo(date("30/09/2020"));
	}

	@Test
	void nextReviewFallsOnTheLastDayOfAShorterMonth() {
		assertThat(RiskRules.nextReview(date("31/08/2019"), 3)).isEqualTo(date("30/11/2019"));
		assertThat(RiskRules.nextReview(date("30/11/2019"), 3)).isEqualTo(date("29/02/2020"));
	}

	@Test
	void aScheduledReviewHoldsUntilAReviewTakesPlaceThenTheIntervalRunsFromThatReview() {
		assertThat(RiskRules.nextReview(date("15/01/2020"), date("31/12/2019"), 3)).isEqualTo(date("15/01/2020"));
		assertThat(RiskRules.nextReview(date("15/01/2020"), date("20/01/2020"), 3)).isEqualTo(date("20/04/2020"));
		assertThat(RiskRules.nextReview(null, date("20/01/2020"), 3)).isEqualTo(date("20/04/2020"));
	}

	@Test
	void rejectsAReviewIntervalBelowOneMonth() {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskRules.nextReview(date("31/12/2019"), 0))
			.withMessage("A risk is reviewed every 1 to 36 months; 0 months is not a review interval.");
	}

}
