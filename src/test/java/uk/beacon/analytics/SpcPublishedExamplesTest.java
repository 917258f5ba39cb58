package uk.beacon.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.beacon.analytics.Charts.flagged;
import static uk.beacon.analytics.Charts.range;
import static uk.beacon.analytics.Charts.values;

/**
 * Worked XmR examples whose mean, average moving range and limits were published, cited
 * in {@code docs/spc.md}.
 */
class SpcPublishedExamplesTest {

	/**
	 * Wheeler, Making Sense of Data (SPC Press, 2003), p. 382, "Data set to use when
	 * verifying software": average 4135.50, average moving range 355.93, limits 3188.72
	 * and 5082.28 (as transcribed in the tests of the statprocon library,
	 * github.com/mattmccormick/statprocon, tests/test_xmr.py).
	 */
	@Test
	void reproducesWheelersDataSetForVerifyingSoftware() {
		SpcAnalysis analysis = Charts.analyse(
				values(5045, 4350, 4350, 3975, 4290, 4430, 4485, 4285, 3980, 3925, 3645, 3760, 3300, 3685, 3463, 5200),
				Improvement.UP);

		assertThat(analysis.points().stream().map(SpcPoint::movingRange)).containsExactly(null, 695.0, 0.0, 375.0,
				315.0, 140.0, 55.0, 200.0, 305.0, 55.0, 280.0, 115.0, 460.0, 385.0, 222.0, 1737.0);
		assertThat(analysis.mean()).isEqualTo(4135.5);
		assertThat(analysis.averageMovingRange()).isCloseTo(355.93, within(0.005));
		assertThat(analysis.lowerLimit()).isCloseTo(3188.72, within(0.005));
		assertThat(analysis.upperLimit()).isCloseTo(5082.28, within(0.005));
		assertThat(analysis.baselinePoints()).isEqualTo(16);
	}

	/**
	 * The same data under the Making Data Count rules: seven values below the mean, two
	 * of them beyond the lower two-sigma line, then 5,200 above the upper limit.
	 */
	@Test
	void wheelersDataSetEndsWithAnImprovementAboveTheUpperLimit() {
		SpcAnalysis analysis = Charts.analyse(
				values(5045, 4350, 4350, 3975, 4290, 4430, 4485, 4285, 3980, 3925, 3645, 3760, 3300, 3685, 3463, 5200),
				Improvement.UP);

		assertThat(flagged(analysis, SpecialCause.RUN)).isEqualTo(range(8, 14));
		assertThat(flagged(analysis, SpecialCause.TWO_OF_THREE_NEAR_LIMIT)).containsExactly(12, 14);
		assertThat(flagged(analysis, SpecialCause.OUTSIDE_LIMITS)).containsExactly(15);
		assertThat(flagged(analysis, SpecialCause.TREND)).isEmpty();
		assertThat(analysis.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
	}

	/**
	 * Wheeler, Making Sense of Data, Table 9.1, accident rates: the limits of group A are
	 * 25.6 to 43.9 and those of group B 18.0 to 39.3 (each from its own twelve values).
	 * Fixing group A as the baseline puts four of group B's values below its lower limit.
	 */
	@Test
	void reproducesWheelersAccidentRatesAndJudgesTheSecondGroupAgainstTheFirst() {
		List<Double> groupA = values(43, 40, 37, 33, 30, 33, 34, 35, 29, 33, 31, 39);
		List<Double> groupB = values(35, 37, 33, 32, 27, 29, 31, 22, 25, 30, 24, 19);
		SpcSettings twelve = new SpcSettings(7, 7, 12);

		SpcAnalysis a = Spc.analyse(groupA, Improvement.DOWN, null, SpcLimitChoices.none(), twelve);
		SpcAnalysis b = Spc.analyse(groupB, Improvement.DOWN, null, SpcLimitChoices.none(), twelve);
		assertThat(a.lowerLimit()).isCloseTo(25.6, within(0.05));
		assertThat(a.upperLimit()).isCloseTo(43.9, within(0.05));
		assertThat(b.lowerLimit()).isCloseTo(18.0, within(0.05));
		assertThat(b.upperLimit()).isCloseTo(39.3, within(0.05));

		List<Double> both = Charts.join(groupA, groupB.stream().mapToDouble(Double::doubleValue).toArray());
		SpcAnalysis judged = Spc.analyse(both, Improvement.DOWN, null, 12, twelve);
		assertThat(judged.upperLimit()).isEqualTo(a.upperLimit());
		assertThat(flagged(judged, SpecialCause.OUTSIDE_LIMITS)).containsExactly(19, 20, 22, 23);
		assertThat(judged.variation()).isEqualTo(VariationIcon.IMPROVEMENT_LOW);
	}

	/**
	 * NHSRplotthedots, vignette "Deviations from Excel defaults": for this data the
	 * package, screening out the large moving ranges, reports a mean of 1.94 and limits
	 * of -0.72 and 4.6, and says the Making Data Count Excel tools do not screen. Neither
	 * does Beacon, so its limits are wider: 1.94 ± 2.66 × 32/17.
	 */
	@Test
	void likeTheMakingDataCountExcelToolsLargeMovingRangesAreNotScreenedOut() {
		SpcAnalysis analysis = Charts.analyse(values(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1),
				Improvement.UP);

		assertThat(analysis.mean()).isCloseTo(1.94, within(0.005));
		assertThat(analysis.averageMovingRange()).isCloseTo(32.0 / 17, within(1e-12));
		assertThat(analysis.upperLimit()).isCloseTo(6.95, within(0.005)).isNotCloseTo(4.6, within(0.5));
		assertThat(analysis.lowerLimit()).isCloseTo(-3.06, within(0.005));
		assertThat(flagged(analysis, SpecialCause.OUTSIDE_LIMITS)).containsExactly(4);
		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	/**
	 * The same accident rates as one chart with the limits recalculated after the twelfth
	 * value: each stretch has the limits Wheeler gives for its group, and group B, judged
	 * against its own limits, has no value outside them.
	 */
	@Test
	void recalculatingAfterTheFirstGroupGivesEachGroupWheelersLimits() {
		List<Double> both = values(43, 40, 37, 33, 30, 33, 34, 35, 29, 33, 31, 39, 35, 37, 33, 32, 27, 29, 31, 22, 25,
				30, 24, 19);

		SpcAnalysis analysis = Spc.analyse(both, Improvement.DOWN, null, new SpcLimitChoices(null, List.of(12)),
				new SpcSettings(7, 7, 12));

		assertThat(analysis.segments()).hasSize(2);
		SpcSegment a = analysis.segments().get(0);
		SpcSegment b = analysis.segments().get(1);
		assertThat(List.of(a.firstIndex(), a.lastIndex(), b.firstIndex(), b.lastIndex())).containsExactly(0, 11, 12,
				23);
		assertThat(a.lowerLimit()).isCloseTo(25.6, within(0.05));
		assertThat(a.upperLimit()).isCloseTo(43.9, within(0.05));
		assertThat(b.lowerLimit()).isCloseTo(18.0, within(0.05));
		assertThat(b.upperLimit()).isCloseTo(39.3, within(0.05));
		// the jump from 39 to 35 belongs to neither group's limits
		assertThat(b.averageMovingRange()).isCloseTo(44.0 / 11, within(1e-12));
		assertThat(analysis.upperLimit()).isEqualTo(b.upperLimit());
		assertThat(analysis.points().get(11).upperLimit()).isEqualTo(a.upperLimit());
		assertThat(analysis.points().get(12).upperLimit()).isEqualTo(b.upperLimit());
		assertThat(analysis.points()).extracting(SpcPoint::segment).containsOnly(0, 1);
		assertThat(flagged(analysis, SpecialCause.OUTSIDE_LIMITS)).isEmpty();
		assertThat(analysis.trialLimits()).isFalse();
		assertThat(analysis.explanation())
			.contains("(process limits recalculated after value 12, from the 12 values since)");
	}

	/**
	 * With the standard minimum of 13 points, Wheeler's twelve accident rates of group A
	 * still get his limits, as trial limits with a warning.
	 */
	@Test
	void wheelersTwelveAccidentRatesGiveTrialLimitsBelowTheStandardMinimum() {
		SpcAnalysis analysis = Charts.analyse(values(43, 40, 37, 33, 30, 33, 34, 35, 29, 33, 31, 39), Improvement.DOWN);

		assertThat(analysis.enoughData()).isTrue();
		assertThat(analysis.trialLimits()).isTrue();
		assertThat(analysis.lowerLimit()).isCloseTo(25.6, within(0.05));
		assertThat(analysis.upperLimit()).isCloseTo(43.9, within(0.05));
		assertThat(analysis.warnings()).containsExactly(
				"Trial limits for values 1 to 12: they come from only 12 values, and at least 13 are needed for firm limits.");
	}

	/**
	 * NHSRplotthedots, vignette "Deviations from Excel defaults": screening out the large
	 * moving ranges (8 and 9, above 3.267 × 32/17 = 6.15) the package reports a mean of
	 * 1.94 and limits of -0.72 and 4.6. The average moving range of the 15 left is 1.
	 */
	@Test
	void screeningReproducesTheNhsrPlotTheDotsLimits() {
		SpcAnalysis analysis = Spc.analyse(values(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1),
				Improvement.UP, null, SpcLimitChoices.none(), new SpcSettings(7, 7, 13, true));

		assertThat(analysis.mean()).isCloseTo(1.94, within(0.005));
		assertThat(analysis.averageMovingRange()).isEqualTo(1.0);
		assertThat(analysis.upperLimit()).isCloseTo(4.6, within(0.005));
		assertThat(analysis.lowerLimit()).isCloseTo(-0.72, within(0.005));
		assertThat(analysis.segments().get(0).screenedOut()).containsExactly(4, 5);
		assertThat(analysis.points()).filteredOn(SpcPoint::movingRangeScreenedOut)
			.extracting(SpcPoint::index)
			.containsExactly(4, 5);
		assertThat(flagged(analysis, SpecialCause.OUTSIDE_LIMITS)).containsExactly(4);
	}

	/**
	 * Each special-cause point says which way it points and what that means by the
	 * polarity: in Wheeler's verification data the run below the mean is a concern when
	 * higher is better and 5,200 above the upper limit an improvement.
	 */
	@Test
	void eachSpecialCausePointSaysItsDirectionAndNature() {
		List<Double> wheeler = values(5045, 4350, 4350, 3975, 4290, 4430, 4485, 4285, 3980, 3925, 3645, 3760, 3300,
				3685, 3463, 5200);

		SpcAnalysis up = Charts.analyse(wheeler, Improvement.UP);
		SpcAnalysis down = Charts.analyse(wheeler, Improvement.DOWN);

		assertThat(up.points().get(10).direction()).isEqualTo(Direction.LOWER);
		assertThat(up.points().get(10).variation()).isEqualTo(VariationIcon.CONCERN_LOW);
		assertThat(up.points().get(10).variation().nature()).isEqualTo(VariationIcon.Nature.CONCERN);
		assertThat(down.points().get(10).variation()).isEqualTo(VariationIcon.IMPROVEMENT_LOW);
		assertThat(up.latest().direction()).isEqualTo(Direction.HIGHER);
		assertThat(up.latest().variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
		assertThat(down.latest().variation()).isEqualTo(VariationIcon.CONCERN_HIGH);
		assertThat(up.points().get(0).direction()).isEqualTo(Direction.NONE);
		assertThat(up.points().get(0).variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
		assertThat(up.points().get(0).variation().nature()).isNull();
	}

}
