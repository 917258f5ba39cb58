package uk.beacon.analytics;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

class SpcInputsTest {

	private static SpcAnalysis analyse(List<Double> values) {
		return Charts.analyse(values, Improvement.UP);
	}

	@Test
	void fewerPointsThanTheMinimumGiveTrialLimitsWithAWarning() {
		SpcAnalysis analysis = Spc.analyse(Charts.values(3, 5, 4, 8, 6, 5, 7, 4, 6), Improvement.UP, 5.0,
				SpcLimitChoices.none(), SpcSettings.standard());

		assertThat(analysis.enoughData()).isTrue();
		assertThat(analysis.trialLimits()).isTrue();
		// mean 48 / 9, moving ranges 2, 1, 4, 2, 1, 2, 3, 2: average 17 / 8
		assertThat(analysis.mean()).isCloseTo(48.0 / 9, within(1e-12));
		assertThat(analysis.averageMovingRange()).isEqualTo(2.125);
		assertThat(analysis.upperLimit()).isCloseTo(48.0 / 9 + 2.66 * 2.125, within(1e-12));
		assertThat(analysis.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
		assertThat(analysis.assurance()).isEqualTo(AssuranceIcon.HIT_AND_MISS);
		assertThat(analysis.warnings()).containsExactly(
				"Trial limits for values 1 to 9: they come from only 9 values, and at least 13 are needed for firm limits.");
		assertThat(analysis.explanation())
			.contains(" These are trial limits from only 9 values; at least 13 are needed for firm limits.");
		assertThat(analysis.segments()).singleElement().satisfies((segment) -> {
			assertThat(segment.trialLimits()).isTrue();
			assertThat(segment.limitPoints()).isEqualTo(9);
		});
	}

	@Test
	void withoutAnyMovingRangeThePointsStillCarryTheirValues() {
		SpcAnalysis analysis = analyse(Charts.values(3));

		assertThat(analysis.enoughData()).isFalse();
		assertThat(analysis.points()).extracting(SpcPoint::value).containsExactly(3.0);
		assertThat(analysis.points()).allSatisfy((point) -> {
			assertThat(point.mean()).isNaN();
			assertThat(point.upperLimit()).isNaN();
			assertThat(point.causes()).isEmpty();
			assertThat(point.direction()).isEqualTo(Direction.NONE);
			assertThat(point.variation()).isNull();
		});
		assertThat(analysis.variation()).isNull();
		assertThat(analysis.assurance()).isNull();
		assertThat(analysis.baselinePoints()).isZero();
		assertThat(analysis.segments()).isEmpty();
		assertThat(analysis.mean()).isNaN();
		assertThat(analysis.averageMovingRange()).isNaN();
	}

	@Test
	void limitsAreFirmFromTheMinimumOnAndTheMinimumIsAnOption() {
		assertThat(analyse(Charts.alternating(11, 9, 12)).trialLimits()).isTrue();
		assertThat(analyse(Charts.alternating(11, 9, 13)).trialLimits()).isFalse();
		assertThat(analyse(Charts.alternating(11, 9, 13)).warnings()).isEmpty();
		assertThat(SpcSettings.standard()).isEqualTo(new SpcSettings(7, 7, 13, false));
		SpcSettings twenty = new SpcSettings(7, 7, 20);
		assertThat(Spc.analyse(Charts.alternating(11, 9, 19), Improvement.UP, null, SpcLimitChoices.none(), twenty)
			.trialLimits()).isTrue();
		assertThat(Spc.analyse(Charts.alternating(11, 9, 20), Improvement.UP, null, SpcLimitChoices.none(), twenty)
			.trialLimits()).isFalse();
	}

	@Test
	void twoValuesAreEnoughForTrialLimits() {
		SpcAnalysis analysis = analyse(Charts.values(3, 5));

		assertThat(analysis.enoughData()).isTrue();
		assertThat(analysis.trialLimits()).isTrue();
		assertThat(analysis.mean()).isEqualTo(4.0);
		assertThat(analysis.upperLimit()).isCloseTo(4 + 2.66 * 2, within(1e-12));
	}

	@Test
	void noValuesAtAllIsNotEnoughData() {
		SpcAnalysis analysis = analyse(List.of());

		assertThat(analysis.enoughData()).isFalse();
		assertThat(analysis.points()).isEmpty();
		assertThat(analysis.explanation()).isEqualTo(
				"Not enough data: 0 points; at least 2 are needed for trial process limits and 13 for firm ones.");
	}

	@Test
	void oneValueIsOnePoint() {
		assertThat(analyse(List.of(4.0)).explanation()).isEqualTo(
				"Not enough data: 1 point; at least 2 are needed for trial process limits and 13 for firm ones.");
	}

	@Test
	void aGapIsRefusedWithItsPosition() {
		List<Double> values = Arrays.asList(1.0, 2.0, null, 4.0, 5.0);

		assertThatIllegalArgumentException().isThrownBy(() -> analyse(values))
			.withMessage("Value 3 of 5 is missing: remove gaps before the analysis.");
	}

	@Test
	void aValueThatIsNotANumberIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> analyse(List.of(1.0, Double.NaN)))
			.withMessage("Value 2 of 2 is not a finite number.");
		assertThatIllegalArgumentException().isThrownBy(() -> analyse(List.of(Double.POSITIVE_INFINITY)))
			.withMessage("Value 1 of 1 is not a finite number.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Spc.analyse(Charts.steady(), Improvement.UP, Double.NaN, SpcLimitChoices.none(),
					SpcSettings.standard()))
			.withMessage("The target is not a finite number.");
	}

	@Test
	void aBaselineShorterThanTheMinimumGivesTrialLimits() {
		SpcAnalysis analysis = Spc.analyse(Charts.steady(), Improvement.UP, null, 12, SpcSettings.standard());

		assertThat(analysis.trialLimits()).isTrue();
		assertThat(analysis.baselinePoints()).isEqualTo(12);
		assertThat(analysis.warnings()).containsExactly(
				"Trial limits for values 1 to 20: they come from only the first 12 values, and at least 13 are needed for firm limits.");
	}

	@Test
	void aBaselineOfOnePointIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Spc.analyse(Charts.steady(), Improvement.UP, null, 1, SpcSettings.standard()))
			.withMessage("A baseline needs at least 2 points for a moving range; 1 point was chosen.");
	}

	@Test
	void aBaselineLongerThanTheDataIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Spc.analyse(Charts.steady(), Improvement.UP, null, 21, SpcSettings.standard()))
			.withMessage("The baseline of 21 points is longer than the 20 values given.");
	}

	@Test
	void aBaselineOfEveryPointIsTheSameAsNone() {
		List<Double> values = Charts.steady(12, 13, 8);

		assertThat(Spc.analyse(values, Improvement.UP, 9.0, 23, SpcSettings.standard()))
			.isEqualTo(Spc.analyse(values, Improvement.UP, 9.0, SpcLimitChoices.none(), SpcSettings.standard()));
	}

	@Test
	void settingsBelowTwoAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SpcSettings(1, 7, 13))
			.withMessage("The run length must be at least 2; it was 1.");
		assertThatIllegalArgumentException().isThrownBy(() -> new SpcSettings(7, 0, 13))
			.withMessage("The trend length must be at least 2; it was 0.");
		assertThatIllegalArgumentException().isThrownBy(() -> new SpcSettings(7, 7, 1))
			.withMessage("The minimum number of points must be at least 2; it was 1.");
	}

	@Test
	void missingArgumentsAreProgrammingErrors() {
		assertThatNullPointerException()
			.isThrownBy(() -> Spc.analyse(null, Improvement.UP, null, SpcLimitChoices.none(), SpcSettings.standard()));
		assertThatNullPointerException()
			.isThrownBy(() -> Spc.analyse(Charts.steady(), null, null, SpcLimitChoices.none(), SpcSettings.standard()));
		assertThatNullPointerException()
			.isThrownBy(() -> Spc.analyse(Charts.steady(), Improvement.UP, null, SpcLimitChoices.none(), null));
	}

	@Test
	void theResultCannotBeChangedAfterwards() {
		SpcAnalysis analysis = analyse(Charts.steady(12, 12, 12, 12, 12, 12, 12));

		assertThat(analysis.points()).isUnmodifiable();
		assertThat(analysis.latest().causes()).isUnmodifiable();
	}

}
