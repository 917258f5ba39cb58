package uk.beacon.risk;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskMatrixTest {

	private static final RiskMatrix STANDARD = RiskMatrix.standard();

	private static final List<RiskBand> HIGH_MEDIUM_LOW = List.of(new RiskBand(1, 2, "Low", BandColour.GREEN),
			new RiskBand(3, 6, "Medium", BandColour.AMBER), new RiskBand(8, 16, "High", BandColour.RED));

	private static final List<String> FOUR_IMPACTS = List.of("Low", "Medium", "High", "Very high");

	private static final List<String> FOUR_LIKELIHOODS = List.of("Remote", "Unlikely", "Likely", "Almost certain");

	@Test
	void theStandardMatrixIsFiveByFiveWithTheLancashireWords() {
		assertThat(STANDARD.size()).isEqualTo(5);
		assertThat(STANDARD.dimensions()).isEqualTo("5×5");
		assertThat(STANDARD.impactLabels()).containsExactly("Insignificant", "Minor", "Moderate", "Major",
				"Catastrophic");
		assertThat(STANDARD.likelihoodLabels()).containsExactly("Rare", "Unlikely", "Possible", "Likely", "Certain");
	}

	@Test
	void opportunitiesUseOutstandingAtTheTop() {
		assertThat(STANDARD.opportunityImpactLabels()).containsExactly("Insignificant", "Minor", "Moderate", "Major",
				"Outstanding");
		assertThat(STANDARD.impactLabel(5, RiskKind.OPPORTUNITY)).isEqualTo("Outstanding");
		assertThat(STANDARD.impactLabel(5, RiskKind.RISK)).isEqualTo("Catastrophic");
		assertThat(STANDARD.impactLabel(4, RiskKind.OPPORTUNITY)).isEqualTo("Major");
	}

	@Test
	void theStandardBandsAreGreenToSixAmberToTwelveAndRedAbove() {
		assertThat(STANDARD.bands()).containsExactly(new RiskBand(1, 6, "Green", BandColour.GREEN),
				new RiskBand(8, 12, "Amber", BandColour.AMBER), new RiskBand(15, 25, "Red", BandColour.RED));
	}

	@ParameterizedTest
	@CsvSource({ "1, Green", "6, Green", "8, Amber", "9, Amber", "12, Amber", "15, Red", "16, Red", "25, Red" })
	void bandsTheStandardScores(int score, String level) {
		assertThat(STANDARD.bandOf(score).level()).isEqualTo(level);
	}

	@ParameterizedTest
	@CsvSource({ "0", "7", "11", "13", "14", "17", "26", "-4" })
	void refusesToBandAScoreTheMatrixCannotProduce(int score) {
		assertThatIllegalArgumentException().isThrownBy(() -> STANDARD.bandOf(score))
			.withMessage(score + " is not a score the 5×5 matrix can produce; a score is impact × likelihood, "
					+ "each 1 to 5.");
	}

	@ParameterizedTest
	@CsvSource({ "major, 4", "MAJOR, 4", "'  Major ', 4", "insignificant, 1", "Catastrophic, 5" })
	void readsAnImpactWordWhateverItsCaseAndSpacing(String label, int level) {
		assertThat(STANDARD.impactLevel(label, RiskKind.RISK)).hasValue(level);
	}

	@ParameterizedTest
	@CsvSource({ "possible, 3", "' Likely', 4", "CERTAIN, 5", "rare, 1" })
	void readsALikelihoodWordWhateverItsCase(String label, int level) {
		assertThat(STANDARD.likelihoodLevel(label)).hasValue(level);
	}

	@Test
	void readsASpacedWordWithRunsOfSpaces() {
		RiskMatrix matrix = new RiskMatrix(4, FOUR_IMPACTS, null, FOUR_LIKELIHOODS, HIGH_MEDIUM_LOW);
		assertThat(matrix.likelihoodLevel("almost   Certain")).hasValue(4);
		assertThat(matrix.impactLevel("very high", RiskKind.RISK)).hasValue(4);
	}

	@Test
	void anOpportunityIsReadWithItsOwnWordsOnly() {
		assertThat(STANDARD.impactLevel("Outstanding", RiskKind.OPPORTUNITY)).hasValue(5);
		assertThat(STANDARD.impactLevel("Major", RiskKind.OPPORTUNITY)).hasValue(4);
		assertThat(STANDARD.impactLevel("Catastrophic", RiskKind.OPPORTUNITY)).isEmpty();
		assertThat(STANDARD.impactLevel("Outstanding", RiskKind.RISK)).isEmpty();
	}

	@Test
	void findsNoLevelForAWordNotOnTheMatrix() {
		assertThat(STANDARD.impactLevel("Severe", RiskKind.RISK)).isEmpty();
		assertThat(STANDARD.likelihoodLevel("Probable")).isEmpty();
		assertThat(STANDARD.likelihoodLevel(null)).isEmpty();
	}

	@Test
	void refusesALabelForALevelOffTheMatrix() {
		assertThatIllegalArgumentException().isThrownBy(() -> STANDARD.impactLabel(6, RiskKind.RISK))
			.withMessage("6 is not an impact level of the 5×5 matrix; use 1 to 5.");
		assertThatIllegalArgumentException().isThrownBy(() -> STANDARD.likelihoodLabel(0))
			.withMessage("0 is not a likelihood level of the 5×5 matrix; use 1 to 5.");
	}

	@Test
	void opportunityWordsDefaultToTheRiskWords() {
		RiskMatrix matrix = new RiskMatrix(4, FOUR_IMPACTS, null, FOUR_LIKELIHOODS, HIGH_MEDIUM_LOW);
		assertThat(matrix.opportunityImpactLabels()).isEqualTo(FOUR_IMPACTS);
		assertThat(matrix.impactLabel(4, RiskKind.OPPORTUNITY)).isEqualTo("Very high");
	}

	@Test
	void keepsLabelsWithoutSurroundingSpaceAndBandsInScoreOrder() {
		RiskMatrix matrix = new RiskMatrix(2, List.of(" Low ", "High"), null, List.of("Unlikely", "Likely "),
				List.of(new RiskBand(3, 4, "High", BandColour.RED), new RiskBand(1, 2, "Low", BandColour.GREEN)));
		assertThat(matrix.impactLabels()).containsExactly("Low", "High");
		assertThat(matrix.likelihoodLabels()).containsExactly("Unlikely", "Likely");
		assertThat(matrix.bands()).extracting(RiskBand::level).containsExactly("Low", "High");
	}

	@Test
	void aFourByFourMatrixBandsItsOwnScores() {
		RiskMatrix matrix = new RiskMatrix(4, FOUR_IMPACTS, null, FOUR_LIKELIHOODS, HIGH_MEDIUM_LOW);
		assertThat(matrix.bandOf(16).level()).isEqualTo("High");
		assertThat(matrix.achievable(5)).isFalse();
		assertThat(matrix.achievable(9)).isTrue();
		assertThat(matrix.achievable(25)).isFalse();
	}

	@Test
	void bandsMaySkipScoresTheMatrixCannotProduce() {
		// 7, 13 and 14 are in no standard band, and 11 sits inside Amber unused
		assertThat(STANDARD.achievable(7)).isFalse();
		assertThat(STANDARD.achievable(13)).isFalse();
		assertThat(STANDARD.achievable(14)).isFalse();
		assertThat(STANDARD.achievable(11)).isFalse();
	}

	@Test
	void aPositionFitsWhenItsLevelsAreOnTheMatrix() {
		assertThat(STANDARD.fits(RiskPosition.of(5, 5))).isTrue();
		assertThat(STANDARD.fits(RiskPosition.of(6, 1))).isFalse();
		assertThat(STANDARD.fits(RiskPosition.of(1, 6))).isFalse();
	}

	@Test
	void aScoreAloneFitsWhenTheMatrixCanProduceIt() {
		assertThat(STANDARD.fits(RiskPosition.scoreOnly(20))).isTrue();
		assertThat(STANDARD.fits(RiskPosition.scoreOnly(7))).isFalse();
		assertThat(STANDARD.fits(RiskPosition.scoreOnly(30))).isFalse();
	}

}
