package uk.beacon.analytics;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SpcInputsTest {

	private static SpcAnalysis analyse(List<Double> values) {
		return Charts.analyse(values, Improvement.UP);
	}

	@Test
	void fewerPointsThanTheMinimumGiveNoLimitsAndNoIcons() {
		SpcAnalysis analysis = Spc.analyse(Charts.values(3, 5, 4, 8, 6, 5, 7, 4, 6), Improvement.UP, 5.0, null,
				SpcSettings.standard());

		assertThat(analysis.enoughData()).isFalse();
		assertThat(analysis.explanation())
			.isEqualTo("Not enough data: 9 points; at least 13 are needed for process limits.");
		assertThat(analysis.variation()).isNull();
		assertThat(analysis.assurance()).isNull();
		assertThat(analysis.baselinePoints()).isZero();
		assertThat(analysis.mean()).isNaN();
		assertThat(analysis.averageMovingRange()).isNaN();
		assertThat(analysis.upperLimit()).isNaN();
		assertThat(analysis.lowerLimit()).isNaN();
	}

	@Test
	void withoutLimitsThePointsStillCarryTheirValuesAndMovingRanges() {
		SpcAnalysis analysis = analyse(Charts.values(3, 5, 4.5));

		assertThat(analysis.points()).extracting(SpcPoint::index).containsExactly(0, 1, 2);
		assertThat(analysis.points()).extracting(SpcPoint::value).containsExactly(3.0, 5.0, 4.5);
		assertThat(analysis.points()).extracting(SpcPoint::movingRange).containsExactly(null, 2.0, 0.5);
		assertThat(analysis.points()).allSatisfy((point) -> {
			assertThat(point.mean()).isNaN();
			assertThat(point.upperLimit()).isNaN();
			assertThat(point.causes()).isEmpty();
			assertThat(point.high()).isFalse();
			assertThat(point.inBaseline()).isFalse();
		});
	}

	@Test
	void theMinimumIsThirteenPoints() {
		assertThat(analyse(Charts.alternating(11, 9, 12)).enoughData()).isFalse();
		assertThat(analyse(Charts.alternating(11, 9, 13)).enoughData()).isTrue();
		assertThat(SpcSettings.standard()).isEqualTo(new SpcSettings(7, 7, 13));
	}

	@Test
	void noValuesAtAllIsNotEnoughData() {
		SpcAnalysis analysis = analyse(List.of());

		assertThat(analysis.enoughData()).isFalse();
		assertThat(analysis.points()).isEmpty();
		assertThat(analysis.explanation())
			.isEqualTo("Not enough data: 0 points; at least 13 are needed for process limits.");
	}

	@Test
	void oneValueIsOnePoint() {
		assertThat(analyse(List.of(4.0)).explanation())
			.isEqualTo("Not enough data: 1 point; at least 13 are needed for process limits.");
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
			.isThrownBy(() -> Spc.analyse(Charts.steady(), Improvement.UP, Double.NaN, null, SpcSettings.standard()))
			.withMessage("The target is not a finite number.");
	}

	@Test
	void aBaselineShorterThanTheMinimumIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Spc.analyse(Charts.steady(), Improvement.UP, null, 12, SpcSettings.standard()))
			.withMessage("A baseline needs at least 13 points for process limits; 12 were chosen.");
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
			.isEqualTo(Spc.analyse(values, Improvement.UP, 9.0, null, SpcSettings.standard()));
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
			.isThrownBy(() -> Spc.analyse(null, Improvement.UP, null, null, SpcSettings.standard()));
		assertThatNullPointerException()
			.isThrownBy(() -> Spc.analyse(Charts.steady(), null, null, null, SpcSettings.standard()));
		assertThatNullPointerException()
			.isThrownBy(() -> Spc.analyse(Charts.steady(), Improvement.UP, null, null, null));
	}

	@Test
	void theResultCannotBeChangedAfterwards() {
		SpcAnalysis analysis = analyse(Charts.steady(12, 12, 12, 12, 12, 12, 12));

		assertThat(analysis.points()).isUnmodifiable();
		assertThat(analysis.latest().causes()).isUnmodifiable();
	}

}
