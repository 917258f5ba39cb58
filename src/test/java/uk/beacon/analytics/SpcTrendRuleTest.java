package uk.beacon.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.analytics.Charts.afterSteadyBaseline;
import static uk.beacon.analytics.Charts.flagged;
import static uk.beacon.analytics.Charts.range;
import static uk.beacon.analytics.Charts.special;

class SpcTrendRuleTest {

	@Test
	void sevenValuesEachHigherThanTheLastAreATrendCountingBothEnds() {
		// the baseline's last value, 9, is the first of the seven
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.UP, 9.5, 10, 10.5, 11, 11.5, 12);

		assertThat(flagged(analysis, SpecialCause.TREND)).isEqualTo(range(19, 25));
		assertThat(special(analysis)).isEqualTo(range(19, 25));
		assertThat(analysis.points().get(19).inBaseline()).isTrue();
		assertThat(analysis.points().get(25).high()).isTrue();
		assertThat(analysis.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
	}

	@Test
	void sixValuesRisingAreNotATrend() {
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.UP, 9.5, 10, 10.5, 11, 11.5);

		assertThat(special(analysis)).isEmpty();
	}

	@Test
	void anUnchangedValueBreaksTheTrend() {
		// NHS England's SQL and NHSRplotthedots both need each value strictly higher
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.UP, 9.5, 10, 10, 10.5, 11, 11.5, 12);

		assertThat(flagged(analysis, SpecialCause.TREND)).isEmpty();
		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void aFallingTrendIsConcernWhenHigherIsBetterAndImprovementWhenLowerIs() {
		double[] falling = { 11, 10.5, 10, 9.5, 9, 8.5, 8 };

		SpcAnalysis up = afterSteadyBaseline(Improvement.UP, falling);
		SpcAnalysis down = afterSteadyBaseline(Improvement.DOWN, falling);

		assertThat(flagged(up, SpecialCause.TREND)).isEqualTo(range(20, 26));
		assertThat(up.variation()).isEqualTo(VariationIcon.CONCERN_LOW);
		assertThat(down.variation()).isEqualTo(VariationIcon.IMPROVEMENT_LOW);
	}

	@Test
	void aTrendOfSixCountsWhenTheSettingsSaySix() {
		SpcAnalysis analysis = Spc.analyse(Charts.steady(9.5, 10, 10.5, 11, 11.5), Improvement.UP, null,
				Charts.BASELINE, new SpcSettings(7, 6, 13));

		assertThat(flagged(analysis, SpecialCause.TREND)).isEqualTo(range(19, 24));
	}

}
