package uk.beacon.risk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.risk.DuplicateSuggestion;
import uk.beacon.risk.NewRisk;
import uk.beacon.risk.Risk;
import uk.beacon.access.ChangeRejected;
import uk.beacon.risk.ReviewInterval;
import uk.beacon.risk.RiskKind;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskViews;

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
		model.addAttribute("entry", new NewRisk(register, RiskKind.RISK, null, null, null, null, null, null, 3, false));
		model.addAttribute("registers", this.views.registers());
		return "risk-new";
	}

	@PostMapping("/risks/new")
	String add(@RequestParam(required = false) String registerCode, @RequestParam(required = false) RiskKind kind,
			@RequestParam(required = false) String reference, @RequestParam(required = false) String title,
			@RequestParam(required = false) String description, @RequestParam(required = false) String category,
			@RequestParam(required = false) String consequences, @RequestParam(required = false) String owner,
			@RequestParam(required = false) String reviewMonths,
			@RequestParam(defaultValue = "false") boolean restricted,
			@RequestParam(defaultValue = "false") boolean duplicatesSeen, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer months = months(reviewMonths, errors);
		NewRisk entry = new NewRisk(registerCode, kind, reference, title, description, category, consequences, owner,
				months, restricted);
		model.addAttribute("entry", entry);
		model.addAttribute("reviewMonthsText", reviewMonths);
		model.addAttribute("registers", this.views.registers());
		if (reference == null || reference.isBlank()) {
			errors.put("reference", "Enter a reference, such as CR14");
		}
		else if (!Risk.isValidReference(reference.trim())) {
			errors.put("reference", Risk.REFERENCE_RULE);
		}
		if (title == null || title.isBlank()) {
			errors.put("title", "Enter a title");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return "risk-new";
		}
		if (!duplicatesSeen) {
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
			model.addAttribute("errors", Map.of("reference", ex.getMessage()));
			return "risk-new";
		}
		redirect.addFlashAttribute("success", "Added " + reference.trim() + "." + (restricted
				? " It is not for publication: only restricted readers of its part of the council see it." : ""));
		redirect.addAttribute("reference", reference.trim());
		return "redirect:/risks/{reference}";
	}

	private static Integer months(String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return ReviewInterval.DEFAULT_MONTHS;
		}
		try {
			int months = Integer.parseInt(text.trim());
			if (ReviewInterval.problem(months).isEmpty()) {
				return months;
			}
		}
		catch (NumberFormatException ex) {
			// reported below in the officer's words
		}
		errors.put("reviewMonths", "Enter how often it is reviewed as a whole number of months from "
				+ ReviewInterval.FEWEST_MONTHS + " to " + ReviewInterval.MOST_MONTHS);
		return null;
	}

}
