package uk.beacon.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static uk.beacon.risk.Assessments.date;
import static uk.beacon.risk.Assessments.quarter;

class RiskAssessmentTest {

	private static final RiskPosition GROSS = RiskPosition.scoreOnly(20);

	private static final RiskPosition CURRENT = RiskPosition.of(4, 4);

	private static final RiskPosition RESIDUAL = RiskPosition.of(4, 3);

	private static RiskAssessment assessment(RiskPosition inherent, RiskPosition current, RiskPosition residual) {
		return new RiskAssessment(date("31/12/2019"), quarter("Q3 2019/20"), inherent, current, residual, null, null,
				null);
	}

	@Test
	void isRatedOnItsCurrentPosition() {
		assertThat(assessment(GROSS, CURRENT, RESIDUAL).rated()).isEqualTo(CURRENT);
	}

	@Test
	void isRatedOnTheResidualWhereTheCouncilRecordsNoCurrentPosition() {
		// Lancashire prints the gross "risk score" and the residual only
		assertThat(assessment(GROSS, null, RESIDUAL).rated()).isEqualTo(RESIDUAL);
	}

	@Test
	void isRatedOnTheInherentPositionWhenThatIsAllThereIs() {
		assertThat(assessment(GROSS, null, null).rated()).isEqualTo(GROSS);
	}

	@Test
	void isRatedOnNothingWhenOnlyARatingWasPublished() {
		RiskAssessment printed = new RiskAssessment(date("31/03/2017"), quarter("Q4 2016/17"), null, null, null, null,
				"RED", null);
		assertThat(printed.rated()).isNull();
		assertThat(printed.ratingAsPrinted()).isEqualTo("RED");
	}

	@Test
	void needsAPositionOrAPrintedRating() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskAssessment(date("31/12/2019"), quarter("Q3 2019/20"), null, null, null, null,
					"  ", "Reviewed by CMT"))
			.withMessage("An assessment needs at least one position (inherent, current or residual), or the rating "
					+ "as printed when the council published no scores.");
	}

	@Test
	void rejectsATargetDateBeforeTheAssessment() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskAssessment(date("31/12/2019"), quarter("Q3 2019/20"), null, CURRENT, RESIDUAL,
					date("01/01/2019"), null, null))
			.withMessage("01/01/2019 is before the assessment date 31/12/2019.");
	}

	@Test
	void acceptsATargetDateOnTheDayOfTheAssessment() {
		RiskAssessment sameDay = new RiskAssessment(date("31/12/2019"), quarter("Q3 2019/20"), null, CURRENT, RESIDUAL,
				date("31/12/2019"), null, null);
		assertThat(sameDay.targetDate()).isEqualTo(date("31/12/2019"));
	}

	@Test
	void needsTheDateAndTheQuarter() {
		assertThatNullPointerException()
			.isThrownBy(() -> new RiskAssessment(null, quarter("Q3 2019/20"), null, CURRENT, null, null, null, null))
			.withMessage("An assessment needs the date it was made.");
		assertThatNullPointerException()
			.isThrownBy(() -> new RiskAssessment(date("31/12/2019"), null, null, CURRENT, null, null, null, null))
			.withMessage("An assessment needs the quarter it was reported in, such as Q3 2019/20.");
	}

	@Test
	void keepsBlankWordsAsAbsent() {
		RiskAssessment assessment = new RiskAssessment(date("31/12/2019"), quarter("Q3 2019/20"), null, CURRENT, null,
				null, " ", "  The risk remains static. ");
		assertThat(assessment.ratingAsPrinted()).isNull();
		assertThat(assessment.comment()).isEqualTo("The risk remains static.");
	}

}
