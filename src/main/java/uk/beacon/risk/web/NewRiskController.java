package uk.beacon.risk.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.access.ChangeRejected;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.risk.DuplicateSuggestion;
import uk.beacon.risk.NewRisk;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.FormErrors;

/**
 * Entering a risk or opportunity. Before it is saved, likely duplicates already on other
 * registers are shown, and the officer saves anyway only once they have seen them.
 */
@Controller
class NewRiskController {

	private final RiskManagement management;

	private final RiskViews views;

	private final CurrentViewer viewer;

	NewRiskController(RiskManagement management, RiskViews views, CurrentViewer viewer) {
		this.viewer = viewer;
		this.management = management;
		this.views = views;
	}

	@GetMapping("/risks/new")
	String form(@RequestParam(required = false) String register, Model model) {
		model.addAttribute("entry", NewRiskForm.blank(register));
		model.addAttribute("registers", this.views.registers());
		return "risk-new";
	}

	@PostMapping("/risks/new")
	String add(@Valid @ModelAttribute("entry") NewRiskForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form != null) {
			form.checkRules(errors);
		}
		model.addAttribute("registers", this.views.registers());
		if (errors.hasErrors()) {
			return "risk-new";
		}
		NewRisk entry = form.entry();
		if (!form.duplicatesSeen()) {
			List<DuplicateSuggestion> duplicates = this.management.duplicatesOf(entry);
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return "risk-new";
			}
		}
		try {
			this.management.add(this.viewer.actor(), entry);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, "reference", ex);
			return "risk-new";
		}
		String reference = form.reference().trim();
		redirect.addFlashAttribute("success", "Added " + reference + "." + (form.restricted()
				? " It is not for publication: only restricted readers of its part of the council see it." : ""));
		redirect.addAttribute("reference", reference);
		return "redirect:/risks/{reference}";
	}

}
