package uk.beacon.indicator.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.StaleChange;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Accumulation;
import uk.beacon.indicator.Comparison;
import uk.beacon.indicator.Frequency;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorDefinitions;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Polarity;
import uk.beacon.indicator.Redefinition;
import uk.beacon.indicator.Unit;
import uk.beacon.web.FormErrors;

/**
 * Changes how an indicator is measured and rated: a new definition from a quarter on, the
 * figures reported before keeping the one they were reported under, or a correction of
 * the definition in use.
 */
@Controller
class IndicatorDefinitionController {

	private static final String PAGE = "indicator-definition";

	private final KeptIndicators kept;

	private final IndicatorDefinitions definitions;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	IndicatorDefinitionController(KeptIndicators kept, IndicatorDefinitions definitions, IndicatorManagement management,
			CurrentViewer viewer) {
		this.kept = kept;
		this.definitions = definitions;
		this.management = management;
		this.viewer = viewer;
	}

	@GetMapping("/indicators/{code}/definition")
	String show(@PathVariable String code, Model model) {
		Indicator indicator = this.kept.find(code, "change how " + code + " is measured");
		model.addAttribute("form", DefinitionForm.of(indicator));
		return page(indicator, model);
	}

	@PostMapping("/indicators/{code}/definition")
	String change(@PathVariable String code, @ModelAttribute("form") DefinitionForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Indicator indicator = this.kept.find(code, "change how " + code + " is measured");
		Redefinition change = errors.hasErrors() ? null : form.redefinition(indicator.code(), errors);
		if (change == null) {
			return page(indicator, model);
		}
		Indicator saved;
		try {
			saved = this.management.redefine(this.viewer.actor(), change);
		}
		catch (StaleChange ex) {
			// what was typed is kept; saving it again replaces the colleague's change
			// knowingly
			errors.reject("stale", "Someone else changed " + indicator.code() + " since you opened this page, so "
					+ "nothing was saved. What you chose is below, beside the definition as it is now; save again "
					+ "to replace their change.");
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("form", form.seenAt(indicator.version()));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return page(indicator, model);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return page(indicator, model);
		}
		if (saved.version() == indicator.version()) {
			redirect.addFlashAttribute("success", "Nothing changed: that is the definition in use.");
		}
		else if (change.from() != null) {
			redirect.addFlashAttribute("success",
					"Saved. Figures of " + indicator.code() + " reported from " + change.from().label()
							+ " on are rated under the new definition; those reported before keep "
							+ "the one they were reported under.");
		}
		else {
			redirect.addFlashAttribute("success",
					"Saved. Every figure the definition in use applies to is rated " + "under the corrected one.");
		}
		return "redirect:/indicators/" + indicator.code() + "/definition";
	}

	private String page(Indicator indicator, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("definitions", this.definitions.of(indicator));
		model.addAttribute("measures", Unit.values());
		model.addAttribute("polarities", Polarity.values());
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("accumulations", Accumulation.values());
		model.addAttribute("comparisons", Comparison.values());
		return PAGE;
	}

}
