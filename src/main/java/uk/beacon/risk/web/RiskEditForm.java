package uk.beacon.risk.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import uk.beacon.risk.RestrictedField;
import uk.beacon.risk.ReviewInterval;
import uk.beacon.risk.Risk;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskEdit;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.RiskResponse;
import uk.beacon.web.FormErrors;

/**
 * A risk's own words and settings as an officer edits them, kept as typed when the form
 * comes back with a mistake.
 *
 * @param version the risk's version when the page was opened
 * @param restrictedFields the parts kept from the public
 * @param area the code of the risk area it belongs to, blank for none; left out (by an
 * API client that does not know of areas), the area is kept
 */
record RiskEditForm(
		@NotBlank(message = "Enter a title") @Size(max = Risk.TITLE_LIMIT,
				message = "Shorten the title to " + Risk.TITLE_LIMIT + " characters or fewer") String title,
		@Size(max = Risk.TEXT_LIMIT,
				message = "Shorten the description to " + Risk.TEXT_LIMIT + " characters or fewer") String description,
		@Size(max = 200, message = "Shorten the category to 200 characters or fewer") String category,
		@Size(max = Risk.TEXT_LIMIT,
				message = "Shorten the consequences to " + Risk.TEXT_LIMIT
						+ " characters or fewer") String consequences,
		@Size(max = 200, message = "Shorten the owner to 200 characters or fewer") String owner,
		@Size(max = 254, message = "Shorten the owner's e-mail address to 254 characters or fewer") String ownerEmail,
		String reviewMonths, RiskResponse response, Boolean restricted, List<RestrictedField> restrictedFields,
		@NotNull(message = "Open the risk's page again") Integer version, String area) {

	RiskEditForm {
		restricted = Boolean.TRUE.equals(restricted);
		restrictedFields = (restrictedFields != null) ? restrictedFields : List.of();
	}

	static RiskEditForm of(Risk risk, RiskArea area) {
		return new RiskEditForm(risk.title(), risk.description(), risk.category(), risk.consequences(), risk.owner(),
				risk.ownerEmail(), String.valueOf(risk.reviewMonths()), risk.response(), risk.restricted(),
				List.copyOf(risk.restrictedFields()), risk.version(), (area != null) ? area.code() : "");
	}

	/** Whether the part is ticked as kept from the public. */
	public boolean keeps(RestrictedField field) {
		return this.restrictedFields.contains(field);
	}

	/**
	 * @return the edit, or {@code null} when the review interval is not one
	 */
	RiskEdit edit(RiskReference risk, BindingResult errors) {
		Integer months = months();
		if (months == null) {
			FormErrors.reject(errors, "reviewMonths", NewRiskForm.REVIEW_MONTHS);
			return null;
		}
		String email = (this.ownerEmail == null || this.ownerEmail.isBlank()) ? null : this.ownerEmail.strip();
		if (!Risk.isValidEmail(email)) {
			FormErrors.reject(errors, "ownerEmail", Risk.EMAIL_RULE);
			return null;
		}
		Set<RestrictedField> fields = this.restrictedFields.isEmpty() ? Set.of()
				: EnumSet.copyOf(this.restrictedFields);
		return new RiskEdit(risk, this.version, this.title, this.description, this.category, this.consequences,
				this.owner, email, months, this.response, this.restricted, fields, this.area);
	}

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
