package uk.beacon.risk.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.access.ChangeRejected;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskDetail;
import uk.beacon.risk.RiskViews;
import uk.beacon.risk.RiskEdit;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskReference;
import uk.beacon.web.FormErrors;

/**
 * Editing a risk's own words and settings (what is kept from the public among them), and
 * linking it to the indicators and objectives it threatens, or unlinking them.
 */
@Controller
class RiskEditController {

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final ChangeableRisks risks;

	private final RiskViews views;

	RiskEditController(RiskManagement management, CurrentViewer viewer, ChangeableRisks risks, RiskViews views) {
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.risks = risks;
	}

	@GetMapping("/risks/{reference}/edit")
	String form(@PathVariable String reference, Model model) {
		RiskDetail detail = this.risks.find(reference, "change");
		model.addAttribute("form", RiskEditForm.of(detail.summary().risk(), detail.summary().area()));
		return page(detail, model);
	}

	@PostMapping("/risks/{reference}/edit")
	String save(@PathVariable String reference, @Valid @ModelAttribute("form") RiskEditForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		RiskDetail detail = this.risks.find(reference, "change");
		if (form != null && form.area() != null && !form.area().isBlank()
				&& areas(detail).stream().noneMatch(a -> a.code().equals(form.area()))) {
			FormErrors.reject(errors, "area", "Choose one of the risk areas of "
					+ this.views.councilOf(detail.summary().register()).name() + ", or No area");
		}
		RiskEdit edit = (form != null && !errors.hasErrors()) ? form.edit(new RiskReference(reference), errors) : null;
		if (edit == null || errors.hasErrors()) {
			return page(detail, model);
		}
		try {
			this.management.edit(this.viewer.actor(), edit);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return page(detail, model);
		}
		redirect.addFlashAttribute("success", "Saved the changes to " + reference + ".");
		return "redirect:/risks/{reference}";
	}

	@PostMapping("/risks/{reference}/links")
	String link(@PathVariable String reference, @RequestParam Optional<String> indicator,
			@RequestParam Optional<Long> section, @RequestParam Optional<String> note, RedirectAttributes redirect) {
		RiskDetail detail = this.risks.find(reference, "change");
		this.management.link(this.viewer.actor(), new RiskReference(reference), this.risks.target(detail, indicator,
				section, note.filter(n -> !n.isBlank()).map(String::trim).orElse(null)));
		redirect.addFlashAttribute("success", "Linked " + reference + ".");
		return "redirect:/risks/{reference}/edit";
	}

	@PostMapping("/risks/{reference}/links/remove")
	String unlink(@PathVariable String reference, @RequestParam Optional<String> indicator,
			@RequestParam Optional<Long> section, RedirectAttributes redirect) {
		RiskDetail detail = this.risks.find(reference, "change");
		this.management.unlink(this.viewer.actor(), new RiskReference(reference),
				this.risks.target(detail, indicator, section, null));
		redirect.addFlashAttribute("success", "Removed the link from " + reference + ".");
		return "redirect:/risks/{reference}/edit";
	}

	/**
	 * The areas of the risk's council it may be put in: those still reported, and the one
	 * it is in.
	 */
	private List<RiskArea> areas(RiskDetail detail) {
		RiskArea current = detail.summary().area();
		return this.views.areasOf(this.views.councilOf(detail.summary().register()))
			.stream()
			.filter(a -> !a.retired() || (current != null && a.id().equals(current.id())))
			.toList();
	}

	private String page(RiskDetail detail, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("areas", areas(detail));
		model.addAttribute("responses", uk.beacon.risk.RiskResponse.values());
		model.addAttribute("restrictable", uk.beacon.risk.RestrictedField.values());
		model.addAttribute("objectives", this.risks.objectives(detail));
		return "risk-edit";
	}

}
