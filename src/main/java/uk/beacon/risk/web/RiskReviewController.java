package uk.beacon.risk.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.access.Actor;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.NotPermitted;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.risk.RiskDetail;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.RiskReview;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.FormErrors;

/**
 * The quarterly review of a risk on screen: a new assessment with what the review found,
 * each control's effectiveness, each action's status, progress and due date, and a new
 * action, saved in one go through the risk register's service.
 */
@Controller
class RiskReviewController {

	private final RiskViews views;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final Clock clock;

	RiskReviewController(RiskViews views, RiskManagement management, CurrentViewer viewer, Clock clock) {
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/risks/{reference}/review")
	String form(@PathVariable String reference, Model model) {
		RiskDetail detail = reviewable(reference);
		model.addAttribute("review", RiskReviewForm.of(detail, LocalDate.now(this.clock)));
		return page(detail, model);
	}

	@PostMapping("/risks/{reference}/review")
	String save(@PathVariable String reference, @Valid @ModelAttribute("review") RiskReviewForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		RiskDetail detail = reviewable(reference);
		RiskReview review = (form != null && !errors.hasFieldErrors("assessedOn")
				&& !errors.hasFieldErrors("reportingPeriod") && !errors.hasFieldErrors("currentImpact")
				&& !errors.hasFieldErrors("currentLikelihood") && !errors.hasFieldErrors("comment")
				&& !errors.hasFieldErrors("version"))
						? form.review(new RiskReference(detail.summary().risk().reference()), LocalDate.now(this.clock),
								errors)
						: null;
		if (review == null || errors.hasErrors()) {
			return page(detail, model);
		}
		try {
			this.management.review(this.viewer.actor(), review);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return page(detail, model);
		}
		catch (IllegalArgumentException ex) {
			// a rule of the assessment itself, such as a position off the matrix
			FormErrors.reject(errors, "currentImpact", ex.getMessage());
			return page(detail, model);
		}
		redirect.addFlashAttribute("success", "Recorded the review of " + detail.summary().risk().reference() + ".");
		redirect.addAttribute("reference", detail.summary().risk().reference());
		return "redirect:/risks/{reference}";
	}

	/**
	 * The risk, once the person may review it and see all of it: a risk with parts not
	 * for publication is reviewed only by someone who may see them.
	 */
	private RiskDetail reviewable(String reference) {
		Actor actor = this.viewer.actor();
		RiskDetail detail = this.views.risk(reference, this.viewer.audience())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.management.requireMayChange(actor, new RiskReference(reference), "review " + reference);
		var risk = detail.summary().risk();
		if (!detail.seesRestricted() && (risk.restricted() || !risk.restrictedFields().isEmpty())) {
			throw new NotPermitted("You cannot review " + reference + ": parts of it are not for publication, so "
					+ "reviewing it also needs the restricted reader's permission for its part of the council.");
		}
		if (risk.isMerged()) {
			throw new ChangeRejected(reference + " has been merged into another risk and cannot be changed.");
		}
		return detail;
	}

	private String page(RiskDetail detail, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("levels",
				java.util.stream.IntStream.rangeClosed(1, detail.summary().matrix().size()).boxed().toList());
		model.addAttribute("effectiveness", uk.beacon.risk.ControlEffectiveness.values());
		model.addAttribute("statuses", uk.beacon.risk.ActionStatus.values());
		return "risk-review";
	}

}
