package uk.beacon.setup.web;

import java.util.List;

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
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardKind;
import uk.beacon.scorecard.ScorecardManagement;
import uk.beacon.scorecard.SectionKind;
import uk.beacon.web.FormErrors;

/**
 * A new scorecard on screen, with its first section, through
 * {@link ScorecardManagement#add}; then its layout page, where its indicators are placed.
 */
@Controller
class NewScorecardController {

	private final KeptUnits kept;

	private final ScorecardManagement management;

	private final CurrentViewer viewer;

	NewScorecardController(KeptUnits kept, ScorecardManagement management, CurrentViewer viewer) {
		this.kept = kept;
		this.management = management;
		this.viewer = viewer;
	}

	@GetMapping("/setup/scorecards/new")
	String form(@RequestParam(required = false) String unit, Model model) {
		model.addAttribute("form", NewScorecardForm.blank(unit));
		return page(model);
	}

	@PostMapping("/setup/scorecards/new")
	String add(@ModelAttribute("form") NewScorecardForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		// any unit by its code: one outside the person's part of the council is refused
		// by the
		// service, saying so
		List<OrganisationUnit> units = this.kept.all();
		Scorecard scorecard = errors.hasErrors() ? null : form.scorecard(units, errors);
		if (scorecard == null) {
			return page(model);
		}
		long id;
		try {
			id = this.management.add(this.viewer.actor(), scorecard);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, "code", ex);
			return page(model);
		}
		redirect.addFlashAttribute("success",
				"Added " + scorecard.name() + ". Now place its indicators in its sections, and add more sections.");
		return "redirect:/scorecards/" + id + "/layout";
	}

	private String page(Model model) {
		model.addAttribute("units", this.kept.inUse(this.viewer.actor()));
		model.addAttribute("kinds", ScorecardKind.values());
		model.addAttribute("sectionKinds", SectionKind.values());
		return "setup-scorecard";
	}

}
