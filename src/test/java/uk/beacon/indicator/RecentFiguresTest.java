package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.beacon.period.Periods;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.Fixtures.percent;
import static uk.beacon.indicator.Fixtures.quarter;

/**
 * What the owner's data request says of the target and the rule that will rate the
 * figure.
 */
class RecentFiguresTest {

	private static final Indicator INDICATOR = percent(Polarity.HIGHER_IS_BETTER);

	@Test
	void aTargetFollowingTheCouncilsRuleSaysSo() {
		RecentFigures recent = recent(new Target.Value(new BigDecimal("80")),
				RagRule.council(Tolerance.percentage(new BigDecimal("5")), Tolerance.percentage(new BigDecimal("10"))));

		assertThat(recent.targetText()).isEqualTo("80%");
		assertThat(recent.ruleText()).isEqualTo("green within 5% of the target, amber within 10% (the council's rule)");
	}

	@Test
	void noTargetIsSaidForTheQuarterWithNoRule() {
		assertThat(new RecentFigures(INDICATOR, quarter("Q3 2019/20"), null, List.of(), null).targetText())
			.isEqualTo("No target for Q3 2019/20");
		RecentFigures none = recent(new Target.None(), RagRule.none());
		assertThat(none.targetText()).isEqualTo("No target for Q3 2019/20");
		assertThat(none.ruleText()).isNull();
	}

	@Test
	void aQuartileTargetIsRatedByTheQuartile() {
		assertThat(recent(new Target.Quartile(2), RagRule.none()).ruleText())
			.isEqualTo("by the quartile the figure falls in among the council's comparators");
	}

	private static RecentFigures recent(Target target, RagRule rule) {
		return new RecentFigures(INDICATOR, quarter("Q3 2019/20"),
				new IndicatorTarget(null, 1, target, Periods.parse("Q1 2019/20"), null, rule, null, null), List.of(),
				null);
	}

}
