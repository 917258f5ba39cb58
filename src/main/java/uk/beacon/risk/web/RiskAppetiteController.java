package uk.beacon.risk.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.access.ChangeRejected;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.RiskAppetite;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskSummary;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.FormErrors;

/**
 * Each council's risk appetite, the risks above it, and the page a risk manager sets it
 * on.
 */
@Controller
class RiskAppetiteController {

	private final RiskViews views;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final OrganisationUnits units;

	RiskAppetiteController(RiskViews views, RiskManagement management, CurrentViewer viewer, OrganisationUnits units) {
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.units = units;
	}

	/**
	 * A council's appetite as the page shows it, with its open risks above it (those the
	 * person may see) and whether the person may change it.
	 */
	record CouncilAppetite(OrganisationUnit council, RiskAppetite appetite, RiskMatrix matrix, List<RiskSummary> above,
			boolean changeable) {
	}

	@GetMapping("/risks/appetite")
	String appetites(Model model) {
		Map<Long, List<RiskSummary>> above = new LinkedHashMap<>();
		for (RiskSummary summary : this.views.register(new RiskFilter(null, null, null, null, null),
				this.viewer.audience())) {
			if (summary.aboveAppetite()) {
				above
					.computeIfAbsent(this.units.councilOf(summary.register().organisationUnitId()).id(),
							id -> new ArrayList<>())
					.add(summary);
			}
		}
		List<CouncilAppetite> councils = new ArrayList<>();
		this.views.councilAppetites()
			.forEach((council,
					appetite) -> councils.add(new CouncilAppetite(council, appetite,
							this.views.matrixOfCouncil(council), sorted(above.getOrDefault(council.id(), List.of())),
							this.management.mayChangeOnScreen(this.viewer.actor(), council))));
		model.addAttribute("councils", councils);
		return "risk-appetite";
	}

	@GetMapping("/risks/appetite/{council}")
	String form(@PathVariable String council, Model model) {
		OrganisationUnit unit = council(council);
		model.addAttribute("form", RiskAppetiteForm.of(this.views.appetiteOfCouncil(unit),
				this.views.categoriesOf(unit, this.viewer.audience())));
		return page(unit, model);
	}

	@PostMapping("/risks/appetite/{council}")
	String save(@PathVariable String council, @ModelAttribute("form") RiskAppetiteForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		OrganisationUnit unit = council(council);
		RiskAppetite appetite = errors.hasErrors() ? null : form.appetite(this.views.matrixOfCouncil(unit), errors);
		if (appetite == null) {
			return page(unit, model);
		}
		try {
			this.management.setAppetite(this.viewer.actor(), unit, appetite, form.fingerprint());
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return page(unit, model);
		}
		redirect.addFlashAttribute("success", "Saved the risk appetite of " + unit.name() + ".");
		return "redirect:/risks/appetite";
	}

	private static List<RiskSummary> sorted(List<RiskSummary> risks) {
		return risks.stream()
			.sorted(java.util.Comparator.comparingInt(RiskSummary::aboveAppetiteBy)
				.reversed()
				.thenComparing(s -> s.risk().reference()))
			.toList();
	}

	/** The council, once the person may set its appetite. */
	private OrganisationUnit council(String code) {
		OrganisationUnit council = this.units.findByCode(code)
			.filter(u -> u.parentId() == null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no council " + code + "."));
		this.management.requireMayChangeOnScreen(this.viewer.actor(), council);
		return council;
	}

	private String page(OrganisationUnit council, Model model) {
		RiskMatrix matrix = this.views.matrixOfCouncil(council);
		model.addAttribute("council", council);
		model.addAttribute("matrix", matrix);
		model.addAttribute("highest", matrix.size() * matrix.size());
		return "risk-appetite-edit";
	}

}
