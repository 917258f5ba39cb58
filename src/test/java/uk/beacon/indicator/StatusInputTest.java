package uk.beacon.indicator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class StatusInputTest {

	private static final Target EIGHTY_SIX = new Target.Value(new BigDecimal("86"));

	@Test
	void aMissingToleranceMeansNone() {
		StatusInput input = new StatusInput(BigDecimal.TEN, Unit.PERCENT, 0, Polarity.HIGHER_IS_BETTER, EIGHTY_SIX,
				null, null, null, null);
		assertThat(input.rule()).isEqualTo(RagRule.none());
	}

	@Test
	void aMissingTargetIsAMistakeNotNoTarget() {
		assertThatNullPointerException()
			.isThrownBy(() -> new StatusInput(BigDecimal.TEN, Unit.PERCENT, 0, Polarity.HIGHER_IS_BETTER, null, null,
					null, null, null))
			.withMessage("target must not be null: use new Target.None() for an indicator with no target");
	}

	@Test
	void needsAUnitAndAPolarity() {
		assertThatNullPointerException().isThrownBy(() -> new StatusInput(BigDecimal.TEN, null, 0,
				Polarity.HIGHER_IS_BETTER, EIGHTY_SIX, null, null, null, null));
		assertThatNullPointerException().isThrownBy(
				() -> new StatusInput(BigDecimal.TEN, Unit.PERCENT, 0, null, EIGHTY_SIX, null, null, null, null));
	}

	@Test
	void theShareOfTheYearIsBetweenNothingAndAll() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StatusInput(BigDecimal.TEN, Unit.PERCENT, 0, Polarity.HIGHER_IS_BETTER, EIGHTY_SIX,
					null, null, new BigDecimal("1.25"), null))
			.withMessage("The share of the year elapsed must be between 0 and 1, not 1.25");
		assertThatIllegalArgumentException().isThrownBy(() -> new StatusInput(BigDecimal.TEN, Unit.PERCENT, 0,
				Polarity.HIGHER_IS_BETTER, EIGHTY_SIX, null, null, new BigDecimal("-0.25"), null));
	}

	@Test
	void aBenchmarkQuartileIsOneToFour() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StatusInput(BigDecimal.TEN, Unit.PERCENT, 0, Polarity.HIGHER_IS_BETTER, EIGHTY_SIX,
					null, null, null, 5))
			.withMessage("A benchmark quartile is 1 (top) to 4 (bottom), not 5");
	}

	@Test
	void aQuartilesSourceComesOnlyWithTheQuartile() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StatusInput(BigDecimal.TEN, Unit.PERCENT, 0, Polarity.HIGHER_IS_BETTER, EIGHTY_SIX,
					null, null, null, null, "the comparator group CIPFA nearest neighbours"))
			.withMessage("A quartile's source is given only with the quartile");
	}

	@Test
	void decimalPlacesCannotBeNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StatusInput(BigDecimal.TEN, Unit.PERCENT, -1,
				Polarity.HIGHER_IS_BETTER, EIGHTY_SIX, null, null, null, null));
	}

	@Test
	void anAssessmentNeedsAnExplanation() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StatusAssessment(Status.RED, " "));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DirectionAssessment(DirectionOfTravel.IMPROVING, null));
	}

	@Test
	void labelsReadAsACouncilOfficerWouldWriteThem() {
		assertThat(Status.NOT_RATED.label()).isEqualTo("Not rated");
		assertThat(Status.NO_DATA.label()).isEqualTo("No data");
		assertThat(Polarity.HIGHER_IS_BETTER.describe()).isEqualTo("higher is better");
		assertThat(Polarity.LOWER_IS_BETTER.describe()).isEqualTo("lower is better");
		assertThat(Polarity.WITHIN_RANGE.describe()).isEqualTo("within a range is best");
		assertThat(Polarity.NO_POLARITY.describe()).isEqualTo("no polarity");
		assertThat(DirectionOfTravel.NOT_APPLICABLE.label()).isEqualTo("Not applicable");
		assertThat(DirectionOfTravel.NO_CHANGE.label()).isEqualTo("No change");
	}

}
