package uk.beacon.analytics;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DataQualityValuesTest {

	private static final List<String> QUARTERS = List.of("Q1 2019/20", "Q2 2019/20", "Q3 2019/20", "Q4 2019/20",
			"Q1 2020/21", "Q2 2020/21", "Q3 2020/21", "Q4 2020/21");

	private static List<String> quarters(int count) {
		return QUARTERS.subList(0, count);
	}

	@Test
	void aQuarterMissingBetweenReportedOnesIsFlagged() {
		// Lancashire library visits, Q1 and Q3 2019/20, with Q2 never entered
		List<DataQualityFlag> flags = DataQuality.values(Arrays.asList(872939.0, null, 841582.0), quarters(3));

		assertThat(flags).containsExactly(new DataQualityFlag(DataQualityIssue.MISSING_PERIOD, 1,
				"Q2 2019/20 has no value, although Q1 2019/20 and Q3 2019/20 do; add it or record why it is missing."));
	}

	@Test
	void eachPeriodOfALongerGapIsFlaggedNamingThePeriodsEitherSide() {
		List<DataQualityFlag> flags = DataQuality.values(Arrays.asList(1.0, null, null, 4.0), quarters(4));

		assertThat(flags).extracting(DataQualityFlag::index).containsExactly(1, 2);
		assertThat(flags).allSatisfy((flag) -> {
			assertThat(flag.issue()).isEqualTo(DataQualityIssue.MISSING_PERIOD);
			assertThat(flag.message()).contains("although Q1 2019/20 and Q4 2019/20 do");
		});
	}

	@Test
	void periodsBeforeTheFirstValueOrAfterTheLastAreNotFlagged() {
		// not yet reported, or no longer collected: not a gap
		assertThat(DataQuality.values(Arrays.asList(null, 2.0, 3.0, null), quarters(4))).isEmpty();
		assertThat(DataQuality.values(Arrays.asList(null, null, null), quarters(3))).isEmpty();
		assertThat(DataQuality.values(List.of(), List.of())).isEmpty();
	}

	@Test
	void aValueFarAboveTheIndicatorsUsualRangeIsFlagged() {
		List<Double> values = List.of(12.0, 11.0, 13.0, 12.0, 14.0, 41.0, 12.0, 10.0);

		assertThat(DataQuality.values(values, QUARTERS)).containsExactly(new DataQualityFlag(DataQualityIssue.OUTLIER,
				5, "41 for Q2 2020/21 is far above this indicator's usual range (median 12, at least half of the "
						+ "values within 1 of it); check it was entered correctly."));
	}

	@Test
	void aValueFarBelowTheIndicatorsUsualRangeIsFlagged() {
		List<Double> values = List.of(82.1, 66.9, 60.2, 73.6, 1.2, 70.5);

		List<DataQualityFlag> flags = DataQuality.values(values, quarters(6));
		assertThat(flags).extracting(DataQualityFlag::index).containsExactly(4);
		assertThat(flags.get(0).message()).startsWith("1.2 for Q1 2020/21 is far below this indicator's usual range");
	}

	@Test
	void theLimitIsAModifiedZScoreOfThreeAndAHalf() {
		// median 12 and MAD 1: 17 scores 0.6745 × 5 = 3.37, 18 scores 4.05
		assertThat(DataQuality.values(List.of(12.0, 11.0, 13.0, 12.0, 13.0, 11.0, 17.0), quarters(7))).isEmpty();
		assertThat(DataQuality.values(List.of(12.0, 11.0, 13.0, 12.0, 13.0, 11.0, 18.0), quarters(7)))
			.extracting(DataQualityFlag::index)
			.containsExactly(6);
	}

	@Test
	void fewerThanSixValuesAreTooFewToJudgeOutliers() {
		assertThat(DataQuality.values(List.of(12.0, 12.5, 13.0, 11.0, 400.0), quarters(5))).isEmpty();
		// missing periods do not count towards the six
		assertThat(DataQuality.values(Arrays.asList(12.0, null, 13.0, 11.0, 12.5, 400.0), quarters(6)))
			.extracting(DataQualityFlag::issue)
			.containsExactly(DataQualityIssue.MISSING_PERIOD);
	}

	@Test
	void noOutliersWhenMostValuesAreTheSame() {
		// at least half at 100%: the spread is 0 and a 98% is not a typing error
		assertThat(DataQuality.values(List.of(100.0, 100.0, 100.0, 100.0, 98.0, 100.0), quarters(6))).isEmpty();
	}

	@Test
	void missingPeriodsAndOutliersComeInTimeOrder() {
		List<Double> values = Arrays.asList(12.0, 11.0, 410.0, null, 13.0, 12.0, 12.5, 11.5);

		assertThat(DataQuality.values(values, QUARTERS)).extracting(DataQualityFlag::issue, DataQualityFlag::index)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(DataQualityIssue.OUTLIER, 2),
					org.assertj.core.groups.Tuple.tuple(DataQualityIssue.MISSING_PERIOD, 3));
	}

	@Test
	void aSteadySeriesHasNothingToCheck() {
		assertThat(DataQuality.values(List.of(82.1, 66.9, 60.2, 73.6, 70.0, 75.3, 68.8, 71.1), QUARTERS)).isEmpty();
	}

	@Test
	void everyValueNeedsAPeriodLabel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataQuality.values(List.of(1.0, 2.0), List.of("Q1 2019/20")))
			.withMessage("Each of the 2 values needs a period label, but there are 1");
		assertThatNullPointerException()
			.isThrownBy(() -> DataQuality.values(List.of(1.0, 2.0), Arrays.asList("Q1 2019/20", null)));
		assertThatNullPointerException().isThrownBy(() -> DataQuality.values(null, List.of()));
	}

	@Test
	void refusesAValueThatIsNotANumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> DataQuality.values(List.of(1.0, Double.NaN), quarters(2)))
			.withMessage("The value for Q2 2019/20 must be a number, not NaN");
	}

	@Test
	void theIssuesHaveLabelsForTheReport() {
		assertThat(DataQualityIssue.OUTLIER.label()).isEqualTo("Unusual value");
		assertThat(DataQualityIssue.DENOMINATOR_JUMP.label()).isEqualTo("Denominator jump");
		assertThat(DataQualityIssue.MISSING_PERIOD.label()).isEqualTo("Missing period");
		assertThat(DataQualityIssue.SUSPECT_TARGET.label()).isEqualTo("Suspect target");
	}

}
