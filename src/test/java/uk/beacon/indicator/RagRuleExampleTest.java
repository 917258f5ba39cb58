package uk.beacon.indicator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of a council's RAG rule on the help page: figures at the rule's own
 * edges, each rated as the status rule rates it.
 */
class RagRuleExampleTest {

	@Test
	void aRuleWithGreenAndAmberTolerancesIsWorkedThroughAtEachEdge() {
		RagRuleExample example = RagRuleExample
			.of(RagRule.council(Tolerance.percentage(new BigDecimal("5")), Tolerance.percentage(new BigDecimal("10"))));

		assertThat(example.green()).isEqualTo("5%");
		assertThat(example.amber()).isEqualTo("10%");
		assertThat(example.figures()).extracting(f -> f.shown() + " " + f.assessment().status())
			.containsExactly("82% GREEN", "80% GREEN", "76% GREEN", "72% AMBER", "71% RED");
		assertThat(example.figures().get(3).assessment().explanation()).contains("72%").contains("80");
	}

	@Test
	void aRuleWithOnlyAnAmberBandMakesAnyShortfallAmberThenRed() {
		RagRuleExample example = RagRuleExample
			.of(RagRule.council(Tolerance.none(), Tolerance.absolute(new BigDecimal("3"))));

		assertThat(example.green()).isNull();
		assertThat(example.amber()).isEqualTo("3 in the indicator's unit");
		assertThat(example.figures()).extracting(f -> f.shown() + " " + f.assessment().status())
			.containsExactly("82% GREEN", "80% GREEN", "77% AMBER", "76% RED");
	}

	@Test
	void beaconsFirstRuleRatesEveryShortfallRed() {
		RagRuleExample example = RagRuleExample.of(RagRule.council(Tolerance.none(), Tolerance.none()));

		assertThat(example.green()).isNull();
		assertThat(example.amber()).isNull();
		assertThat(example.figures()).extracting(f -> f.shown() + " " + f.assessment().status())
			.containsExactly("82% GREEN", "80% GREEN", "79% RED");
	}

}
