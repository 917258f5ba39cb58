package uk.beacon.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskPositionTest {

	private static final RiskMatrix MATRIX = RiskMatrix.standard();

	@Test
	void scoreIsImpactTimesLikelihood() {
		RiskPosition position = RiskPosition.of(4, 3);
		assertThat(position.impact()).isEqualTo(4);
		assertThat(position.likelihood()).isEqualTo(3);
		assertThat(position.score()).isEqualTo(12);
		assertThat(position.hasFactors()).isTrue();
	}

	@Test
	void aScoreAloneHasNoFactors() {
		RiskPosition position = RiskPosition.scoreOnly(20);
		assertThat(position.score()).isEqualTo(20);
		assertThat(position.hasFactors()).isFalse();
		assertThat(position.impact()).isNull();
		assertThat(position.likelihood()).isNull();
	}

	@Test
	void isLabelledAsCouncilsPrintIt() {
		assertThat(RiskPosition.of(4, 3).label(MATRIX, RiskKind.RISK)).isEqualTo("12 Major/Possible");
		assertThat(RiskPosition.of(5, 5).label(MATRIX, RiskKind.RISK)).isEqualTo("25 Catastrophic/Certain");
		assertThat(RiskPosition.of(1, 1).label(MATRIX, RiskKind.RISK)).isEqualTo("1 Insignificant/Rare");
	}

	@Test
	void anOpportunityAtTheTopIsOutstanding() {
		assertThat(RiskPosition.of(5, 3).label(MATRIX, RiskKind.OPPORTUNITY)).isEqualTo("15 Outstanding/Possible");
		assertThat(RiskPosition.of(5, 3).label(MATRIX, RiskKind.RISK)).isEqualTo("15 Catastrophic/Possible");
	}

	@Test
	void aScoreAloneIsLabelledWithTheScore() {
		assertThat(RiskPosition.scoreOnly(20).label(MATRIX, RiskKind.RISK)).isEqualTo("20");
	}

	@Test
	void cannotBeLabelledOnAMatrixItDoesNotFit() {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskPosition.of(6, 1).label(MATRIX, RiskKind.RISK))
			.withMessage("6 is not an impact level of the 5×5 matrix; use 1 to 5.");
	}

	@Test
	void rejectsAScoreThatIsNotTheProduct() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskPosition(4, 3, 15))
			.withMessage("A score of 15 is not impact 4 × likelihood 3 = 12.");
	}

	@Test
	void rejectsAnImpactWithoutALikelihood() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskPosition(4, null, 12))
			.withMessage("A position needs both an impact and a likelihood, or the score alone; the likelihood is "
					+ "missing.");
	}

	@Test
	void rejectsALikelihoodWithoutAnImpact() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskPosition(null, 3, 12))
			.withMessage("A position needs both an impact and a likelihood, or the score alone; the impact is "
					+ "missing.");
	}

	@Test
	void rejectsAScoreAloneBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskPosition.scoreOnly(0))
			.withMessage("A score given alone must be 1 or more, not 0.");
	}

	@Test
	void rejectsALevelOfZero() {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskPosition.of(0, 3))
			.withMessage("An impact level is 1 to at most 10 (on a 10×10 matrix), not 0.");
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskPosition(3, -1, -3))
			.withMessage("A likelihood level is 1 to at most 10 (on a 10×10 matrix), not -1.");
	}

	@Test
	void rejectsALevelNoMatrixHas() {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskPosition.of(3, 11))
			.withMessage("A likelihood level is 1 to at most 10 (on a 10×10 matrix), not 11.");
	}

}
