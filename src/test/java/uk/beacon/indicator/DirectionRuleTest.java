package uk.beacon.indicator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DirectionRuleTest {

	private static final Target NONE = new Target.None();

	private static final Target ADMISSIONS_RANGE = new Target.Range(new BigDecimal("600"), new BigDecimal("680"));

	private static DirectionAssessment compare(String current, String earlier, Polarity polarity, Unit unit,
			int decimalPlaces) {
		return compare(current, earlier, polarity, NONE, unit, decimalPlaces);
	}

	private static DirectionAssessment compare(String current, String earlier, Polarity polarity, Target target,
			Unit unit, int decimalPlaces) {
		return DirectionRule.compare((current != null) ? new BigDecimal(current) : null,
				(earlier != null) ? new BigDecimal(earlier) : null, "Q3 2016/17", polarity, target, unit,
				decimalPlaces);
	}

	private static DirectionAssessment admissions(String current, String earlier) {
		return DirectionRule.compare(new BigDecimal(current), new BigDecimal(earlier), "Q2 2019/20",
				Polarity.WITHIN_RANGE, ADMISSIONS_RANGE, Unit.RATE_PER_100000, 1);
	}

	@Test
	void improvingWhenAValueWhereLowerIsBetterFalls() {
		assertThat(compare("8.92", "9.11", Polarity.LOWER_IS_BETTER, Unit.DAYS, 2)).isEqualTo(new DirectionAssessment(
				DirectionOfTravel.IMPROVING, "Improving: 8.92 days, down from 9.11 days in Q3 2016/17."));
	}

	@Test
	void worseningWhenAValueWhereLowerIsBetterRises() {
		assertThat(compare("9.11", "8.92", Polarity.LOWER_IS_BETTER, Unit.DAYS, 2)).isEqualTo(new DirectionAssessment(
				DirectionOfTravel.WORSENING, "Worsening: 9.11 days, up from 8.92 days in Q3 2016/17."));
	}

	@Test
	void improvingWhenAValueWhereHigherIsBetterRises() {
		assertThat(compare("86", "84", Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 0)).isEqualTo(
				new DirectionAssessment(DirectionOfTravel.IMPROVING, "Improving: 86%, up from 84% in Q3 2016/17."));
	}

	@Test
	void worseningWhenAValueWhereHigherIsBetterFalls() {
		assertThat(compare("76", "78", Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 0)).isEqualTo(
				new DirectionAssessment(DirectionOfTravel.WORSENING, "Worsening: 76%, down from 78% in Q3 2016/17."));
	}

	@Test
	void increasingOrDecreasingForAContextualMeasure() {
		assertThat(compare("6.92", "6.5", Polarity.NO_POLARITY, Unit.PERCENT, 2)).isEqualTo(new DirectionAssessment(
				DirectionOfTravel.INCREASING, "Increasing: 6.92%, up from 6.50% in Q3 2016/17."));
		assertThat(compare("1642317", "1700000", Polarity.NO_POLARITY, Unit.NUMBER, 0))
			.isEqualTo(new DirectionAssessment(DirectionOfTravel.DECREASING,
					"Decreasing: 1,642,317, down from 1,700,000 in Q3 2016/17."));
	}

	@Test
	void noChangeWhenEqualAsPrinted() {
		assertThat(compare("8.921", "8.92", Polarity.LOWER_IS_BETTER, Unit.DAYS, 2)).isEqualTo(new DirectionAssessment(
				DirectionOfTravel.NO_CHANGE, "No change: 8.92 days, the same as in Q3 2016/17."));
		assertThat(compare("84.4", "83.5", Polarity.NO_POLARITY, Unit.PERCENT, 0).direction())
			.isEqualTo(DirectionOfTravel.NO_CHANGE);
	}

	@Test
	void notApplicableWithoutAnEarlierValue() {
		assertThat(compare("84", null, Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 0)).isEqualTo(new DirectionAssessment(
				DirectionOfTravel.NOT_APPLICABLE, "Not applicable: there is no earlier value to compare with."));
	}

	@Test
	void notApplicableWithoutACurrentValue() {
		assertThat(compare(null, "84", Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 0))
			.isEqualTo(new DirectionAssessment(DirectionOfTravel.NOT_APPLICABLE,
					"Not applicable: there is no current value to compare with the earlier one."));
	}

	@Test
	void saysPreviouslyWhenTheEarlierPeriodHasNoLabel() {
		assertThat(DirectionRule.compare(BigDecimal.TEN, BigDecimal.ONE, " ", Polarity.HIGHER_IS_BETTER, NONE,
				Unit.NUMBER, 0))
			.isEqualTo(new DirectionAssessment(DirectionOfTravel.IMPROVING, "Improving: 10, up from 1 previously."));
	}

	@Test
	void withinRangeIsImprovingWhenMovingCloserToTheRange() {
		assertThat(admissions("690", "698.6")).isEqualTo(new DirectionAssessment(DirectionOfTravel.IMPROVING,
				"Improving: 690 per 100,000, down from 698.6 per 100,000 in Q2 2019/20, "
						+ "closer to the target range of 600–680 per 100,000."));
		assertThat(admissions("650", "590").direction()).isEqualTo(DirectionOfTravel.IMPROVING);
	}

	@Test
	void withinRangeIsWorseningWhenMovingFurtherFromTheRange() {
		assertThat(admissions("698.6", "697.8")).isEqualTo(new DirectionAssessment(DirectionOfTravel.WORSENING,
				"Worsening: 698.6 per 100,000, up from 697.8 per 100,000 in Q2 2019/20, "
						+ "further from the target range of 600–680 per 100,000."));
		assertThat(admissions("570", "650").direction()).isEqualTo(DirectionOfTravel.WORSENING);
	}

	@Test
	void withinRangeOnlyReportsTheMovementInsideTheRange() {
		assertThat(admissions("650", "620")).isEqualTo(new DirectionAssessment(DirectionOfTravel.INCREASING,
				"Increasing: 650 per 100,000, up from 620 per 100,000 in Q2 2019/20, "
						+ "both within the target range of 600–680 per 100,000."));
	}

	@Test
	void withinRangeOnlyReportsTheMovementWhenAsFarAwayOnTheOtherSide() {
		assertThat(admissions("590", "690")).isEqualTo(new DirectionAssessment(DirectionOfTravel.DECREASING,
				"Decreasing: 590 per 100,000, down from 690 per 100,000 in Q2 2019/20, "
						+ "the same distance from the target range of 600–680 per 100,000."));
	}

	@Test
	void withinRangeTreatsAValueTargetAsARangeOfOnePoint() {
		Target four = new Target.Value(new BigDecimal("4"));
		assertThat(compare("5", "7", Polarity.WITHIN_RANGE, four, Unit.NUMBER, 0)).isEqualTo(new DirectionAssessment(
				DirectionOfTravel.IMPROVING, "Improving: 5, down from 7 in Q3 2016/17, closer to the target of 4."));
		assertThat(compare("2", "3", Polarity.WITHIN_RANGE, four, Unit.NUMBER, 0).direction())
			.isEqualTo(DirectionOfTravel.WORSENING);
	}

	@Test
	void withinRangeWithoutARangeOnlyReportsTheMovement() {
		assertThat(compare("5", "7", Polarity.WITHIN_RANGE, NONE, Unit.NUMBER, 0))
			.isEqualTo(new DirectionAssessment(DirectionOfTravel.DECREASING,
					"Decreasing: 5, down from 7 in Q3 2016/17, with no target range to judge it against."));
	}

	@Test
	void polarityAndUnitAreRequired() {
		assertThatNullPointerException().isThrownBy(() -> compare("1", "2", null, Unit.NUMBER, 0));
		assertThatNullPointerException().isThrownBy(() -> compare("1", "2", Polarity.NO_POLARITY, null, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> compare("1", "2", Polarity.NO_POLARITY, Unit.NUMBER, -1));
	}

}
