package uk.beacon.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

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
import uk.beacon.access.NotPermitted;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.RiskDetail;
import uk.beacon.risk.RiskEdit;
import uk.beacon.risk.RiskLinkTarget;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.RiskViews;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.Scorecards;
import uk.beacon.web.FormErrors;

/**
 * Editing a risk's own words and settings (what is kept from the public among them), and
 * linking it to the indicators and objectives it threatens, or unlinking them.
 */
@Controller
class RiskEditController {

	private final RiskViews views;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final Indicators indicators;

	private final Scorecards scorecards;

	private final OrganisationUnits units;

	RiskEditController(RiskViews views, RiskManagement management, CurrentViewer viewer, Indicators indicators,
			Scorecards scorecards, OrganisationUnits units) {
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.indicators = indicators;
		this.scorecards = scorecards;
		this.units = units;
	}

	/**
	 * An objective a risk may be linked to: a section of one of its council's scorecards.
	 */
	record Objective(long sectionId, String name) {
	}

	@GetMapping("/risks/{reference}/edit")
	String form(@PathVariable String reference, Model model) {
		RiskDetail detail = editable(reference);
		model.addAttribute("form", RiskEditForm.of(detail.summary().risk()));
		return page(detail, model);
	}

	@PostMapping("/risks/{reference}/edit")
	String save(@PathVariable String reference, @Valid @ModelAttribute("form") RiskEditForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		RiskDetail detail = editable(reference);
		RiskEdit edit = (form != null && !errors.hasErrors()) ? form.edit(new RiskReference(reference), errors) : null;
		if (edit == null || errors.hasErrors()) {
			return page(detail, model);
		}
		try {
			this.management.edit(this.viewer.actor(), edit);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return page(detail, model);
		}
		redirect.addFlashAttribute("success", "Saved the changes to " + reference + ".");
		return "redirect:/risks/{reference}";
	}

	@PostMapping("/risks/{reference}/links")
	String link(@PathVariable String reference, @RequestParam Optional<String> indicator,
			@RequestParam Optional<Long> section, @RequestParam Optional<String> note, RedirectAttributes redirect) {
		RiskDetail detail = editable(reference);
		this.management.link(this.viewer.actor(), new RiskReference(reference),
				target(detail, indicator, section, note.filter(n -> !n.isBlank()).map(String::trim).orElse(null)));
		redirect.addFlashAttribute("success", "Linked " + reference + ".");
		return "redirect:/risks/{reference}/edit";
	}

	@PostMapping("/risks/{reference}/links/remove")
	String unlink(@PathVariable String reference, @RequestParam Optional<String> indicator,
			@RequestParam Optional<Long> section, RedirectAttributes redirect) {
		RiskDetail detail = editable(reference);
		this.management.unlink(this.viewer.actor(), new RiskReference(reference),
				target(detail, indicator, section, null));
		redirect.addFlashAttribute("success", "Removed the link from " + reference + ".");
		return "redirect:/risks/{reference}/edit";
	}

	private RiskLinkTarget target(RiskDetail detail, Optional<String> indicator, Optional<Long> section, String note) {
		Optional<String> code = indicator.filter(c -> !c.isBlank()).map(String::trim);
		if (code.isPresent() == section.isPresent()) {
			throw new ChangeRejected("Give either an indicator's code or an objective, not both or neither.");
		}
		if (code.isPresent()) {
			var found = this.indicators.findByCode(code.get())
				.filter(i -> i.isPublic() || this.viewer.audience().seesRestricted(i.organisationUnitId()))
				.orElseThrow(() -> new ChangeRejected("No indicator has the code " + code.get() + "."));
			return new RiskLinkTarget.Indicator(found.id(), found.code(), note);
		}
		Objective objective = objectives(detail).stream()
			.filter(o -> o.sectionId() == section.get())
			.findFirst()
			.orElseThrow(() -> new ChangeRejected("Choose one of the council's objectives."));
		return new RiskLinkTarget.Objective(objective.sectionId(), objective.name(), note);
	}

	/**
	 * The risk, once the person may change it and see all of it: a risk with parts kept
	 * from the public is edited only by someone who may see them.
	 */
	private RiskDetail editable(String reference) {
		RiskDetail detail = this.views.risk(reference, this.viewer.audience())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.management.requireMayChange(this.viewer.actor(), new RiskReference(reference), "change " + reference);
		var risk = detail.summary().risk();
		if (!detail.seesRestricted() && (risk.restricted() || !risk.restrictedFields().isEmpty())) {
			throw new NotPermitted("You cannot change " + reference + ": parts of it are not for publication, so "
					+ "changing it also needs the restricted reader's permission for its part of the council.");
		}
		if (risk.isMerged()) {
			throw new ChangeRejected(reference + " has been merged into another risk and cannot be changed.");
		}
		return detail;
	}

	/** The sections of the scorecards of the risk's council. */
	private List<Objective> objectives(RiskDetail detail) {
		long council = this.units.councilOf(detail.summary().register().organisationUnitId()).id();
		List<Objective> objectives = new ArrayList<>();
		for (Scorecard scorecard : this.scorecards.findAll()) {
			if (this.units.councilOf(scorecard.organisationUnitId()).id() != council) {
				continue;
			}
			for (ScorecardSection section : scorecard.sections()) {
				this.scorecards.sectionId(scorecard.code(), section.title())
					.ifPresent(id -> objectives.add(new Objective(id, scorecard.name() + ": " + section.title())));
			}
		}
		return objectives;
	}

	private String page(RiskDetail detail, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("responses", uk.beacon.risk.RiskResponse.values());
		model.addAttribute("restrictable", uk.beacon.risk.RestrictedField.values());
		model.addAttribute("objectives", objectives(detail));
		return "risk-edit";
	}

}
