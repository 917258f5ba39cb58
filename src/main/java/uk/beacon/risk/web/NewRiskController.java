package uk.beacon.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskRegister;
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

	private final Clock clock;

	NewRiskController(RiskManagement management, RiskViews views, CurrentViewer viewer, Clock clock) {
		this.viewer = viewer;
		this.management = management;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/risks/new")
	String form(@RequestParam(required = false) String register, Model model) {
		model.addAttribute("entry", NewRiskForm.blank(register));
		registers(register, model);
		return "risk-new";
	}

	/**
	 * The registers to choose from, and the matrix of the chosen one's council, whose
	 * labels the positions are picked by (the standard 5×5 until a register is chosen).
	 */
	private void registers(String chosen, Model model) {
		List<RiskRegister> registers = this.views.registers();
		model.addAttribute("registers", registers);
		model.addAttribute("areaChoices", this.views.areaChoices());
		model.addAttribute("matrix",
				registers.stream()
					.filter(r -> r.code().equals(chosen))
					.findFirst()
					.map(this.views::matrixOf)
					.orElseGet(RiskMatrix::standard));
	}

	/** The area, when one is chosen, must be one of the register's council. */
	private void checkArea(NewRiskForm form, BindingResult errors) {
		if (form.area() == null || form.area().isBlank()) {
			return;
		}
		Optional<RiskRegister> register = this.views.registers()
			.stream()
			.filter(r -> r.code().equals(form.registerCode()))
			.findFirst();
		Optional<RiskArea> area = this.views.area(form.area().strip()).filter(a -> !a.retired());
		if (area.isEmpty()) {
			FormErrors.reject(errors, "area", "Choose one of the risk areas listed, or No area");
		}
		else if (register.isPresent() && area.get().councilId() != this.views.councilOf(register.get()).id()) {
			FormErrors.reject(errors, "area", "Choose one of the risk areas of "
					+ this.views.councilOf(register.get()).name() + ", the register's council, or No area");
		}
	}

	@PostMapping("/risks/new")
	String add(@Valid @ModelAttribute("entry") NewRiskForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form != null) {
			form.checkRules(errors, LocalDate.now(this.clock));
		}
		registers((form != null) ? form.registerCode() : null, model);
		if (form != null) {
			checkArea(form, errors);
		}
		if (errors.hasErrors()) {
			return "risk-new";
		}
		NewRisk entry;
		try {
			entry = form.entry(LocalDate.now(this.clock));
		}
		catch (IllegalArgumentException ex) {
			// a position no matrix has, sent by hand
			FormErrors.reject(errors, "currentImpact", ex.getMessage());
			return "risk-new";
		}
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
		catch (IllegalArgumentException ex) {
			// the assessment's own rules, such as a target date before today
			FormErrors.reject(errors, "targetDate", ex.getMessage());
			return "risk-new";
		}
		String reference = form.reference().trim();
		redirect.addFlashAttribute("success", "Added " + reference + "." + (form.restricted()
				? " It is not for publication: only restricted readers of its part of the council see it." : ""));
		redirect.addAttribute("reference", reference);
		return "redirect:/risks/{reference}";
	}

}
