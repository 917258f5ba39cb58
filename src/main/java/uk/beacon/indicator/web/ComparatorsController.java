package uk.beacon.indicator.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.access.ChangeRejected;
import uk.beacon.access.StaleChange;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.ComparatorValue;
import uk.beacon.indicator.ComparatorValues;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.web.FormErrors;

/**
 * An indicator's comparator groups on screen: each member's value by group and period,
 * added, corrected and removed as the person saw it, as comparator-values.csv would.
 */
@Controller
class ComparatorsController {

	private final KeptIndicators kept;

	private final ComparatorValues comparators;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	ComparatorsController(KeptIndicators kept, ComparatorValues comparators, IndicatorManagement management,
			CurrentViewer viewer) {
		this.kept = kept;
		this.comparators = comparators;
		this.management = management;
		this.viewer = viewer;
	}

	@GetMapping("/indicators/{code}/comparators")
	String page(@PathVariable String code, @RequestParam(required = false) String group,
			@RequestParam(required = false) String period, @RequestParam(required = false) String member, Model model) {
		Indicator indicator = this.kept.find(code, "record comparator values for " + code);
		ComparatorForm form = ComparatorForm.blank();
		if (group != null && period != null && member != null) {
			form = held(indicator, group, period, member).map(ComparatorForm::of)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
						"Beacon holds no such value for " + indicator.code() + "."));
		}
		model.addAttribute("form", form);
		return page(indicator, model);
	}

	@PostMapping("/indicators/{code}/comparators")
	String save(@PathVariable String code, @ModelAttribute("form") ComparatorForm form, BindingResult errors,
			Model model, jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
		Indicator indicator = this.kept.find(code, "record comparator values for " + code);
		ComparatorValue value = form.value(indicator.id(), errors);
		if (value == null) {
			return page(indicator, model);
		}
		try {
			this.management.keepComparatorValue(this.viewer.actor(), value, form.seenValue());
		}
		catch (StaleChange ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			FormErrors.reject(errors, null, ex);
			return page(indicator, model);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return page(indicator, model);
		}
		redirect.addFlashAttribute("success", "Saved " + value.member() + "'s value in " + value.groupName() + " for "
				+ value.dataPeriod().label() + ".");
		return "redirect:/indicators/" + indicator.code() + "/comparators";
	}

	@PostMapping("/indicators/{code}/comparators/remove")
	String remove(@PathVariable String code, @RequestParam String group, @RequestParam String period,
			@RequestParam String member, @RequestParam String seen, RedirectAttributes redirect) {
		Indicator indicator = this.kept.find(code, "record comparator values for " + code);
		ComparatorValue held = held(indicator, group, period, member).orElse(null);
		try {
			if (held == null || held.value().compareTo(new java.math.BigDecimal(seen)) != 0) {
				throw new StaleChange("Someone else changed or removed " + member + "'s value since you opened the "
						+ "page. Nothing was removed: check it as it is now.");
			}
			this.management.removeComparatorValue(this.viewer.actor(), held);
			redirect.addFlashAttribute("success", "Removed " + member + "'s value for " + held.dataPeriod().label()
					+ " from " + held.groupName() + ".");
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("error", "The page sent no value to remove; reload it and try again.");
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/indicators/" + indicator.code() + "/comparators";
	}

	private java.util.Optional<ComparatorValue> held(Indicator indicator, String group, String period, String member) {
		return this.comparators.forIndicator(indicator.id())
			.stream()
			.filter(v -> v.groupCode().equals(group) && v.dataPeriod().label().equals(period)
					&& v.member().equals(member))
			.findFirst();
	}

	private String page(Indicator indicator, Model model) {
		List<ComparatorValue> values = this.comparators.forIndicator(indicator.id());
		model.addAttribute("indicator", indicator);
		model.addAttribute("values", values);
		return "indicator-comparators";
	}

}
