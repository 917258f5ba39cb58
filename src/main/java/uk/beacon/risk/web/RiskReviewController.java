package uk.beacon.risk.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.access.ChangeRejected;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.risk.RiskDetail;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.RiskReview;
import uk.beacon.web.FormErrors;

/**
 * The quarterly review of a risk on screen: a new assessment with what the review found,
 * each control's effectiveness, each action's status, progress and due date, and a new
 * action, saved in one go through the risk register's service.
 */
@Controller
class RiskReviewController {

	private final ChangeableRisks risks;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final Clock clock;

	RiskReviewController(ChangeableRisks risks, RiskManagement management, CurrentViewer viewer, Clock clock) {
		this.risks = risks;
		this.management = management;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/risks/{reference}/review")
	String form(@PathVariable String reference, Model model) {
		RiskDetail detail = this.risks.find(reference, "review");
		model.addAttribute("review", RiskReviewForm.of(detail, LocalDate.now(this.clock)));
		return page(detail, model);
	}

	@PostMapping("/risks/{reference}/review")
	String save(@PathVariable String reference, @Valid @ModelAttribute("review") RiskReviewForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		RiskDetail detail = this.risks.find(reference, "review");
		RiskReview review = null;
		try {
			review = (form != null && !errors.hasFieldErrors("assessedOn") && !errors.hasFieldErrors("reportingPeriod")
					&& !errors.hasFieldErrors("currentImpact") && !errors.hasFieldErrors("currentLikelihood")
					&& !errors.hasFieldErrors("comment") && !errors.hasFieldErrors("version"))
							? form.review(new RiskReference(detail.summary().risk().reference()),
									LocalDate.now(this.clock), errors)
							: null;
		}
		catch (IllegalArgumentException ex) {
			// a position no matrix has, sent by hand
			FormErrors.reject(errors, "currentImpact", ex.getMessage());
		}
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

	private String page(RiskDetail detail, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("levels",
				java.util.stream.IntStream.rangeClosed(1, detail.summary().matrix().size()).boxed().toList());
		model.addAttribute("effectiveness", uk.beacon.risk.ControlEffectiveness.values());
		model.addAttribute("statuses", uk.beacon.risk.ActionStatus.values());
		return "risk-review";
	}

}
