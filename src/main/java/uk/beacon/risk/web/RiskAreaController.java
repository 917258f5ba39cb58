package uk.beacon.risk.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

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
import uk.beacon.risk.AreaStanding;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskAreaRejected;
import uk.beacon.risk.RiskBand;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.FormErrors;

/**
 * Each council's risk areas as its risks stand today, and the pages a risk manager adds
 * and changes them on.
 */
@Controller
class RiskAreaController {

	private final RiskViews views;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final OrganisationUnits units;

	RiskAreaController(RiskViews views, RiskManagement management, CurrentViewer viewer, OrganisationUnits units) {
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.units = units;
	}

	/**
	 * A council's areas as the page lists them, how many of its open risks (those the
	 * person may see) are in no area, and whether the person may change them.
	 */
	record CouncilAreas(OrganisationUnit council, List<AreaStanding> reported, List<AreaStanding> retired, int noArea,
			boolean changeable) {
	}

	@GetMapping("/risks/areas")
	String areas(Model model) {
		Map<Long, Integer> noArea = new java.util.HashMap<>();
		this.views.register(RiskFilter.inArea(RiskFilter.NO_AREA), this.viewer.audience())
			.stream()
			.filter(s -> s.risk().status() == uk.beacon.risk.RiskStatus.OPEN)
			.forEach(s -> noArea.merge(this.views.councilOf(s.register()).id(), 1, Integer::sum));
		List<CouncilAreas> councils = new java.util.ArrayList<>();
		this.views.areaStandings(this.viewer.audience())
			.forEach((council, standings) -> councils.add(new CouncilAreas(council,
					standings.stream().filter(s -> !s.area().retired()).toList(),
					standings.stream().filter(s -> s.area().retired()).toList(), noArea.getOrDefault(council.id(), 0),
					this.management.mayChangeAreasOnScreen(this.viewer.actor(), council))));
		model.addAttribute("councils", councils);
		model.addAttribute("noAreaCode", RiskFilter.NO_AREA);
		return "risk-areas";
	}

	@GetMapping("/risks/areas/{council}/new")
	String newArea(@PathVariable String council, Model model) {
		OrganisationUnit unit = council(council);
		model.addAttribute("form", RiskAreaForm.blank());
		return page(unit, null, model);
	}

	@PostMapping("/risks/areas/{council}/new")
	String add(@PathVariable String council, @Valid @ModelAttribute("form") RiskAreaForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		OrganisationUnit unit = council(council);
		if (form != null && !errors.hasFieldErrors("code") && !RiskArea.isValidCode(form.code().strip())) {
			FormErrors.reject(errors, "code", RiskArea.CODE_RULE);
		}
		if (errors.hasErrors()) {
			return page(unit, null, model);
		}
		try {
			this.management.addArea(this.viewer.actor(), unit, form.change(form.code().strip()));
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, fieldOf(ex), ex);
			return page(unit, null, model);
		}
		redirect.addFlashAttribute("success", "Added the risk area " + form.title().strip() + ".");
		return "redirect:/risks/areas";
	}

	@GetMapping("/risks/areas/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		RiskArea area = area(code);
		model.addAttribute("form", RiskAreaForm.of(area));
		return page(councilOf(area), area, model);
	}

	@PostMapping("/risks/areas/{code}/edit")
	String change(@PathVariable String code, @Valid @ModelAttribute("form") RiskAreaForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		RiskArea area = area(code);
		if (form == null || form.version() == null) {
			FormErrors.reject(errors, null,
					"Open the area's page again: the form did not say which version it changes.");
		}
		if (errors.hasErrors()) {
			return page(councilOf(area), area, model);
		}
		try {
			this.management.changeArea(this.viewer.actor(), form.change(area.code()));
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, fieldOf(ex), ex);
			return page(councilOf(area), area, model);
		}
		redirect.addFlashAttribute("success", "Saved the risk area " + form.title().strip() + ".");
		return "redirect:/risks/areas";
	}

	/** The field a refusal is about, so that the summary links to it. */
	private static String fieldOf(ChangeRejected refusal) {
		return (refusal instanceof RiskAreaRejected area) ? area.field() : null;
	}

	private String page(OrganisationUnit council, RiskArea area, Model model) {
		model.addAttribute("council", council);
		model.addAttribute("area", area);
		model.addAttribute("levels",
				this.views.matrixOfCouncil(council)
					.bands()
					.stream()
					.sorted(java.util.Comparator.comparingInt(RiskBand::toScore).reversed())
					.map(RiskBand::level)
					.distinct()
					.toList());
		return "risk-area-edit";
	}

	/** The council, once the person may keep its areas on screen. */
	private OrganisationUnit council(String code) {
		OrganisationUnit council = this.units.findByCode(code)
			.filter(u -> u.parentId() == null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no council " + code + "."));
		this.management.requireMayChangeAreasOnScreen(this.viewer.actor(), council);
		return council;
	}

	/** The area, once the person may keep its council's areas on screen. */
	private RiskArea area(String code) {
		RiskArea area = this.views.area(code)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no risk area " + code + "."));
		this.management.requireMayChangeAreasOnScreen(this.viewer.actor(), councilOf(area));
		return area;
	}

	private OrganisationUnit councilOf(RiskArea area) {
		return this.units.findById(area.councilId()).orElseThrow();
	}

}
