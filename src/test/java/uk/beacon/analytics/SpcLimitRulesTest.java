package uk.beacon.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.analytics.Charts.afterSteadyBaseline;
import static uk.beacon.analytics.Charts.flagged;
import static uk.beacon.analytics.Charts.special;

/**
 * A point outside the limits, and two of three near a limit. The wide baseline alternates
 * 11.5 and 8.5, so its mean is 10, its average moving range 3, its limits exactly 2.02
 * and 17.98 and its two-sigma lines exactly 4.68 and 15.32.
 */
class SpcLimitRulesTest {

	private static SpcAnalysis afterWideBaseline(double... later) {
		List<Double> values = Charts.join(Charts.alternating(11.5, 8.5, 20), later);
		return Spc.analyse(values, Improvement.UP, null, 20, SpcSettings.standard());
	}

	@Test
	void aValueAboveTheUpperLimitIsOutside() {
		SpcAnalysis analysis = afterWideBaseline(17.99);

		assertThat(analysis.upperLimit()).isEqualTo(17.98);
		assertThat(flagged(analysis, SpecialCause.OUTSIDE_LIMITS)).containsExactly(20);
		assertThat(analysis.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
	}

	@Test
	void aValueExactlyOnALimitIsNotOutside() {
		assertThat(special(afterWideBaseline(17.98))).isEmpty();
		assertThat(special(afterWideBaseline(2.02))).isEmpty();
	}

	@Test
	void aValueBelowTheLowerLimitIsOutside() {
		SpcAnalysis analysis = afterWideBaseline(2.01);

		assertThat(analysis.lowerLimit()).isEqualTo(2.02);
		assertThat(flagged(analysis, SpecialCause.OUTSIDE_LIMITS)).containsExactly(20);
		assertThat(analysis.variation()).isEqualTo(VariationIcon.CONCERN_LOW);
	}

	@Test
	void twoOfThreeBeyondTwoSigmaFlagsOnlyTheTwo() {
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.UP, 12, 14, 14);

		assertThat(flagged(analysis, SpecialCause.TWO_OF_THREE_NEAR_LIMIT)).containsExactly(21, 22);
		assertThat(special(analysis)).containsExactly(21, 22);
		assertThat(analysis.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
	}

	@Test
	void theTwoNeedNotBeNeighbours() {
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.DOWN, 14, 12, 14);

		assertThat(flagged(analysis, SpecialCause.TWO_OF_THREE_NEAR_LIMIT)).containsExactly(20, 22);
		assertThat(analysis.variation()).isEqualTo(VariationIcon.CONCERN_HIGH);
	}

	@Test
	void allThreeMustBeOnTheSameSideOfTheMean() {
		// NHS England's SQL v2.1 added this: 14 and 14 with 8 between is not a signal
		assertThat(special(afterSteadyBaseline(Improvement.UP, 14, 8, 14))).isEmpty();
		// nor are two near opposite limits
		assertThat(special(afterSteadyBaseline(Improvement.UP, 12, 14, 6))).isEmpty();
	}

	@Test
	void valuesBeyondTheLimitCountTowardsTwoOfThree() {
		// NHS England's SQL v2.6 counts them
		SpcAnalysis analysis = afterWideBaseline(12, 16, 20);

		assertThat(flagged(analysis, SpecialCause.TWO_OF_THREE_NEAR_LIMIT)).containsExactly(21, 22);
		assertThat(flagged(analysis, SpecialCause.OUTSIDE_LIMITS)).containsExactly(22);
	}

	@Test
	void valuesExactlyOnTheTwoSigmaLineDoNotCount() {
		assertThat(special(afterWideBaseline(15.32, 15.32, 15.32))).isEmpty();
		assertThat(flagged(afterWideBaseline(15.33, 15.32, 15.33), SpecialCause.TWO_OF_THREE_NEAR_LIMIT))
			.containsExactly(20, 22);
	}

	@Test
	void twoOfThreeBelowTheMean() {
		SpcAnalysis analysis = afterWideBaseline(4.67, 4.67, 9);

		assertThat(flagged(analysis, SpecialCause.TWO_OF_THREE_NEAR_LIMIT)).containsExactly(20, 21);
		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

}
