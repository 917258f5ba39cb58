package uk.beacon.risk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.ActionStatus;
import uk.beacon.risk.ControlEffectiveness;
import uk.beacon.risk.MitigatingAction;
import uk.beacon.risk.NewRisk;
import uk.beacon.risk.ReviewInterval;
import uk.beacon.risk.Risk;
import uk.beacon.risk.RiskAssessment;
import uk.beacon.risk.RiskControl;
import uk.beacon.risk.RiskKind;
import uk.beacon.risk.RiskPosition;
import uk.beacon.web.FormErrors;

/**
 * A risk or opportunity as an officer enters it, with what they typed kept as typed so
 * that nothing is lost when the form comes back with a mistake.
 *
 * @param reviewMonths how often it is reviewed, in months, as typed; blank for the usual
 * @param duplicatesSeen whether they have been shown the likely duplicates and save it
 * anyway
 * @param assessedOn when it was scored, {@code null} for today
 * @param reportingPeriod the quarter the score is reported in, {@code null} for the
 * quarter of the date
 * @param area the code of the risk area it belongs to, blank for none
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
		@Size(max = 200, message = "Shorten the owner to 200 characters or fewer") String owner,
		@Size(max = 254, message = "Shorten the owner's e-mail address to 254 characters or fewer") String ownerEmail,
		String reviewMonths, Boolean restricted, Boolean duplicatesSeen,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn, FinancialQuarter reportingPeriod,
		Integer inherentImpact, Integer inherentLikelihood, Integer currentImpact, Integer currentLikelihood,
		Integer targetImpact, Integer targetLikelihood,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
		@Size(max = 20_000, message = "Shorten the controls to 20,000 characters or fewer") String controls,
		@Size(max = 20_000, message = "Shorten the actions to 20,000 characters or fewer") String actions,
		String area) {

	NewRiskForm {
		// a box not ticked is not sent at all
		restricted = Boolean.TRUE.equals(restricted);
		duplicatesSeen = Boolean.TRUE.equals(duplicatesSeen);
	}

	static final String REVIEW_MONTHS = "Enter how often it is reviewed as a whole number of months from "
			+ ReviewInterval.FEWEST_MONTHS + " to " + ReviewInterval.MOST_MONTHS;

	static NewRiskForm blank(String registerCode) {
		return new NewRiskForm(registerCode, RiskKind.RISK, null, null, null, null, null, null, null,
				String.valueOf(ReviewInterval.DEFAULT_MONTHS), false, false, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	/**
	 * Checks what the risk module's own rules say of a reference and a review interval,
	 * which are kept there once.
	 */
	void checkRules(BindingResult errors, LocalDate today) {
		if (!errors.hasFieldErrors("reference") && !Risk.isValidReference(this.reference.trim())) {
			FormErrors.reject(errors, "reference", Risk.REFERENCE_RULE);
		}
		if (months() == null) {
			FormErrors.reject(errors, "reviewMonths", REVIEW_MONTHS);
		}
		if (!errors.hasFieldErrors("ownerEmail") && !Risk.isValidEmail(blankAsNull(this.ownerEmail))) {
			FormErrors.reject(errors, "ownerEmail", Risk.EMAIL_RULE);
		}
		half(this.inherentImpact, this.inherentLikelihood, "inherentImpact", "the inherent", errors);
		half(this.currentImpact, this.currentLikelihood, "currentImpact", "the current", errors);
		half(this.targetImpact, this.targetLikelihood, "targetImpact", "the target", errors);
		if (this.targetDate != null && this.currentImpact == null && this.currentLikelihood == null) {
			FormErrors.reject(errors, "currentImpact", "Score the current position as well as the target date");
		}
		ScoredWhen.check(this.assessedOn, this.reportingPeriod, today, "the scoring", errors);
		boolean scored = this.inherentImpact != null || this.inherentLikelihood != null || this.currentImpact != null
				|| this.currentLikelihood != null || this.targetImpact != null || this.targetLikelihood != null;
		if (!scored && (this.assessedOn != null || this.reportingPeriod != null)) {
			FormErrors.reject(errors, "currentImpact", "Score the current position as well as when it was scored");
		}
	}

	/**
	 * The risk as the register's service takes it: scored on the date given (today unless
	 * one is) in the quarter given (the date's unless one is) when any position is given,
	 * with a control for each line of controls and an open action for each line of
	 * actions.
	 */
	NewRisk entry(LocalDate today) {
		LocalDate scored = (this.assessedOn != null) ? this.assessedOn : today;
		FinancialQuarter quarter = (this.reportingPeriod != null) ? this.reportingPeriod
				: FinancialQuarter.containing(scored);
		RiskPosition inherent = position(this.inherentImpact, this.inherentLikelihood);
		RiskPosition current = position(this.currentImpact, this.currentLikelihood);
		RiskPosition target = position(this.targetImpact, this.targetLikelihood);
		RiskAssessment assessment = (inherent == null && current == null && target == null) ? null
				: new RiskAssessment(scored, quarter, inherent, current, target, this.targetDate, null,
						"Scored when the " + this.kind.label().toLowerCase(Locale.ROOT) + " was added");
		return new NewRisk(this.registerCode, this.kind, this.reference, this.title, this.description, this.category,
				this.consequences, this.owner, blankAsNull(this.ownerEmail), months(), this.restricted, assessment,
				lines(this.controls).stream().map(c -> new RiskControl(c, ControlEffectiveness.NOT_ASSESSED)).toList(),
				lines(this.actions).stream()
					.map(a -> new MitigatingAction(a, null, null, ActionStatus.OPEN, null))
					.toList(),
				blankAsNull(this.area));
	}

	private static void half(Integer impact, Integer likelihood, String field, String which, BindingResult errors) {
		if ((impact == null) != (likelihood == null)) {
			FormErrors.reject(errors, field,
					"Choose both the impact and the likelihood of " + which + " position, or neither");
		}
	}

	private static RiskPosition position(Integer impact, Integer likelihood) {
		return (impact != null && likelihood != null) ? RiskPosition.of(impact, likelihood) : null;
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
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

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
