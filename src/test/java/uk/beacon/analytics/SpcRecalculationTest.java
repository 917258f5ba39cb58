package uk.beacon.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static uk.beacon.analytics.Charts.flagged;
import static uk.beacon.analytics.Charts.range;
import static uk.beacon.analytics.Charts.values;

/**
 * Limits recalculated part-way through: each stretch has its own centre line and limits,
 * and a run, trend or two of three that crosses a recalculation still counts, each point
 * read against its own stretch.
 */
class SpcRecalculationTest {

	private static SpcAnalysis recalculated(List<Double> values, Integer baseline, Integer... after) {
		return Spc.analyse(values, Improvement.UP, null, new SpcLimitChoices(baseline, List.of(after)),
				SpcSettings.standard());
	}

	/**
	 * 9 and 11 alternating, then five 11s (mean 10.2), recalculated; then 21, 21 above
	 * the new mean of 20: seven in a row above their own means.
	 */
	@Test
	void aRunCarriesAcrossARecalculation() {
		List<Double> values = Charts.join(Charts.alternating(9, 11, 16), 11, 11, 11, 11, 21, 21, 19, 21, 19, 21, 19, 21,
				19, 21, 19, 20);

		SpcAnalysis analysis = recalculated(values, null, 20);

		assertThat(analysis.segments().get(0).mean()).isEqualTo(10.2);
		assertThat(analysis.segments().get(1).mean()).isCloseTo(20.08, within(0.005));
		assertThat(flagged(analysis, SpecialCause.RUN)).isEqualTo(range(15, 21));
		assertThat(analysis.points().get(21).direction()).isEqualTo(Direction.HIGHER);
	}

	@Test
	void aTrendCarriesAcrossARecalculation() {
		List<Double> values = Charts.join(Charts.alternating(11, 9, 16), 10, 11, 12, 13, 14, 15, 14, 16, 14, 16);

		SpcAnalysis analysis = recalculated(values, null, 20);

		assertThat(flagged(analysis, SpecialCause.TREND)).isEqualTo(range(15, 21));
	}

	/**
	 * 14 is beyond the first stretch's upper two-sigma line (13.89) and inside its limit,
	 * 31 above the second stretch's mean (30.58) and 36 beyond its two-sigma line: two of
	 * three, all above their own means, across the recalculation.
	 */
	@Test
	void twoOfThreeCarriesAcrossARecalculation() {
		List<Double> values = Charts.join(Charts.alternating(11, 9, 19), 14, 31, 36, 30, 30, 30, 30, 30, 30, 30, 30, 30,
				30);

		SpcAnalysis analysis = recalculated(values, null, 20);

		assertThat(analysis.points().get(19).upperLimit()).isGreaterThan(14);
		assertThat(analysis.points().get(20).mean()).isCloseTo(30.58, within(0.005));
		assertThat(flagged(analysis, SpecialCause.TWO_OF_THREE_NEAR_LIMIT)).containsExactly(19, 21);
		assertThat(flagged(analysis, SpecialCause.OUTSIDE_LIMITS)).containsExactly(21);
	}

	@Test
	void aPointIsOutsideOnlyItsOwnLimits() {
		// 20 after the recalculation is far above the first limits but inside its own
		List<Double> values = Charts.join(Charts.alternating(11, 9, 20),
				Charts.alternating(21, 19, 14).stream().mapToDouble(Double::doubleValue).toArray());

		SpcAnalysis analysis = recalculated(values, null, 20);

		assertThat(flagged(analysis, SpecialCause.OUTSIDE_LIMITS)).isEmpty();
		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void aBaselineFixesTheFirstStretchOnly() {
		List<Double> values = Charts.join(Charts.alternating(11, 9, 20), 12, 12, 30, 31, 29, 30);

		SpcAnalysis analysis = recalculated(values, 20, 22);

		assertThat(analysis.baselinePoints()).isEqualTo(20);
		assertThat(analysis.segments().get(0).limitPoints()).isEqualTo(20);
		assertThat(analysis.segments().get(0).lastIndex()).isEqualTo(21);
		assertThat(analysis.segments().get(1).limitPoints()).isEqualTo(4);
		assertThat(analysis.points().get(21).inBaseline()).isFalse();
		assertThat(analysis.points().get(25).inBaseline()).isTrue();
		assertThat(analysis.trialLimits()).isTrue();
		assertThat(analysis.warnings()).containsExactly(
				"Trial limits for values 23 to 26: they come from only 4 values, and at least 13 are needed for firm limits.");
	}

	@Test
	void anyNumberOfRecalculationsInAnyOrder() {
		List<Double> values = Charts.join(Charts.alternating(1, 3, 10), 11, 13, 11, 13, 11, 13, 21, 23, 21, 23);

		SpcAnalysis analysis = recalculated(values, null, 16, 10);

		assertThat(analysis.segments()).extracting(SpcSegment::mean).containsExactly(2.0, 12.0, 22.0);
		assertThat(analysis.segments()).extracting(SpcSegment::size).containsExactly(10, 6, 4);
		assertThat(analysis.warnings()).hasSize(3);
	}

	@Test
	void recalculationsThatLeaveAStretchWithoutTwoPointsAreRefused() {
		List<Double> values = Charts.alternating(11, 9, 20);

		assertThatIllegalArgumentException().isThrownBy(() -> recalculated(values, null, 1))
			.withMessage(
					"The recalculation after point 1 leaves only 1 point before it; each set of limits needs at least 2.");
		assertThatIllegalArgumentException().isThrownBy(() -> recalculated(values, null, 10, 11))
			.withMessage(
					"The recalculation after point 11 leaves only 1 point since the one after point 10; each set of limits needs at least 2.");
		assertThatIllegalArgumentException().isThrownBy(() -> recalculated(values, null, 19))
			.withMessage(
					"The recalculation after point 19 leaves only 1 point after it; each set of limits needs at least 2.");
		assertThatIllegalArgumentException().isThrownBy(() -> recalculated(values, null, 20))
			.withMessage("A recalculation after point 20 is not inside the 20 values given; choose from 1 to 19.");
		assertThatIllegalArgumentException().isThrownBy(() -> recalculated(values, null, 0))
			.withMessage("A recalculation after point 0 is not inside the 20 values given; choose from 1 to 19.");
		assertThatIllegalArgumentException().isThrownBy(() -> recalculated(values, null, 8, 8))
			.withMessage("The recalculation after point 8 is given twice.");
		assertThatIllegalArgumentException().isThrownBy(() -> recalculated(values, 12, 8))
			.withMessage("The baseline of 12 points runs past the recalculation after point 8; choose at most 8.");
	}

	@Test
	void recalculatingNowhereIsTheSameAsNotRecalculating() {
		List<Double> values = Charts.steady(12, 13, 8);

		assertThat(recalculated(values, null)).isEqualTo(Charts.analyse(values, Improvement.UP));
	}

}
