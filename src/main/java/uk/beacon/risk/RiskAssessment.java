package uk.beacon.risk;

import java.time.LocalDate;
import java.util.Objects;

import uk.beacon.period.FinancialQuarter;

/**
 * A risk as assessed at one review: where it sat before any controls (inherent), where it
 * sits with the current controls, and where it should sit once the actions are done
 * (residual, the target). A council that published a rating without scores is kept with
 * that rating alone.
 *
 * @param assessedOn the date of the review
 * @param reportingPeriod the quarter the assessment was reported in
 * @param inherent before any controls, or {@code null}
 * @param current now, with the current controls, or {@code null}
 * @param residual the target once the actions are done, or {@code null}
 * @param targetDate when the residual position should be reached, or {@code null}
 * @param ratingAsPrinted the council's published rating, such as "RED", or {@code null}
 * @param comment the officer's comment, or {@code null}
 */
public record RiskAssessment(LocalDate assessedOn, FinancialQuarter reportingPeriod, RiskPosition inherent,
		RiskPosition current, RiskPosition residual, LocalDate targetDate, String ratingAsPrinted, String comment) {

	public RiskAssessment {
		Objects.requireNonNull(assessedOn, "An assessment needs the date it was made.");
		Objects.requireNonNull(reportingPeriod,
				"An assessment needs the quarter it was reported in, such as Q3 2019/20.");
		ratingAsPrinted = blankAsNull(ratingAsPrinted);
		comment = blankAsNull(comment);
		if (inherent == null && current == null && residual == null && ratingAsPrinted == null) {
			throw new IllegalArgumentException("An assessment needs at least one position (inherent, current or "
					+ "residual), or the rating as printed when the council published no scores.");
		}
		// worded as the import reports it, in the target_date column
		if (targetDate != null && targetDate.isBefore(assessedOn)) {
			throw new IllegalArgumentException(Phrases.DATE.format(targetDate) + " is before the assessment date "
					+ Phrases.DATE.format(assessedOn) + ".");
		}
	}

	/**
	 * The position the risk is rated on, which gives its level, colour and direction: the
	 * current position; where a council records none (Lancashire prints only the gross
	 * score and the residual), the residual; failing that, the inherent. Null when only a
	 * printed rating is known.
	 */
	public RiskPosition rated() {
		if (this.current != null) {
			return this.current;
		}
		return (this.residual != null) ? this.residual : this.inherent;
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
