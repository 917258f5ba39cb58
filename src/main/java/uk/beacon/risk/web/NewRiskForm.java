package uk.beacon.risk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import uk.beacon.risk.NewRisk;
import uk.beacon.risk.ReviewInterval;
import uk.beacon.risk.Risk;
import uk.beacon.risk.RiskKind;
import uk.beacon.web.FormErrors;

/**
 * A risk or opportunity as an officer enters it, with what they typed kept as typed so
 * that nothing is lost when the form comes back with a mistake.
 *
 * @param reviewMonths how often it is reviewed, in months, as typed; blank for the usual
 * @param duplicatesSeen whether they have been shown the likely duplicates and save it
 * anyway
 */
record NewRiskForm(@NotBlank(message = "Choose the register") String registerCode,
		@NotNull(message = "Choose whether it is a risk or an opportunity") RiskKind kind,
		@NotBlank(message = "Enter a reference, such as CR14") String reference,
		@NotBlank(message = "Enter a title") @Size(max = Risk.TITLE_LIMIT,
				message = "Shorten the title to " + Risk.TITLE_LIMIT + " characters or fewer") String title,
		@Size(max = Risk.TEXT_LIMIT,
				message = "Shorten the description to " + Risk.TEXT_LIMIT + " characters or fewer") String description,
		@Size(max = 200, message = "Shorten the category to 200 characters or fewer") String category,
		@Size(max = Risk.TEXT_LIMIT,
				message = "Shorten the consequences to " + Risk.TEXT_LIMIT
						+ " characters or fewer") String consequences,
		@Size(max = 200, message = "Shorten the owner to 200 characters or fewer") String owner, String reviewMonths,
		Boolean restricted, Boolean duplicatesSeen) {

	NewRiskForm {
		// a box not ticked is not sent at all
		restricted = Boolean.TRUE.equals(restricted);
		duplicatesSeen = Boolean.TRUE.equals(duplicatesSeen);
	}

	static final String REVIEW_MONTHS = "Enter how often it is reviewed as a whole number of months from "
			+ ReviewInterval.FEWEST_MONTHS + " to " + ReviewInterval.MOST_MONTHS;

	static NewRiskForm blank(String registerCode) {
		return new NewRiskForm(registerCode, RiskKind.RISK, null, null, null, null, null, null,
				String.valueOf(ReviewInterval.DEFAULT_MONTHS), false, false);
	}

	/**
	 * Checks what the risk module's own rules say of a reference and a review interval,
	 * which are kept there once.
	 */
	void checkRules(BindingResult errors) {
		if (!errors.hasFieldErrors("reference") && !Risk.isValidReference(this.reference.trim())) {
			FormErrors.reject(errors, "reference", Risk.REFERENCE_RULE);
		}
		if (months() == null) {
			FormErrors.reject(errors, "reviewMonths", REVIEW_MONTHS);
		}
	}

	NewRisk entry() {
		return new NewRisk(this.registerCode, this.kind, this.reference, this.title, this.description, this.category,
				this.consequences, this.owner, months(), this.restricted);
	}

	/** The review interval, or {@code null} when what was typed is not one. */
	private Integer months() {
		if (this.reviewMonths == null || this.reviewMonths.isBlank()) {
			return ReviewInterval.DEFAULT_MONTHS;
		}
		try {
			int months = Integer.parseInt(this.reviewMonths.trim());
			return ReviewInterval.problem(months).isEmpty() ? months : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
