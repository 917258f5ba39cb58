package uk.beacon.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A matrix that would leave a score unbanded, or read a word as two levels, is refused
 * with a message naming what to fix.
 */
class RiskMatrixValidationTest {

	private static final List<String> IMPACTS = RiskMatrix.standard().impactLabels();

	private static final List<String> OPPORTUNITY_IMPACTS = RiskMatrix.standard().opportunityImpactLabels();

	private static final List<String> LIKELIHOODS = RiskMatrix.standard().likelihoodLabels();

	private static final RiskBand GREEN = new RiskBand(1, 6, "Green", BandColour.GREEN);

	private static final RiskBand AMBER = new RiskBand(8, 12, "Amber", BandColour.AMBER);

	private static final RiskBand RED = new RiskBand(15, 25, "Red", BandColour.RED);

	private static RiskMatrix fiveByFive(List<RiskBand> bands) {
		return new RiskMatrix(5, IMPACTS, OPPORTUNITY_IMPACTS, LIKELIHOODS, bands);
	}

	private static RiskMatrix withImpacts(String... impacts) {
		return new RiskMatrix(5, Arrays.asList(impacts), null, LIKELIHOODS, List.of(GREEN, AMBER, RED));
	}

	@Test
	void rejectsAOneByOneMatrix() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskMatrix(1, List.of("Low"), null, List.of("Likely"),
					List.of(new RiskBand(1, 1, "Low", BandColour.GREEN))))
			.withMessage("A risk matrix is from 2×2 to 10×10, not 1×1; give the same number of levels, 2 to 10, "
					+ "on each axis.");
	}

	@Test
	void rejectsAnElevenByElevenMatrix() {
		List<String> words = new ArrayList<>();
		for (int level = 1; level <= 11; level++) {
			words.add("Level " + (char) ('A' + level));
		}
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new RiskMatrix(11, words, null, words, List.of(new RiskBand(1, 121, "All", BandColour.GREY))))
			.withMessageStartingWith("A risk matrix is from 2×2 to 10×10, not 11×11");
	}

	@Test
	void rejectsFourImpactWordsOnAFiveByFiveMatrix() {
		assertThatIllegalArgumentException().isThrownBy(() -> withImpacts("Minor", "Moderate", "Major", "Severe"))
			.withMessage("The 5×5 matrix needs 5 impact labels, one for each level, but has 4.");
	}

	@Test
	void rejectsMissingLikelihoodWords() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskMatrix(5, IMPACTS, null, null, List.of(GREEN, AMBER, RED)))
			.withMessage("The 5×5 matrix needs 5 likelihood labels, one for each level, but has 0.");
	}

	@Test
	void rejectsTooFewOpportunityWords() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new RiskMatrix(5, IMPACTS, List.of("Outstanding"), LIKELIHOODS, List.of(GREEN, AMBER, RED)))
			.withMessage("The 5×5 matrix needs 5 opportunity impact labels, one for each level, but has 1.");
	}

	@Test
	void rejectsABlankLabel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> withImpacts("Insignificant", "Minor", " ", "Major", "Catastrophic"))
			.withMessage("Impact level 3 has no label; give it a word, such as Major or Likely.");
	}

	@Test
	void rejectsTheSameWordAtTwoLevels() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> withImpacts("Insignificant", "Minor", "Moderate", "minor", "Catastrophic"))
			.withMessage("Impact levels 2 and 4 are both labelled \"minor\"; each level needs its own label.");
	}

	@Test
	void rejectsAnotherLevelsNumberAsALabel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> withImpacts("Insignificant", "3", "Moderate", "Major", "Catastrophic"))
			.withMessage("Impact level 2 is labelled \"3\"; a label that is a number must be the level's own (2), "
					+ "because a number is read as a level.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> withImpacts("Insignificant", "2.0", "Moderate", "Major", "Catastrophic"))
			.withMessageContaining("must be the level's own (2)");
	}

	@Test
	void acceptsEachLevelsOwnNumberAsItsLabel() {
		assertThat(withImpacts("1", "2", "3", "4", "5").impactLabels()).containsExactly("1", "2", "3", "4", "5");
		assertThat(withImpacts("Insignificant", "2", "Moderate", "Major", "Catastrophic").numbered()).isTrue();
		assertThat(RiskMatrix.standard().numbered()).isFalse();
	}

	@Test
	void rejectsASlashInALabel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> withImpacts("Insignificant", "Minor", "Moderate", "Major/High", "Catastrophic"))
			.withMessage("Impact level 4 is labelled \"Major/High\"; a label cannot contain \"/\", which separates "
					+ "impact from likelihood in 12 Major/Possible.");
	}

	@Test
	void rejectsTheSameOpportunityWordAtTwoLevels() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskMatrix(5, IMPACTS, List.of("Small", "Minor", "Moderate", "Major", "Small"),
					LIKELIHOODS, List.of(GREEN, AMBER, RED)))
			.withMessage("Opportunity impact levels 1 and 5 are both labelled \"Small\"; each level needs its own "
					+ "label.");
	}

	@Test
	void rejectsAMatrixWithoutBands() {
		assertThatIllegalArgumentException().isThrownBy(() -> fiveByFive(List.of()))
			.withMessage("The 5×5 matrix needs bands, such as 15 to 25 Red; every score it can produce needs one.");
	}

	@Test
	void rejectsAGapAtAnAchievableScore() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fiveByFive(List.of(GREEN, new RiskBand(10, 12, "Amber", BandColour.AMBER), RED)))
			.withMessage("No band covers the score 8 (2 × 4 on the 5×5 matrix); every score the matrix can "
					+ "produce needs a band.");
	}

	@Test
	void rejectsAGapAtTheTopOfTheMatrix() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fiveByFive(List.of(GREEN, AMBER, new RiskBand(15, 20, "Red", BandColour.RED))))
			.withMessage("No band covers the score 25 (5 × 5 on the 5×5 matrix); every score the matrix can "
					+ "produce needs a band.");
	}

	@Test
	void rejectsOverlappingBands() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fiveByFive(List.of(GREEN, AMBER, new RiskBand(12, 25, "Red", BandColour.RED))))
			.withMessage("The score 12 is in more than one band: Amber (8 to 12) and Red (12 to 25); each score must "
					+ "be in exactly one band.");
	}

	@Test
	void acceptsBandsThatOverlapOnlyAtScoresTheMatrixCannotProduce() {
		// 7 is not a product of two levels on a 5×5 matrix, so no risk can be in both
		fiveByFive(List.of(new RiskBand(1, 7, "Green", BandColour.GREEN),
				new RiskBand(7, 12, "Amber", BandColour.AMBER), RED));
	}

	@Test
	void rejectsABandNoScoreCanReach() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fiveByFive(List.of(GREEN, AMBER, RED, new RiskBand(26, 30, "Black", BandColour.GREY))))
			.withMessage("The band Black (26 to 30) holds no score the 5×5 matrix can produce; remove it or change "
					+ "its scores.");
	}

	@Test
	void rejectsABandOfOnlyImpossibleScores() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fiveByFive(List.of(GREEN, AMBER, new RiskBand(13, 14, "Odd", BandColour.GREY), RED)))
			.withMessage("The band Odd (13 to 14) holds no score the 5×5 matrix can produce; remove it or change "
					+ "its scores.");
	}

}
