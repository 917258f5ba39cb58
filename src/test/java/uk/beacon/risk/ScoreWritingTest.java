package uk.beacon.risk;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each council's way of writing a score: which axis first, what the axes are called, and
 * labels that are the levels' own numbers. The standard matrix reads as it always did.
 */
class ScoreWritingTest {

	private static final List<String> NUMBERS = List.of("1", "2", "3", "4", "5");

	/** Six named levels with their own ranges, as a second council keys them. */
	static final List<RiskBand> SIX_LEVELS = List.of(new RiskBand(20, 25, "Very High", BandColour.DARK_RED),
			new RiskBand(15, 16, "High", BandColour.RED), new RiskBand(10, 12, "High/Medium", BandColour.ORANGE),
			new RiskBand(6, 9, "Medium", BandColour.AMBER), new RiskBand(3, 5, "Medium/Low", BandColour.YELLOW),
			new RiskBand(1, 2, "Low", BandColour.GREEN));

	private static final RiskMatrix NUMBERED = new RiskMatrix(5, NUMBERS, null, NUMBERS, SIX_LEVELS,
			new ScoreWriting(true, "impact", "likelihood"));

	private static final RiskMatrix STANDARD = RiskMatrix.standard();

	@Test
	void theStandardMatrixWritesImpactFirstInWordsAsBefore() {
		RiskPosition position = RiskPosition.of(4, 3);
		assertThat(STANDARD.scoreText(position, RiskKind.RISK)).isEqualTo("12 Major/Possible");
		assertThat(position.label(STANDARD, RiskKind.RISK)).isEqualTo("12 Major/Possible");
		assertThat(STANDARD.scoreText(RiskPosition.of(5, 3), RiskKind.OPPORTUNITY))
			.isEqualTo("15 Outstanding/Possible");
		assertThat(STANDARD.scoreText(RiskPosition.scoreOnly(20), RiskKind.RISK)).isEqualTo("20");
		assertThat(STANDARD.rating(position, RiskKind.RISK)).isEqualTo("12 Major/Possible: Amber");
		assertThat(STANDARD.key()).isEqualTo("A score is impact × likelihood on the 5×5 matrix, written impact first: "
				+ "12 Major/Possible is impact Major (4) and likelihood Possible (3).");
	}

	@Test
	void aCouncilKeyingItsAxesByNumberNamesThemInItsOrder() {
		RiskPosition position = RiskPosition.of(3, 4);
		assertThat(NUMBERED.numbered()).isTrue();
		assertThat(NUMBERED.scoreText(position, RiskKind.RISK)).isEqualTo("12 (likelihood 4, impact 3)");
		assertThat(NUMBERED.rating(position, RiskKind.RISK)).isEqualTo("12 (likelihood 4, impact 3): High/Medium");
		assertThat(NUMBERED.rating(RiskPosition.of(5, 5), RiskKind.RISK))
			.isEqualTo("25 (likelihood 5, impact 5): Very High");
		assertThat(NUMBERED.key()).isEqualTo(
				"A score is likelihood × impact on the 5×5 matrix, written likelihood first: 12 (likelihood 4, impact 3).");
	}

	@Test
	void wordsWrittenLikelihoodFirstUnderTheCouncilsNames() {
		RiskMatrix matrix = new RiskMatrix(5, STANDARD.impactLabels(), STANDARD.opportunityImpactLabels(),
				STANDARD.likelihoodLabels(), STANDARD.bands(), new ScoreWriting(true, "severity", "probability"));
		assertThat(matrix.scoreText(RiskPosition.of(4, 3), RiskKind.RISK)).isEqualTo("12 Possible/Major");
		assertThat(matrix.key()).isEqualTo("A score is probability × severity on the 5×5 matrix, written probability "
				+ "first: 12 Likely/Moderate is probability Likely (4) and severity Moderate (3).");
	}

	@Test
	void aScoreIsReadBackInTheCouncilsOrder() {
		RiskMatrix likelihoodFirst = new RiskMatrix(5, STANDARD.impactLabels(), null, STANDARD.likelihoodLabels(),
				STANDARD.bands(), new ScoreWriting(true, "impact", "likelihood"));
		assertThat(RiskPositions.readAsPrinted("12 Possible/Major", likelihoodFirst, RiskKind.RISK).position())
			.contains(RiskPosition.of(4, 3));
		assertThat(RiskPositions.readAsPrinted("12 Major/Possible", STANDARD, RiskKind.RISK).position())
			.contains(RiskPosition.of(4, 3));
		assertThat(RiskPositions.read("3", "4", "15", NUMBERED, RiskKind.RISK).message())
			.isEqualTo("15 is not 4 × 3 = 12 (likelihood 4, impact 3).");
	}

	@Test
	void aMatrixWrittenTheStandardWayKeepsItsFingerprint() {
		RiskMatrix written = new RiskMatrix(5, STANDARD.impactLabels(), STANDARD.opportunityImpactLabels(),
				STANDARD.likelihoodLabels(), STANDARD.bands(), ScoreWriting.standard());
		assertThat(written.fingerprint()).isEqualTo(STANDARD.fingerprint());
		RiskMatrix otherwise = new RiskMatrix(5, STANDARD.impactLabels(), STANDARD.opportunityImpactLabels(),
				STANDARD.likelihoodLabels(), STANDARD.bands(), new ScoreWriting(true, "impact", "likelihood"));
		assertThat(otherwise.fingerprint()).isNotEqualTo(STANDARD.fingerprint());
	}

	@Test
	void bandsChangedOnTheirOwnKeepTheScalesAndWriting() {
		RiskMatrix rebanded = NUMBERED.withBands(STANDARD.bands());
		assertThat(rebanded.writing()).isEqualTo(NUMBERED.writing());
		assertThat(rebanded.impactLabels()).isEqualTo(NUMBERS);
		assertThat(rebanded.rating(RiskPosition.of(3, 4), RiskKind.RISK))
			.isEqualTo("12 (likelihood 4, impact 3): Amber");
	}

	@Test
	void axesNeedTheirOwnNamesInLetters() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScoreWriting(false, "Impact", "impact"))
			.withMessage("Both axes are called \"Impact\"; give each its own name, as the score names both.");
		assertThat(ScoreWriting.nameProblem("score (1-5)", "impact")).isEqualTo(
				"The impact axis is called \"score (1-5)\"; name it in letters and spaces only, such as impact.");
		assertThat(ScoreWriting.nameProblem(" ", "likelihood"))
			.isEqualTo("The likelihood axis needs a name, such as likelihood.");
		assertThat(ScoreWriting.nameProblem("probability", "likelihood")).isNull();
	}

	@Test
	void printedRatingsAreShownOnlyWhereTheySaySomethingElse() {
		RiskLevel highMedium = new RiskLevel("High/Medium", BandColour.ORANGE, true);
		assertThat(RiskRules.printedWhereDifferent(printed("Medium"), highMedium)).isEqualTo("Medium");
		assertThat(RiskRules.printedWhereDifferent(printed("high/medium"), highMedium)).isNull();
		assertThat(RiskRules.printedWhereDifferent(printed("AMBER"), highMedium)).as("its colour counts as amber")
			.isNull();
		assertThat(RiskRules.printedWhereDifferent(printed("RED"), highMedium)).isEqualTo("RED");
		assertThat(RiskRules.printedWhereDifferent(printed("RED"), new RiskLevel("RED", BandColour.RED, false)))
			.as("a rating printed without scores is the level")
			.isNull();
	}

	private static RiskAssessment printed(String rating) {
		return new RiskAssessment(java.time.LocalDate.of(2019, 9, 30),
				uk.beacon.period.FinancialQuarter.containing(java.time.LocalDate.of(2019, 9, 30)), null,
				RiskPosition.of(3, 4), null, null, rating, null);
	}

}
