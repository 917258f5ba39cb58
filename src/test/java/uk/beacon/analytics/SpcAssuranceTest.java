package uk.beacon.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The steady chart's limits are 4.68 and 15.32. */
class SpcAssuranceTest {

	private static AssuranceIcon assurance(List<Double> values, Improvement improvement, Double target) {
		return Spc.analyse(values, improvement, target, SpcLimitChoices.none(), SpcSettings.standard()).assurance();
	}

	@ParameterizedTest
	@CsvSource({ "UP, 20, CONSISTENTLY_FAILING", "UP, 15.32, CONSISTENTLY_FAILING", "UP, 15.31, HIT_AND_MISS",
			"UP, 10, HIT_AND_MISS", "UP, 4.69, HIT_AND_MISS", "UP, 4.68, CONSISTENTLY_PASSING",
			"UP, 2, CONSISTENTLY_PASSING", "DOWN, 20, CONSISTENTLY_PASSING", "DOWN, 15.32, CONSISTENTLY_PASSING",
			"DOWN, 10, HIT_AND_MISS", "DOWN, 4.68, CONSISTENTLY_FAILING", "DOWN, 2, CONSISTENTLY_FAILING" })
	void theTargetAgainstTheLimits(Improvement improvement, double target, AssuranceIcon expected) {
		assertThat(assurance(Charts.steady(), improvement, target)).isEqualTo(expected);
	}

	@Test
	void noTargetGivesNoAssurance() {
		assertThat(assurance(Charts.steady(), Improvement.UP, null)).isEqualTo(AssuranceIcon.NO_TARGET);
	}

	@Test
	void noBetterDirectionGivesNoAssuranceWhateverTheTarget() {
		assertThat(assurance(Charts.steady(), Improvement.NEITHER, 20.0)).isEqualTo(AssuranceIcon.NO_TARGET);
		assertThat(assurance(Charts.steady(), Improvement.NEITHER, 10.0)).isEqualTo(AssuranceIcon.NO_TARGET);
	}

	@Test
	void aProcessThatNeverVariesPassesATargetItAlwaysMeets() {
		List<Double> fives = Charts.repeat(5, 15);

		assertThat(assurance(fives, Improvement.UP, 5.0)).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSING);
		assertThat(assurance(fives, Improvement.DOWN, 5.0)).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSING);
		assertThat(assurance(fives, Improvement.UP, 5.01)).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILING);
		assertThat(assurance(fives, Improvement.DOWN, 5.01)).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSING);
	}

	@Test
	void theAssuranceUsesTheBaselineLimits() {
		// the later values would widen limits drawn from every point
		List<Double> values = Charts.steady(30, 30, 30);

		assertThat(Spc.analyse(values, Improvement.UP, 16.0, 20, SpcSettings.standard()).assurance())
			.isEqualTo(AssuranceIcon.CONSISTENTLY_FAILING);
		assertThat(
				Spc.analyse(values, Improvement.UP, 16.0, SpcLimitChoices.none(), SpcSettings.standard()).assurance())
			.isEqualTo(AssuranceIcon.HIT_AND_MISS);
	}

	@Test
	void everyAssuranceIconHasALabel() {
		assertThat(AssuranceIcon.CONSISTENTLY_PASSING.label()).isEqualTo("Consistently passing the target");
		assertThat(AssuranceIcon.NO_TARGET.label()).isEqualTo("No target");
	}

}
