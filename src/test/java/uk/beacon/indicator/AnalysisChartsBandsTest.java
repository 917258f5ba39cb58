package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bands an indicator's trend chart draws, as its target's RAG rule gives them.
 */
class AnalysisChartsBandsTest {

	private static final RagRule COUNCILS = RagRule.council(Tolerance.percentage(new BigDecimal("5")),
			Tolerance.percentage(BigDecimal.TEN));

	@Test
	void theGreenToleranceIsBelowTheTargetAndTheAmberBeyondItWhenHigherIsBetter() {
		assertThat(bands(Polarity.HIGHER_IS_BETTER, new Target.Value(new BigDecimal("75")), COUNCILS))
			.isEqualTo(new AnalysisCharts.Bands(71.25, 75.0, 67.5, 75.0));
	}

	@Test
	void aboveTheTargetWhenLowerIsBetterAndEitherSideWhenWithinARangeIsBest() {
		assertThat(bands(Polarity.LOWER_IS_BETTER, new Target.Value(new BigDecimal("10")), COUNCILS))
			.isEqualTo(new AnalysisCharts.Bands(10.0, 10.5, 10.0, 11.0));
		assertThat(bands(Polarity.WITHIN_RANGE, new Target.Value(new BigDecimal("100")), COUNCILS))
			.isEqualTo(new AnalysisCharts.Bands(95.0, 105.0, 90.0, 110.0));
	}

	@Test
	void theRuleBeaconAlwaysHadDrawsTheAmberBandAlone() {
		assertThat(bands(Polarity.HIGHER_IS_BETTER, new Target.Value(new BigDecimal("86")),
				RagRule.amberOnly(Tolerance.absolute(BigDecimal.ONE))))
			.isEqualTo(new AnalysisCharts.Bands(null, null, 85.0, 86.0));
		assertThat(bands(Polarity.HIGHER_IS_BETTER, new Target.Value(new BigDecimal("86")), RagRule.none()))
			.isEqualTo(AnalysisCharts.Bands.NONE);
	}

	@Test
	void aTargetRangeIsGreenWithTheAmberBeyondTheEndAFigureMisses() {
		Target range = new Target.Range(new BigDecimal("600"), new BigDecimal("680"));
		// not the whole range painted amber, as it once was
		assertThat(bands(Polarity.HIGHER_IS_BETTER, range, RagRule.amberOnly(Tolerance.absolute(BigDecimal.TEN))))
			.isEqualTo(new AnalysisCharts.Bands(600.0, 680.0, 590.0, 680.0));
		assertThat(bands(Polarity.WITHIN_RANGE, range, RagRule.none()))
			.isEqualTo(new AnalysisCharts.Bands(600.0, 680.0, null, null));
	}

	@Test
	void aQuartileTargetHasNoBand() {
		assertThat(bands(Polarity.HIGHER_IS_BETTER, new Target.Quartile(2), COUNCILS))
			.isEqualTo(AnalysisCharts.Bands.NONE);
	}

	private static AnalysisCharts.Bands bands(Polarity polarity, Target target, RagRule rule) {
		Indicator indicator = Fixtures.percent(polarity);
		IndicatorTarget set = new IndicatorTarget(1L, 1, target, Fixtures.quarter("Q1 2024/25"), null, rule, null,
				null);
		Measurement figure = Fixtures.measurement("Q1 2024/25", "Q1 2024/25", "73.4");
		Performance performance = PerformanceEvaluator.evaluate(indicator, figure, List.of(figure), List.of(set),
				List.of(), Fixtures.quarter("Q1 2024/25"));
		return AnalysisCharts.bands(indicator, performance, 1);
	}

}
