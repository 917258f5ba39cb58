package uk.beacon.risk;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.beacon.risk.RiskPositions.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskPositionsTest {

	private static final RiskMatrix MATRIX = RiskMatrix.standard();

	private static Result risk(String impact, String likelihood, String score) {
		return RiskPositions.read(impact, likelihood, score, MATRIX, RiskKind.RISK);
	}

	private static Result opportunity(String impact, String likelihood, String score) {
		return RiskPositions.read(impact, likelihood, score, MATRIX, RiskKind.OPPORTUNITY);
	}

	@ParameterizedTest
	@CsvSource({ "4, 3, ", "Major, Possible, ", "major, possible, 12", "' MAJOR ', ' Possible', ' 12 '",
			"4, Possible, 12", "Major, 3, 12", "04, 03, 012" })
	void readsLevelsByNumberOrByWord(String impact, String likelihood, String score) {
		assertThat(risk(impact, likelihood, score)).isEqualTo(Result.of(RiskPosition.of(4, 3)));
	}

	@Test
	void readsAScoreAlone() {
		assertThat(risk(null, "", "20")).isEqualTo(Result.of(RiskPosition.scoreOnly(20)));
	}

	@Test
	void allThreeBlankIsNoPosition() {
		Result result = risk(" ", null, "");
		assertThat(result.position()).isEmpty();
		assertThat(result.isError()).isFalse();
		assertThat(result).isEqualTo(Result.empty());
	}

	@Test
	void readsAnOpportunityWithItsOwnWords() {
		assertThat(opportunity("Outstanding", "possible", "15")).isEqualTo(Result.of(RiskPosition.of(5, 3)));
		assertThat(opportunity("Major", "Likely", "16")).isEqualTo(Result.of(RiskPosition.of(4, 4)));
	}

	@Test
	void rejectsImpactSixOnAFiveByFiveMatrix() {
		assertThat(risk("6", "3", null))
			.isEqualTo(Result.error("impact", "6 is not an impact level of the 5×5 matrix; use 1 to 5."));
	}

	@ParameterizedTest
	@CsvSource({ "0", "-1", "4.5", "99999999999" })
	void rejectsAnImpactNumberThatIsNotALevel(String impact) {
		assertThat(risk(impact, "3", null))
			.isEqualTo(Result.error("impact", impact + " is not an impact level of the 5×5 matrix; use 1 to 5."));
	}

	@Test
	void rejectsLikelihoodZero() {
		assertThat(risk("4", "0", null))
			.isEqualTo(Result.error("likelihood", "0 is not a likelihood level of the 5×5 matrix; use 1 to 5."));
	}

	@Test
	void rejectsAWordThatIsNotALikelihood() {
		assertThat(risk("Major", "Probable", null)).isEqualTo(Result.error("likelihood",
				"\"Probable\" is not a likelihood on the matrix; use Rare, Unlikely, Possible, Likely or Certain."));
	}

	@Test
	void rejectsAWordThatIsNotAnImpact() {
		assertThat(risk("Severe", "Likely", null)).isEqualTo(Result.error("impact",
				"\"Severe\" is not an impact on the matrix; use Insignificant, Minor, Moderate, Major or Catastrophic."));
	}

	@Test
	void rejectsAWordThatIsNotAnOpportunityImpact() {
		assertThat(opportunity("Severe", "Likely", null)).isEqualTo(Result.error("impact",
				"\"Severe\" is not an opportunity impact on the matrix; use Insignificant, Minor, Moderate, Major or "
						+ "Outstanding."));
	}

	@Test
	void anOpportunityCannotBeCatastrophic() {
		assertThat(opportunity("Catastrophic", "Possible", null)).isEqualTo(Result.error("impact",
				"\"Catastrophic\" is the impact of a risk, not an opportunity; for an opportunity at level 5 use "
						+ "Outstanding."));
	}

	@Test
	void aRiskCannotBeOutstanding() {
		assertThat(risk("outstanding", "Possible", null)).isEqualTo(Result.error("impact",
				"\"outstanding\" is the impact of an opportunity, not a risk; for a risk at level 5 use Catastrophic."));
	}

	@Test
	void namesTheSlipWhenImpactAndLikelihoodAreSwapped() {
		assertThat(risk("Possible", "Major", null)).isEqualTo(Result.error("impact",
				"\"Possible\" is a likelihood, not an impact; use Insignificant, Minor, Moderate, Major or "
						+ "Catastrophic."));
		assertThat(risk("4", "Major", null)).isEqualTo(Result.error("likelihood",
				"\"Major\" is an impact, not a likelihood; use Rare, Unlikely, Possible, Likely or Certain."));
		assertThat(risk("4", "Outstanding", null)).isEqualTo(Result.error("likelihood",
				"\"Outstanding\" is an impact, not a likelihood; use Rare, Unlikely, Possible, Likely or Certain."));
	}

	@Test
	void rejectsAScoreThatDisagreesWithTheLevels() {
		assertThat(risk("4", "3", "15")).isEqualTo(Result.error("score", "15 is not 4 × 3 = 12 (Major/Possible)."));
	}

	@Test
	void namesAnOpportunitysOwnWordsWhenItsScoreDisagrees() {
		assertThat(opportunity("Outstanding", "Possible", "16"))
			.isEqualTo(Result.error("score", "16 is not 5 × 3 = 15 (Outstanding/Possible)."));
	}

	@ParameterizedTest
	@CsvSource({ "twelve", "12.5", "12 Major" })
	void rejectsAScoreThatIsNotAWholeNumber(String score) {
		assertThat(risk("4", "3", score)).isEqualTo(
				Result.error("score", "\"" + score + "\" is not a score; give it as a whole number, such as 12."));
		assertThat(risk(null, null, score)).isEqualTo(
				Result.error("score", "\"" + score + "\" is not a score; give it as a whole number, such as 12."));
	}

	@ParameterizedTest
	@CsvSource({ "7", "0", "26", "-4" })
	void rejectsAScoreAloneTheMatrixCannotProduce(String score) {
		assertThat(risk(null, null, score)).isEqualTo(Result.error("score",
				score + " is not a score the 5×5 matrix can produce; a score is impact × likelihood, each 1 to 5."));
	}

	@Test
	void rejectsAnImpactWithoutALikelihood() {
		assertThat(risk("Major", " ", "12")).isEqualTo(
				Result.error("likelihood", "There is an impact but no likelihood; give both, or the score alone."));
	}

	@Test
	void rejectsALikelihoodWithoutAnImpact() {
		assertThat(risk(null, "Possible", null))
			.isEqualTo(Result.error("impact", "There is a likelihood but no impact; give both, or the score alone."));
	}

	@Test
	void reportsTheImpactFirstWhenBothLevelsAreWrong() {
		assertThat(risk("6", "Probable", null).errorColumnSuffix()).isEqualTo("impact");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12 Major/possible | 4 | 3", "12 Major/ Possible | 4 | 3",
			"16 major /likely | 4 | 4", "Major/Likely | 4 | 4", "  4/3 | 4 | 3", "12 4/3 | 4 | 3" })
	void readsAPositionAsPrinted(String printed, int impact, int likelihood) {
		assertThat(RiskPositions.readAsPrinted(printed, MATRIX, RiskKind.RISK))
			.isEqualTo(Result.of(RiskPosition.of(impact, likelihood)));
	}

	@Test
	void readsAScoreAloneAsPrinted() {
		assertThat(RiskPositions.readAsPrinted(" 20 ", MATRIX, RiskKind.RISK))
			.isEqualTo(Result.of(RiskPosition.scoreOnly(20)));
		assertThat(RiskPositions.readAsPrinted("", MATRIX, RiskKind.RISK)).isEqualTo(Result.empty());
	}

	@Test
	void namesThePartOfAPrintedPositionThatIsWrong() {
		assertThat(RiskPositions.readAsPrinted("15 Major/Possible", MATRIX, RiskKind.RISK))
			.isEqualTo(Result.error("score", "15 is not 4 × 3 = 12 (Major/Possible)."));
		assertThat(RiskPositions.readAsPrinted("12 Major/Probable", MATRIX, RiskKind.RISK).errorColumnSuffix())
			.isEqualTo("likelihood");
		assertThat(RiskPositions.readAsPrinted("15 Catastrophic/Possible", MATRIX, RiskKind.OPPORTUNITY)
			.errorColumnSuffix()).isEqualTo("impact");
		assertThat(RiskPositions.readAsPrinted("Red", MATRIX, RiskKind.RISK).message())
			.isEqualTo("\"Red\" is not a score; give it as a whole number, such as 12.");
	}

	@Test
	void aResultIsAPositionOrAnErrorNeverBoth() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Result(Optional.of(RiskPosition.of(1, 1)), "impact", "Wrong."));
		assertThatIllegalArgumentException().isThrownBy(() -> new Result(Optional.empty(), "impact", null));
		assertThat(Result.error("score", "Wrong.").isError()).isTrue();
		assertThat(Result.of(RiskPosition.of(1, 1)).isError()).isFalse();
	}

}
