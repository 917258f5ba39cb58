package uk.beacon.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.beacon.analytics.Charts.special;

class SpcLimitsTest {

	@Test
	void limitsAreTheMeanPlusAndMinus266AverageMovingRanges() {
		SpcAnalysis analysis = Charts.analyse(Charts.steady(), Improvement.UP);

		assertThat(analysis.mean()).isEqualTo(10);
		assertThat(analysis.averageMovingRange()).isEqualTo(2);
		assertThat(analysis.upperLimit()).isEqualTo(15.32);
		assertThat(analysis.lowerLimit()).isEqualTo(4.68);
		assertThat(analysis.points()).allSatisfy((point) -> {
			assertThat(point.mean()).isEqualTo(10);
			assertThat(point.upperLimit()).isEqualTo(15.32);
			assertThat(point.lowerLimit()).isEqualTo(4.68);
			assertThat(point.inBaseline()).isTrue();
		});
	}

	@Test
	void aBaselineFixesTheLimitsFromItsOwnPointsAndMovingRanges() {
		// the jump from 9 to 30 is the first moving range after the baseline: not in it
		SpcAnalysis analysis = Spc.analyse(Charts.steady(30, 31, 29), Improvement.UP, null, 20, SpcSettings.standard());

		assertThat(analysis.baselinePoints()).isEqualTo(20);
		assertThat(analysis.mean()).isEqualTo(10);
		assertThat(analysis.averageMovingRange()).isEqualTo(2);
		assertThat(analysis.upperLimit()).isEqualTo(15.32);
		assertThat(analysis.points().get(20).movingRange()).isEqualTo(21);
		assertThat(analysis.points().subList(0, 20)).allMatch(SpcPoint::inBaseline);
		assertThat(analysis.points().subList(20, 23)).noneMatch(SpcPoint::inBaseline);
		assertThat(special(analysis)).containsExactly(20, 21, 22);
	}

	@Test
	void negativeValuesWorkLikeAnyOthers() {
		SpcAnalysis analysis = Charts.analyse(Charts.alternating(-9, -11, 20), Improvement.DOWN);

		assertThat(analysis.mean()).isEqualTo(-10);
		assertThat(analysis.upperLimit()).isEqualTo(-4.68);
		assertThat(analysis.lowerLimit()).isEqualTo(-15.32);
		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void valuesThatNeverVaryHaveLimitsEqualToTheMeanAndNoSpecialCause() {
		SpcAnalysis analysis = Charts.analyse(Charts.repeat(0.1, 15), Improvement.UP);

		assertThat(analysis.mean()).isEqualTo(0.1);
		assertThat(analysis.averageMovingRange()).isZero();
		assertThat(analysis.upperLimit()).isEqualTo(0.1);
		assertThat(analysis.lowerLimit()).isEqualTo(0.1);
		assertThat(special(analysis)).isEmpty();
		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void afterABaselineThatNeverVariedAnyChangeIsOutsideTheLimits() {
		List<Double> values = Charts.join(Charts.repeat(5, 13), 5, 5.01);

		SpcAnalysis analysis = Spc.analyse(values, Improvement.DOWN, null, 13, SpcSettings.standard());

		assertThat(special(analysis)).containsExactly(14);
		assertThat(analysis.variation()).isEqualTo(VariationIcon.CONCERN_HIGH);
	}

	@Test
	void decimalsAreTakenAsWrittenSoTenthsDoNotDrift() {
		// in binary 0.1 + 0.2 is 0.30000000000000004 and 0.3 - 0.1 is 0.19999999999999998
		SpcAnalysis analysis = Charts.analyse(Charts.join(Charts.alternating(0.1, 0.3, 14), 0.2), Improvement.UP);

		assertThat(analysis.points().get(1).movingRange()).isEqualTo(0.2);
		assertThat(analysis.mean()).isEqualTo(0.2);
		assertThat(analysis.latest().causes()).isEmpty();
		assertThat(analysis.averageMovingRange()).isCloseTo(2.7 / 14, within(1e-15));
	}

}
