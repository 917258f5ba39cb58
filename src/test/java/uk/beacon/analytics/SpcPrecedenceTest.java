package uk.beacon.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.analytics.Charts.afterSteadyBaseline;
import static uk.beacon.analytics.Charts.flagged;
import static uk.beacon.analytics.Charts.range;

/**
 * When a point's patterns point different ways the higher-ranked rule decides its
 * direction: trend, then run, then two of three near a limit, then outside the limits.
 */
class SpcPrecedenceTest {

	/** Below the mean all the way, but each value higher than the last. */
	private static final double[] RECOVERING = { 7, 7.5, 8, 8.5, 9, 9.5, 9.8 };

	/** Far above the upper limit, but each value lower than the last. */
	private static final double[] FALLING_BACK = { 25, 24, 23, 22, 21, 20, 19 };

	@Test
	void aRisingTrendOutranksARunBelowTheMean() {
		SpcAnalysis up = afterSteadyBaseline(Improvement.UP, RECOVERING);

		assertThat(flagged(up, SpecialCause.RUN)).isEqualTo(range(19, 26));
		assertThat(flagged(up, SpecialCause.TREND)).isEqualTo(range(20, 26));
		assertThat(up.latest().high()).isTrue();
		assertThat(up.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
		assertThat(afterSteadyBaseline(Improvement.DOWN, RECOVERING).variation()).isEqualTo(VariationIcon.CONCERN_HIGH);
	}

	@Test
	void theRunStillSpeaksForPointsTheTrendDoesNotReach() {
		SpcAnalysis up = afterSteadyBaseline(Improvement.UP, RECOVERING);

		assertThat(up.points().get(19).causes()).containsExactly(SpecialCause.RUN);
		assertThat(up.points().get(19).high()).isFalse();
	}

	@Test
	void aFallingTrendOutranksValuesAboveTheUpperLimit() {
		SpcAnalysis up = afterSteadyBaseline(Improvement.UP, FALLING_BACK);

		assertThat(up.latest().causes()).containsExactly(SpecialCause.OUTSIDE_LIMITS, SpecialCause.RUN,
				SpecialCause.TREND, SpecialCause.TWO_OF_THREE_NEAR_LIMIT);
		assertThat(up.latest().high()).isFalse();
		assertThat(up.variation()).isEqualTo(VariationIcon.CONCERN_LOW);
	}

	@Test
	void neitherDirectionBetterGivesNeitherIcons() {
		assertThat(afterSteadyBaseline(Improvement.NEITHER, 12, 12, 12, 12, 12, 12, 12).variation())
			.isEqualTo(VariationIcon.NEITHER_HIGH);
		assertThat(afterSteadyBaseline(Improvement.NEITHER, 8, 8, 8, 8, 8, 8, 8).variation())
			.isEqualTo(VariationIcon.NEITHER_LOW);
		assertThat(afterSteadyBaseline(Improvement.NEITHER, RECOVERING).variation())
			.isEqualTo(VariationIcon.NEITHER_HIGH);
	}

	@Test
	void theTurnOfAVTiesAndIsReadAsConcern() {
		// 13 down to 10.25 and back up: the lowest point ends one trend and starts the
		// other
		double[] vee = { 13, 12.5, 12, 11.5, 11, 10.5, 10.25, 10.5, 11, 11.5, 12, 12.5, 13 };

		SpcAnalysis up = afterSteadyBaseline(Improvement.UP, vee);
		SpcAnalysis down = afterSteadyBaseline(Improvement.DOWN, vee);
		SpcAnalysis neither = afterSteadyBaseline(Improvement.NEITHER, vee);

		assertThat(up.points().get(26).causes()).containsExactly(SpecialCause.RUN, SpecialCause.TREND);
		assertThat(up.points().get(26).high()).isFalse();
		assertThat(down.points().get(26).high()).isTrue();
		assertThat(neither.points().get(26).high()).isTrue();
		assertThat(up.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
	}

	@Test
	void noPatternIsCommonCause() {
		SpcAnalysis analysis = Charts.analyse(Charts.steady(11, 9, 12, 8), Improvement.UP);

		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
		assertThat(analysis.points()).noneMatch(SpcPoint::specialCause).noneMatch(SpcPoint::high);
	}

	@Test
	void everyIconHasTheMakingDataCountWording() {
		assertThat(VariationIcon.COMMON_CAUSE.label()).isEqualTo("Common cause variation");
		assertThat(VariationIcon.IMPROVEMENT_HIGH.label()).isEqualTo("Special cause of improving nature (higher)");
		assertThat(VariationIcon.CONCERN_LOW.label()).isEqualTo("Special cause of concerning nature (lower)");
		assertThat(VariationIcon.NEITHER_HIGH.label())
			.isEqualTo("Special cause of neither improving nor concerning nature (higher)");
		assertThat(SpecialCause.TWO_OF_THREE_NEAR_LIMIT.describe())
			.isEqualTo("Two out of three values close to a process limit");
	}

}
