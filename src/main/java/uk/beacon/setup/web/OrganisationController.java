package uk.beacon.setup.web;

import java.util.List;

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
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationManagement;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.organisation.UnitDefinition;
import uk.beacon.web.FormErrors;

/**
 * The organisation tree on screen: a council, its directorates and their services, added,
 * renamed and moved by a performance officer within their part of the council, through
 * {@link OrganisationManagement}.
 */
@Controller
class OrganisationController {

	private final KeptUnits kept;

	private final OrganisationUnits units;

	private final OrganisationManagement management;

	private final CurrentViewer viewer;

	OrganisationController(KeptUnits kept, OrganisationUnits units, OrganisationManagement management,
			CurrentViewer viewer) {
		this.kept = kept;
		this.units = units;
		this.management = management;
		this.viewer = viewer;
	}

	/** A unit as the tree shows it, indented by how deep it sits. */
	record TreeRow(OrganisationUnit unit, int depth, boolean kept) {
	}

	@GetMapping("/setup/organisation")
	String tree(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UnitForm.blank());
		}
		return page(model);
	}

	@PostMapping("/setup/organisation")
	String add(@ModelAttribute("form") UnitForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		UnitDefinition definition = errors.hasErrors() ? null : form.definition(errors);
		if (definition == null) {
			return page(model);
		}
		OrganisationUnit added;
		try {
			added = this.management.add(this.viewer.actor(), definition);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, (ex instanceof uk.beacon.access.NotPermitted) ? null : "code", ex);
			return page(model);
		}
		redirect.addFlashAttribute("success", "Added " + added.name() + " (" + added.code() + ").");
		return "redirect:/setup/organisation";
	}

	@GetMapping("/setup/organisation/{code}")
	String unit(@PathVariable String code, Model model) {
		OrganisationUnit unit = existing(code);
		model.addAttribute("form", UnitForm.of(unit, parentCode(unit)));
		return unitPage(unit, model);
	}

	@PostMapping("/setup/organisation/{code}")
	String change(@PathVariable String code, @ModelAttribute("form") UnitForm typed, BindingResult errors,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String seen, Model model,
			jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
		OrganisationUnit unit = existing(code);
		// the code names the unit and is not changed here
		UnitForm form = new UnitForm(typed.name(), unit.code(), typed.kind(), typed.parent());
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		UnitDefinition definition = errors.hasErrors() ? null : form.definition(errors);
		if (definition == null) {
			return unitPage(unit, model);
		}
		try {
			this.management.change(this.viewer.actor(), definition, seen);
		}
		catch (uk.beacon.access.StaleChange ex) {
			// what was typed is kept; saving it again replaces the colleague's change
			// knowingly
			errors.reject("stale", "Someone else changed " + unit.name() + " since you opened this page, so nothing "
					+ "was saved. What you typed is below; compare it with the organisation as it is now, then save "
					+ "again to replace their change.");
			response.setStatus(org.springframework.http.HttpStatus.CONFLICT.value());
			return unitPage(unit, model);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return unitPage(unit, model);
		}
		redirect.addFlashAttribute("success", "Saved " + definition.name() + ".");
		return "redirect:/setup/organisation";
	}

	@PostMapping("/setup/organisation/{code}/retire")
	String retire(@PathVariable String code,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		OrganisationUnit unit = existing(code);
		try {
			this.management.retire(this.viewer.actor(), unit.code(), reason);
			redirect.addFlashAttribute("success", "Retired " + unit.name() + ". It keeps everything it held.");
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("retireError", ex.getMessage());
			redirect.addFlashAttribute("retireField", "retire-reason");
			redirect.addFlashAttribute("retireReason", reason);
		}
		return "redirect:/setup/organisation/" + unit.code() + "#retire";
	}

	@PostMapping("/setup/organisation/{code}/reinstate")
	String reinstate(@PathVariable String code, RedirectAttributes redirect) {
		OrganisationUnit unit = existing(code);
		try {
			this.management.reinstate(this.viewer.actor(), unit.code());
			redirect.addFlashAttribute("success", unit.name() + " is in use again.");
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/setup/organisation/" + unit.code() + "#retire";
	}

	/**
	 * The unit, once the person keeps it: another part of the council is not theirs to
	 * change.
	 */
	private OrganisationUnit existing(String code) {
		OrganisationUnit unit = this.units.findByCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no unit " + code + "."));
		this.viewer.actor()
			.require(this.units.pathOf(unit.id()), "change " + unit.name(), uk.beacon.access.Role.PERFORMANCE_OFFICER);
		return unit;
	}

	private String parentCode(OrganisationUnit unit) {
		return (unit.parentId() != null) ? this.units.findById(unit.parentId()).map(OrganisationUnit::code).orElse(null)
				: null;
	}

	private String page(Model model) {
		var actor = this.viewer.actor();
		java.util.Set<Long> keptIds = new java.util.HashSet<>();
		this.kept.keptBy(actor).forEach(u -> keptIds.add(u.id()));
		List<TreeRow> rows = this.kept.all()
			.stream()
			.map(u -> new TreeRow(u, KeptUnits.depth(u), keptIds.contains(u.id())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("parents", this.kept.parentsFor(actor));
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("addsCouncils", actor.holdsEverywhere(uk.beacon.access.Role.PERFORMANCE_OFFICER));
		return "setup-organisation";
	}

	private String unitPage(OrganisationUnit unit, Model model) {
		model.addAttribute("unit", unit);
		// the unit as the person reads it now, which saving checks
		model.addAttribute("seen", this.management.fingerprint(unit));
		List<OrganisationUnit> parents = new java.util.ArrayList<>(
				this.kept.parentsFor(this.viewer.actor()).stream().filter(p -> !p.id().equals(unit.id())).toList());
		// the unit it sits below, even if that is retired, so that saving does not move
		// it
		if (unit.parentId() != null && parents.stream().noneMatch(p -> p.id().equals(unit.parentId()))) {
			this.units.findById(unit.parentId()).ifPresent(parents::add);
		}
		model.addAttribute("parents", parents);
		model.addAttribute("kinds", OrganisationKind.values());
		return "setup-unit";
	}

}
