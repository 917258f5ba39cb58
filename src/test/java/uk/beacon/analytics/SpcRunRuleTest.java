package uk.beacon.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.analytics.Charts.afterSteadyBaseline;
import static uk.beacon.analytics.Charts.flagged;
import static uk.beacon.analytics.Charts.range;
import static uk.beacon.analytics.Charts.special;

class SpcRunRuleTest {

	@Test
	void exactlySevenValuesAboveTheMeanAreARunAndEveryOneIsFlagged() {
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.UP, 12, 12, 12, 12, 12, 12, 12);

		assertThat(flagged(analysis, SpecialCause.RUN)).isEqualTo(range(20, 26));
		assertThat(special(analysis)).isEqualTo(range(20, 26));
		assertThat(analysis.points().subList(20, 27)).allMatch(SpcPoint::high);
		assertThat(analysis.variation()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
	}

	@Test
	void sixValuesAboveTheMeanAreNotARun() {
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.UP, 12, 12, 12, 12, 12, 12);

		assertThat(special(analysis)).isEmpty();
		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void aRunBelowTheMeanIncludesTheBaselinePointThatStartedIt() {
		// the baseline ends on 9, below the mean of 10, so the run is eight long
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.UP, 8, 8, 8, 8, 8, 8, 8);

		assertThat(flagged(analysis, SpecialCause.RUN)).isEqualTo(range(19, 26));
		assertThat(analysis.points().get(19).inBaseline()).isTrue();
		assertThat(analysis.points().get(26).high()).isFalse();
		assertThat(analysis.variation()).isEqualTo(VariationIcon.CONCERN_LOW);
	}

	@Test
	void aLongerRunIsFlaggedFromEndToEnd() {
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.DOWN, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12);

		assertThat(flagged(analysis, SpecialCause.RUN)).isEqualTo(range(20, 29));
		assertThat(analysis.variation()).isEqualTo(VariationIcon.CONCERN_HIGH);
	}

	@Test
	void aValueExactlyOnTheMeanBreaksTheRun() {
		// NHS England's SQL counts only values strictly above or below the mean, and a
		// run must be unbroken, so seven values above with the mean between are two runs
		SpcAnalysis analysis = afterSteadyBaseline(Improvement.UP, 12, 12, 12, 10, 12, 12, 12, 12);

		assertThat(flagged(analysis, SpecialCause.RUN)).isEmpty();
		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void aRunOfSixCountsWhenTheSettingsSaySix() {
		List<Double> values = Charts.steady(12, 12, 12, 12, 12, 12);

		SpcAnalysis analysis = Spc.analyse(values, Improvement.UP, null, Charts.BASELINE, new SpcSettings(6, 6, 13));

		assertThat(flagged(analysis, SpecialCause.RUN)).isEqualTo(range(20, 25));
	}

	@Test
	void aRunMayStraddleTheEndOfTheBaseline() {
		// mean (8 × 20 + 9 + 33) / 20 = 10.1: the last three baseline values are above it
		List<Double> values = Charts.join(Charts.alternating(11, 9, 16), 9, 11, 11, 11, 12, 12, 12, 12);

		SpcAnalysis analysis = Spc.analyse(values, Improvement.UP, null, 20, SpcSettings.standard());

		assertThat(analysis.mean()).isEqualTo(10.1);
		assertThat(flagged(analysis, SpecialCause.RUN)).isEqualTo(range(17, 23));
	}

}
