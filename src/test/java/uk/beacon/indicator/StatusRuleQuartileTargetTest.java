package uk.beacon.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.StatusInputs.value;

class StatusRuleQuartileTargetTest {

	private static StatusInputs preferences(int benchmarkQuartile) {
		return value("95.3", Unit.PERCENT, 1).quartile(2).benchmarkQuartile(benchmarkQuartile);
	}

	@Test
	void greenInTheTargetQuartile() {
		assertThat(preferences(2).evaluate()).isEqualTo(new StatusAssessment(Status.GREEN,
				"Green: 95.3% is in benchmark quartile 2, meeting the target of quartile 2 or better."));
	}

	@Test
	void greenInABetterQuartile() {
		assertThat(preferences(1).evaluate().status()).isEqualTo(Status.GREEN);
	}

	@Test
	void amberOneQuartileShort() {
		assertThat(preferences(3).evaluate()).isEqualTo(new StatusAssessment(Status.AMBER,
				"Amber: 95.3% is in benchmark quartile 3, one quartile short of the target of quartile 2 or better."));
	}

	@Test
	void redTwoOrMoreQuartilesShort() {
		assertThat(preferences(4).evaluate()).isEqualTo(new StatusAssessment(Status.RED,
				"Red: 95.3% is in benchmark quartile 4, two quartiles short of the target of quartile 2 or better."));
		assertThat(value("40", Unit.PERCENT, 0).quartile(1).benchmarkQuartile(4).evaluate().explanation())
			.isEqualTo("Red: 40% is in benchmark quartile 4, three quartiles short of the target of quartile 1.");
	}

	@Test
	void aQuartileFromAComparatorGroupIsNamedAsSuch() {
		StatusInput input = new StatusInput(new java.math.BigDecimal("61"), Unit.PERCENT, 0, Polarity.HIGHER_IS_BETTER,
				new Target.Quartile(2), null, null, null, 2,
				"the comparator group CIPFA nearest neighbours for 2024/25 (ranked 4 of 8, with no national "
						+ "benchmark quartile)");
		assertThat(StatusRule.evaluate(input)).isEqualTo(new StatusAssessment(Status.GREEN,
				"Green: 61% is in quartile 2 of the comparator group CIPFA nearest neighbours for 2024/25 (ranked 4 "
						+ "of 8, with no national benchmark quartile), meeting the target of quartile 2 or better."));
	}

	@Test
	void notRatedWithoutABenchmarkQuartile() {
		assertThat(value("97.9", Unit.PERCENT, 1).quartile(2).evaluate()).isEqualTo(new StatusAssessment(
				Status.NOT_RATED,
				"Not rated: no benchmark quartile is available to compare with the target of quartile 2 or better."));
	}

	@ParameterizedTest
	@EnumSource(value = Polarity.class, names = { "HIGHER_IS_BETTER", "LOWER_IS_BETTER", "WITHIN_RANGE" })
	void theQuartileAlreadyAllowsForPolarity(Polarity polarity) {
		assertThat(preferences(3).polarity(polarity).evaluate().status()).isEqualTo(Status.AMBER);
	}

	@Test
	void theToleranceDoesNotWidenAQuartileTarget() {
		assertThat(preferences(4).tolerance("10").evaluate().status()).isEqualTo(Status.RED);
	}

}
