package uk.beacon.risk;

import java.time.LocalDate;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Periods;

/**
 * Builds assessments for tests in the words a register uses: "Q3 2019/20", "31/12/2019".
 */
final class Assessments {

	static final RiskMatrix MATRIX = RiskMatrix.standard();

	private Assessments() {
	}

	static LocalDate date(String ddMMyyyy) {
		return LocalDate.parse(ddMMyyyy, Phrases.DATE);
	}

	static FinancialQuarter quarter(String label) {
		return (FinancialQuarter) Periods.parse(label);
	}

	/**
	 * Assessed with a current position only.
	 */
	static RiskAssessment current(String assessedOn, String quarter, int impact, int likelihood) {
		return new RiskAssessment(date(assessedOn), quarter(quarter), null, RiskPosition.of(impact, likelihood), null,
				null, null, null);
	}

	/**
	 * As Lancashire prints a risk: the gross score and the residual, no current position.
	 */
	static RiskAssessment grossAndResidual(String assessedOn, String quarter, int gross, int impact, int likelihood) {
		return new RiskAssessment(date(assessedOn), quarter(quarter), RiskPosition.scoreOnly(gross), null,
				RiskPosition.of(impact, likelihood), null, null, null);
	}

	/**
	 * As Worcestershire published a risk: a rating with no scores.
	 */
	static RiskAssessment printed(String assessedOn, String quarter, String rating) {
		return new RiskAssessment(date(assessedOn), quarter(quarter), null, null, null, null, rating, null);
	}

	static RiskAssessment withTarget(String assessedOn, RiskPosition current, RiskPosition residual,
			String targetDate) {
		LocalDate on = date(assessedOn);
		return new RiskAssessment(on, FinancialQuarter.containing(on), null, current, residual, date(targetDate), null,
				null);
	}

}
