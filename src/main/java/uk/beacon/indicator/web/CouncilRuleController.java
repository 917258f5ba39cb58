package uk.beacon.indicator.web;

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
import uk.beacon.indicator.CouncilRagRules;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.RagRule;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.web.FormErrors;

/**
 * A council's RAG rule, which every target of its indicators follows unless it gives its
 * own: seen by the performance team, and set by a performance officer over the whole
 * council after a preview of how many latest figures would change rating.
 */
@Controller
class CouncilRuleController {

	private final CouncilRagRules rules;

	private final IndicatorManagement management;

	private final OrganisationUnits units;

	private final CurrentViewer viewer;

	CouncilRuleController(CouncilRagRules rules, IndicatorManagement management, OrganisationUnits units,
			CurrentViewer viewer) {
		this.rules = rules;
		this.management = management;
		this.units = units;
		this.viewer = viewer;
	}

	@GetMapping("/councils/{code}/rag-rule")
	String show(@PathVariable String code, Model model) {
		OrganisationUnit council = council(code);
		model.addAttribute("form", CouncilRuleForm.of(this.rules.ofCouncil(council.id())));
		return page(council, null, model);
	}

	/**
	 * Previews the rule, or with {@code action=save} saves it once its preview has been
	 * seen.
	 */
	@PostMapping("/councils/{code}/rag-rule")
	String set(@PathVariable String code, @RequestParam(defaultValue = "preview") String action,
			@ModelAttribute("form") CouncilRuleForm form, BindingResult errors, Model model,
			jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
		OrganisationUnit council = council(code);
		this.management.requireMayKeepCouncilRule(this.viewer.actor(), council);
		RagRule rule = errors.hasErrors() ? null : form.rule(errors);
		if (rule == null) {
			return page(council, null, model);
		}
		String change = rule.fingerprint();
		if ("save".equals(action) && change.equals(form.previewed())) {
			try {
				this.management.setCouncilRule(this.viewer.actor(), council.id(), rule, form.seen());
			}
			catch (StaleChange ex) {
				errors.reject("stale",
						"Someone else changed the RAG rule of " + council.name()
								+ " since you opened this page, so nothing was saved. It is now: "
								+ this.rules.ofCouncil(council.id()).summary()
								+ ". Check the preview, then save again to replace it.");
				response.setStatus(HttpStatus.CONFLICT.value());
				return preview(council, rule,
						form.seenAs(this.rules.ofCouncil(council.id()).fingerprint()).previewedAs(change), errors,
						model);
			}
			catch (ChangeRejected ex) {
				FormErrors.reject(errors, null, ex);
				return preview(council, rule, form.previewedAs(change), errors, model);
			}
			redirect.addFlashAttribute("success",
					"Saved the RAG rule of " + council.name() + ": " + rule.summary() + ".");
			return "redirect:/councils/" + council.code() + "/rag-rule";
		}
		model.addAttribute("changedSincePreview", "save".equals(action));
		return preview(council, rule, form.previewedAs(change), errors, model);
	}

	private String preview(OrganisationUnit council, RagRule rule, CouncilRuleForm form, BindingResult errors,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return page(council, this.rules.preview(council.id(), rule), model);
	}

	private String page(OrganisationUnit council, uk.beacon.indicator.CouncilRulePreview preview, Model model) {
		model.addAttribute("council", council);
		model.addAttribute("rule", this.rules.ofCouncil(council.id()));
		model.addAttribute("preview", preview);
		model.addAttribute("changeable", this.management.mayKeepCouncilRule(this.viewer.actor(), council));
		return "council-rag-rule";
	}

	private OrganisationUnit council(String code) {
		return council(this.units, code);
	}

	/** The council with the code, or 404: the page's and the API's. */
	static OrganisationUnit council(OrganisationUnits units, String code) {
		return units.findByCode(code)
			.filter(u -> u.parentId() == null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no council " + code + "."));
	}

}
