package uk.beacon.risk.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.ActionStatus;
import uk.beacon.risk.ControlEffectiveness;
import uk.beacon.risk.MitigatingAction;
import uk.beacon.risk.RiskAssessment;
import uk.beacon.risk.RiskDetail;
import uk.beacon.risk.RiskPosition;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.RiskReview;
import uk.beacon.web.FormErrors;

/**
 * A quarter's review as a risk manager enters it: the date, the quarter it is reported
 * in, the three positions picked by impact and likelihood on the council's matrix, the
 * target date, what the review found, each control's effectiveness, each action's status,
 * progress and due date, and a new action if there is one.
 *
 * @param version the risk's version when the page was opened
 */
record RiskReviewForm(
		@NotNull(message = "Enter the date of the review") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
		@NotNull(
				message = "Enter the quarter the review is reported in, like Q3 2019/20") FinancialQuarter reportingPeriod,
		Integer inherentImpact, Integer inherentLikelihood,
		@NotNull(message = "Choose the current impact") Integer currentImpact,
		@NotNull(message = "Choose the current likelihood") Integer currentLikelihood, Integer targetImpact,
		Integer targetLikelihood, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
		@NotBlank(message = "Say what the review found, for the register's history") @Size(max = 20_000,
				message = "Shorten what the review found to 20,000 characters or fewer") String comment,
		@NotNull(message = "Open the risk's review page again") Integer version, List<ControlEffectiveness> controls,
		List<ActionRow> actions,
		@Size(max = 2_000, message = "Shorten the new action to 2,000 characters or fewer") String newAction,
		@Size(max = 200, message = "Shorten the new action's owner to 200 characters or fewer") String newActionOwner,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newActionDue) {

	RiskReviewForm {
		controls = (controls != null) ? controls : List.of();
		actions = (actions != null) ? actions : List.of();
	}

	/**
	 * Where an action stands, as the review sets it.
	 */
	record ActionRow(ActionStatus status,
			@Size(max = 20_000, message = "Shorten the progress to 20,000 characters or fewer") String progress,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due) {

	}

	/** The form as the risk stands: its latest positions, controls and actions. */
	static RiskReviewForm of(RiskDetail detail, LocalDate today) {
		RiskAssessment latest = detail.summary().latest();
		List<ActionRow> actions = new ArrayList<>();
		detail.actions().forEach(a -> actions.add(new ActionRow(a.status(), a.progress(), a.due())));
		return new RiskReviewForm(today, FinancialQuarter.containing(today), impact(latest, Position.INHERENT),
				likelihood(latest, Position.INHERENT), impact(latest, Position.CURRENT),
				likelihood(latest, Position.CURRENT), impact(latest, Position.TARGET),
				likelihood(latest, Position.TARGET), (latest != null) ? latest.targetDate() : null, null,
				detail.summary().risk().version(), detail.controls().stream().map(c -> c.effectiveness()).toList(),
				actions, null, null, null);
	}

	/**
	 * The review as the risk module takes it; mistakes no annotation can see (half a
	 * position, a target date before the review, a new action's details without the
	 * action) go on the form instead.
	 * @return the review, or {@code null} when the form has mistakes
	 */
	RiskReview review(RiskReference risk, LocalDate today, BindingResult errors) {
		ScoredWhen.check(this.assessedOn, this.reportingPeriod, today, "the review", errors);
		RiskPosition inherent = position(this.inherentImpact, this.inherentLikelihood, "inherentImpact", "the inherent",
				errors);
		RiskPosition target = position(this.targetImpact, this.targetLikelihood, "targetImpact", "the target", errors);
		if (this.targetDate != null && this.assessedOn != null && this.targetDate.isBefore(this.assessedOn)) {
			FormErrors.reject(errors, "targetDate", "Enter a target date on or after the date of the review");
		}
		boolean newActionGiven = this.newAction != null && !this.newAction.isBlank();
		if (!newActionGiven && (blank(this.newActionOwner) == false || this.newActionDue != null)) {
			FormErrors.reject(errors, "newAction", "Enter what the new action is, or leave its owner and date empty");
		}
		if (this.actions.stream().anyMatch(a -> a == null || a.status() == null)) {
			FormErrors.reject(errors, "actions", "Choose the status of every action");
		}
		if (this.controls.stream().anyMatch(c -> c == null)) {
			FormErrors.reject(errors, "controls", "Choose how effective every control is");
		}
		if (errors.hasErrors()) {
			return null;
		}
		RiskAssessment assessment = new RiskAssessment(this.assessedOn, this.reportingPeriod, inherent,
				RiskPosition.of(this.currentImpact, this.currentLikelihood), target, this.targetDate, null,
				this.comment.trim());
		List<MitigatingAction> added = newActionGiven ? List.of(new MitigatingAction(this.newAction.trim(),
				blank(this.newActionOwner) ? null : this.newActionOwner.trim(), this.newActionDue, ActionStatus.OPEN,
				null)) : List.of();
		return new RiskReview(risk, this.version, assessment, this.controls,
				this.actions.stream().map(a -> new RiskReview.ActionUpdate(a.status(), a.progress(), a.due())).toList(),
				added, List.of());
	}

	private static RiskPosition position(Integer impact, Integer likelihood, String field, String which,
			BindingResult errors) {
		if (impact == null && likelihood == null) {
			return null;
		}
		if (impact == null || likelihood == null) {
			FormErrors.reject(errors, field,
					"Choose both the impact and the likelihood of " + which + " position, or neither");
			return null;
		}
		return RiskPosition.of(impact, likelihood);
	}

	private enum Position {

		INHERENT, CURRENT, TARGET

	}

	private static Integer impact(RiskAssessment latest, Position which) {
		RiskPosition p = position(latest, which);
		return (p != null) ? p.impact() : null;
	}

	private static Integer likelihood(RiskAssessment latest, Position which) {
		RiskPosition p = position(latest, which);
		return (p != null) ? p.likelihood() : null;
	}

	private static RiskPosition position(RiskAssessment latest, Position which) {
		if (latest == null) {
			return null;
		}
		RiskPosition p = switch (which) {
			case INHERENT -> latest.inherent();
			case CURRENT -> latest.current();
			case TARGET -> latest.residual();
		};
		return (p != null && p.hasFactors()) ? p : null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
