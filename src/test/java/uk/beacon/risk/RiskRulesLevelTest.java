package uk.beacon.risk;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.beacon.risk.Assessments.MATRIX;
import static uk.beacon.risk.Assessments.current;
import static uk.beacon.risk.Assessments.grossAndResidual;
import static uk.beacon.risk.Assessments.printed;

class RiskRulesLevelTest {

	private static final RiskMatrix HIGH_MEDIUM_LOW = new RiskMatrix(3, List.of("Low", "Medium", "High"), null,
			List.of("Unlikely", "Possible", "Likely"), List.of(new RiskBand(1, 2, "Low", BandColour.GREEN),
					new RiskBand(3, 4, "Medium", BandColour.AMBER), new RiskBand(6, 9, "High", BandColour.RED)));

	@Test
	void isTheBandOfTheRatedScore() {
		assertThat(RiskRules.level(current("31/12/2019", "Q3 2019/20", 4, 3), MATRIX))
			.isEqualTo(new RiskLevel("Amber", BandColour.AMBER, true));
		assertThat(RiskRules.level(current("31/12/2019", "Q3 2019/20", 4, 4), MATRIX))
			.isEqualTo(new RiskLevel("Red", BandColour.RED, true));
		assertThat(RiskRules.level(current("31/12/2019", "Q3 2019/20", 2, 3), MATRIX))
			.isEqualTo(new RiskLevel("Green", BandColour.GREEN, true));
	}

	@Test
	void aLancashireRiskIsBandedOnItsResidualNotItsGrossScore() {
		// CR9: gross 25, residual 12 Major/Possible
		assertThat(RiskRules.level(grossAndResidual("31/12/2019", "Q3 2019/20", 25, 4, 3), MATRIX))
			.isEqualTo(new RiskLevel("Amber", BandColour.AMBER, true));
	}

	@Test
	void aBandedScoreOverridesThePrintedRating() {
		RiskAssessment both = new RiskAssessment(Assessments.date("31/12/2019"), Assessments.quarter("Q3 2019/20"),
				null, RiskPosition.of(4, 3), null, null, "RED", null);
		assertThat(RiskRules.level(both, MATRIX)).isEqualTo(new RiskLevel("Amber", BandColour.AMBER, true));
	}

	@ParameterizedTest
	@CsvSource({ "RED, Red, RED", "AMBER, Amber, AMBER", "green, Green, GREEN", "' Red ', Red, RED" })
	void isThePrintedRatingWhenNoScoreIsKnown(String printed, String level, BandColour colour) {
		assertThat(RiskRules.level(printed("31/03/2017", "Q4 2016/17", printed), MATRIX))
			.isEqualTo(new RiskLevel(level, colour, false));
	}

	@Test
	void readsAPrintedRatingAsOneOfTheCouncilsOwnBandWords() {
		assertThat(RiskRules.level(printed("31/03/2017", "Q4 2016/17", "HIGH"), HIGH_MEDIUM_LOW))
			.isEqualTo(new RiskLevel("High", BandColour.RED, false));
		assertThat(RiskRules.level(printed("31/03/2017", "Q4 2016/17", "amber"), HIGH_MEDIUM_LOW))
			.isEqualTo(new RiskLevel("Amber", BandColour.AMBER, false));
	}

	@Test
	void anUnrecognisedPrintedRatingIsGrey() {
		assertThat(RiskRules.level(printed("31/03/2017", "Q4 2016/17", "Red/Amber"), MATRIX))
			.isEqualTo(new RiskLevel("Red/Amber", BandColour.GREY, false));
	}

	@Test
	void noAssessmentHasNoLevel() {
		assertThat(RiskRules.level(null, MATRIX)).isNull();
	}

	@Test
	void refusesToBandAScoreAloneTheMatrixCannotProduce() {
		RiskAssessment seven = new RiskAssessment(Assessments.date("31/12/2019"), Assessments.quarter("Q3 2019/20"),
				null, RiskPosition.scoreOnly(7), null, null, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> RiskRules.level(seven, MATRIX))
			.withMessageStartingWith("7 is not a score the 5×5 matrix can produce");
	}

	@Test
	void aLevelNeedsAWordAndAColour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskLevel(" ", BandColour.RED, true))
			.withMessage("A risk level needs a word, such as Red.");
	}

}
