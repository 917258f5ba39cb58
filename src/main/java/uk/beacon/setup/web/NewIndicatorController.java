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
import uk.beacon.indicator.Accumulation;
import uk.beacon.indicator.Comparison;
import uk.beacon.indicator.Frequency;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Polarity;
import uk.beacon.indicator.Unit;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.web.FormErrors;

/**
 * A new indicator on screen, with every field of its definition, through
 * {@link IndicatorManagement#add}; then its first target.
 */
@Controller
class NewIndicatorController {

	private final KeptUnits kept;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	NewIndicatorController(KeptUnits kept, IndicatorManagement management, CurrentViewer viewer) {
		this.kept = kept;
		this.management = management;
		this.viewer = viewer;
	}

	@GetMapping("/setup/indicators/new")
	String form(@RequestParam(required = false) String unit, Model model) {
		model.addAttribute("form", NewIndicatorForm.blank(unit));
		return page(model);
	}

	@PostMapping("/setup/indicators/new")
	String add(@ModelAttribute("form") NewIndicatorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		// any unit by its code: one outside the person's part of the council is refused
		// by the
		// service, saying so
		List<OrganisationUnit> units = this.kept.all();
		Indicator indicator = errors.hasErrors() ? null : form.indicator(units, errors);
		if (indicator == null) {
			return page(model);
		}
		Indicator added;
		try {
			added = this.management.add(this.viewer.actor(), indicator);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, "code", ex);
			return page(model);
		}
		redirect.addFlashAttribute("success",
				"Added " + added.code() + ", " + added.title() + ". Now set its target, from the quarter it starts.");
		return "redirect:/indicators/" + org.springframework.web.util.UriUtils.encodePathSegment(added.code(),
				java.nio.charset.StandardCharsets.UTF_8) + "/targets/new";
	}

	private String page(Model model) {
		model.addAttribute("units", this.kept.inUse(this.viewer.actor()));
		model.addAttribute("measures", Unit.values());
		model.addAttribute("polarities", Polarity.values());
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("accumulations", Accumulation.values());
		model.addAttribute("comparisons", Comparison.values());
		return "setup-indicator";
	}

}
