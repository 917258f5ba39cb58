package uk.beacon.indicator.web;

import java.time.Clock;
import java.time.LocalDate;

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
import uk.beacon.indicator.Benchmarks;
import uk.beacon.indicator.CouncilRagRules;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Measurements;
import uk.beacon.indicator.Target;
import uk.beacon.indicator.TargetPreview;
import uk.beacon.indicator.RagRule;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.web.FormErrors;

/**
 * An indicator kept on screen by a performance officer: its words corrected, and its
 * targets, a target corrected over its span or the next set from a quarter on, each after
 * a preview of how the latest figures would be rated.
 */
@Controller
class IndicatorTargetsController {

	private final IndicatorTargets targets;

	private final Measurements measurements;

	private final Benchmarks benchmarks;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	private final Clock clock;

	private final KeptIndicators kept;

	private final CouncilRagRules rules;

	private final OrganisationUnits units;

	IndicatorTargetsController(KeptIndicators kept, IndicatorTargets targets, Measurements measurements,
			Benchmarks benchmarks, IndicatorManagement management, CurrentViewer viewer, Clock clock,
			CouncilRagRules rules, OrganisationUnits units) {
		this.rules = rules;
		this.units = units;
		this.kept = kept;
		this.targets = targets;
		this.measurements = measurements;
		this.benchmarks = benchmarks;
		this.management = management;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/indicators/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		Indicator indicator = indicator(code, "change " + code);
		model.addAttribute("form", IndicatorEditForm.of(indicator));
		model.addAttribute("indicator", indicator);
		return "indicator-edit";
	}

	@PostMapping("/indicators/{code}/edit")
	String saveEdit(@PathVariable String code, @ModelAttribute("form") IndicatorEditForm form, BindingResult errors,
			Model model, jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
		Indicator indicator = indicator(code, "change " + code);
		model.addAttribute("indicator", indicator);
		uk.beacon.indicator.IndicatorDescription description = errors.hasErrors() ? null
				: form.description(indicator.code(), errors);
		if (description == null) {
			return "indicator-edit";
		}
		try {
			this.management.describe(this.viewer.actor(), description);
		}
		catch (StaleChange ex) {
			// what was typed is kept; saving it again replaces the colleague's change
			// knowingly
			errors.reject("stale",
					"Someone else changed " + indicator.code() + " since you opened this page, so "
							+ "nothing was saved. What you typed is below; compare it with the indicator as it is now "
							+ "(its page), then save again to replace their change.");
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("form",
					new IndicatorEditForm(form.title(), form.definition(), form.ownerName(), form.ownerEmail(),
							form.dataSource(), form.isPublic(), form.note(), form.publicNote(),
							Integer.toString(indicator.version())));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return "indicator-edit";
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return "indicator-edit";
		}
		redirect.addFlashAttribute("success", "Saved " + indicator.code() + ".");
		return "redirect:/indicators/" + indicator.code() + "/targets";
	}

	@GetMapping("/indicators/{code}/targets")
	String list(@PathVariable String code, Model model) {
		Indicator indicator = indicator(code);
		model.addAttribute("indicator", indicator);
		model.addAttribute("targets", this.targets.forIndicator(indicator.id()));
		model.addAttribute("councilRule", this.rules.forIndicator(indicator));
		model.addAttribute("council", this.units.councilOf(indicator.organisationUnitId()));
		return "indicator-targets";
	}

	@GetMapping("/indicators/{code}/targets/{id}")
	String correction(@PathVariable String code, @PathVariable long id, Model model) {
		Indicator indicator = indicator(code);
		IndicatorTarget target = target(indicator, id);
		model.addAttribute("form", TargetForm.of(target));
		return page(indicator, target, null, model);
	}

	/**
	 * Previews the corrected target, or with {@code action=save} saves it once its
	 * preview has been seen.
	 */
	@PostMapping("/indicators/{code}/targets/{id}")
	String correct(@PathVariable String code, @PathVariable long id,
			@RequestParam(defaultValue = "preview") String action, @ModelAttribute("form") TargetForm form,
			BindingResult errors, Model model, jakarta.servlet.http.HttpServletResponse response,
			RedirectAttributes redirect) {
		Indicator indicator = indicator(code);
		IndicatorTarget current = target(indicator, id);
		Target target = errors.hasErrors() ? null : form.target(current.appliesFrom().label(), errors);
		RagRule rule = form.rule(this.rules.forIndicator(indicator), errors);
		if (target == null || rule == null || errors.hasErrors()) {
			return page(indicator, current, null, model);
		}
		IndicatorTarget corrected = current.with(target, rule);
		String change = corrected.fingerprint();
		if ("save".equals(action) && change.equals(form.previewed())) {
			String reason = form.reason(errors);
			if (reason == null) {
				return preview(indicator, current, corrected, form, change, errors, model);
			}
			try {
				this.management.correctTarget(this.viewer.actor(), id, form.seen(), target, rule, reason);
			}
			catch (ChangeRejected ex) {
				FormErrors.reject(errors, null, ex);
				return preview(indicator, current, corrected, form, change, errors, model);
			}
			redirect.addFlashAttribute("success", "Corrected the target of " + indicator.code() + " " + current.span()
					+ ": " + target.describe(indicator.unit(), indicator.decimalPlaces()) + ".");
			return "redirect:/indicators/" + indicator.code() + "/targets";
		}
		model.addAttribute("changedSincePreview", "save".equals(action));
		return preview(indicator, current, corrected, form, change, errors, model);
	}

	@GetMapping("/indicators/{code}/targets/new")
	String next(@PathVariable String code, Model model) {
		Indicator indicator = indicator(code);
		FinancialQuarter now = FinancialQuarter.containing(LocalDate.now(this.clock));
		model.addAttribute("form", TargetForm.from(new FinancialQuarter(now.startYear() + 1, 1), openSeen(indicator)));
		return page(indicator, null, null, model);
	}

	/**
	 * Previews the target set from a quarter on, or with {@code action=save} saves it
	 * once its preview has been seen.
	 */
	@PostMapping("/indicators/{code}/targets/new")
	String set(@PathVariable String code, @RequestParam(defaultValue = "preview") String action,
			@ModelAttribute("form") TargetForm form, BindingResult errors, Model model,
			jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
		Indicator indicator = indicator(code);
		FinancialQuarter from = errors.hasErrors() ? null : form.fromQuarter(errors);
		Target target = form.target(null, errors);
		RagRule rule = form.rule(this.rules.forIndicator(indicator), errors);
		if (from == null || target == null || rule == null || errors.hasErrors()) {
			return page(indicator, null, null, model);
		}
		try {
			this.management.checkTargetFrom(indicator.id(), from);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, "from", ex.getMessage());
			return page(indicator, null, null, model);
		}
		IndicatorTarget next = new IndicatorTarget(null, indicator.id(), target, from, null, rule, null, null);
		String change = next.fingerprint();
		if ("save".equals(action) && change.equals(form.previewed())) {
			try {
				this.management.setTargetFrom(this.viewer.actor(), indicator.id(), from, target, rule,
						blankToNull(form.seen()));
			}
			catch (StaleChange ex) {
				return stale(indicator, null, next, form.seenAs(openSeen(indicator)), errors, model, response);
			}
			catch (ChangeRejected ex) {
				FormErrors.reject(errors, null, ex);
				return preview(indicator, null, next, form, change, errors, model);
			}
			redirect.addFlashAttribute("success", "Set the target of " + indicator.code() + " from " + from.label()
					+ ": " + target.describe(indicator.unit(), indicator.decimalPlaces()) + ".");
			return "redirect:/indicators/" + indicator.code() + "/targets";
		}
		model.addAttribute("changedSincePreview", "save".equals(action));
		return preview(indicator, null, next, form, change, errors, model);
	}

	/**
	 * Nothing saved: a colleague changed the targets since the page was opened. The
	 * preview now rates the figures against their targets, and saving again replaces them
	 * knowingly (409).
	 */
	private String stale(Indicator indicator, IndicatorTarget current, IndicatorTarget proposed, TargetForm form,
			BindingResult errors, Model model, jakarta.servlet.http.HttpServletResponse response) {
		errors.reject("stale", "Someone else changed the targets of " + indicator.code()
				+ " since you opened this page, so nothing was saved. The preview now compares with their change; "
				+ "check it, then save again to replace it.");
		response.setStatus(HttpStatus.CONFLICT.value());
		return preview(indicator, current, proposed, form, proposed.fingerprint(), errors, model);
	}

	private String preview(Indicator indicator, IndicatorTarget current, IndicatorTarget proposed, TargetForm form,
			String change, BindingResult errors, Model model) {
		TargetPreview preview = this.targets.preview(indicator, proposed,
				this.measurements.forIndicator(indicator.id()), this.benchmarks.forIndicator(indicator.id()));
		model.addAttribute("form", form.previewedAs(change));
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("proposed", proposed);
		return page(indicator, current, preview, model);
	}

	/** Ends a target at a quarter, with nothing after it. */
	@PostMapping("/indicators/{code}/targets/{id}/end")
	String end(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String last,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String seen,
			RedirectAttributes redirect) {
		Indicator indicator = indicator(code);
		IndicatorTarget current = target(indicator, id);
		try {
			FinancialQuarter ending = TypedQuarter.read(last);
			this.management.endTarget(this.viewer.actor(), current.id(), seen, ending, reason);
			redirect.addFlashAttribute("success",
					"The target of " + indicator.code() + " now ends in " + ending.label() + ".");
			return "redirect:/indicators/" + indicator.code() + "/targets";
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("endError", ex.getMessage());
			redirect.addFlashAttribute("endLast", last);
			redirect.addFlashAttribute("endReason", reason);
			return "redirect:/indicators/" + indicator.code() + "/targets/" + current.id() + "#end";
		}
	}

	private String page(Indicator indicator, IndicatorTarget current, TargetPreview preview, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("current", current);
		model.addAttribute("preview", preview);
		model.addAttribute("councilRule", this.rules.forIndicator(indicator));
		model.addAttribute("council", this.units.councilOf(indicator.organisationUnitId()));
		return "indicator-target";
	}

	/** The indicator, once the person may keep its targets. */
	private Indicator indicator(String code) {
		return this.kept.find(code, "change the targets of " + code);
	}

	private Indicator indicator(String code, String what) {
		return this.kept.find(code, what);
	}

	private IndicatorTarget target(Indicator indicator, long id) {
		return this.kept.target(indicator, id);
	}

	private String openSeen(Indicator indicator) {
		return this.kept.openSeen(indicator);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
