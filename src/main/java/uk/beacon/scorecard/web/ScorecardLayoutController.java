package uk.beacon.scorecard.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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
import uk.beacon.access.StaleChange;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardManagement;
import uk.beacon.scorecard.Scorecards;
import uk.beacon.scorecard.SectionKind;
import uk.beacon.scorecard.SectionLayout;
import uk.beacon.web.FormErrors;

/**
 * A scorecard's name and sections laid out on screen by a performance officer: sections
 * added, renamed, reordered and removed, and the indicators of each placed in order.
 */
@Controller
class ScorecardLayoutController {

	private final Scorecards scorecards;

	private final ScorecardManagement management;

	private final LayoutIndicators layoutIndicators;

	private final CurrentViewer viewer;

	ScorecardLayoutController(Scorecards scorecards, ScorecardManagement management, LayoutIndicators layoutIndicators,
			CurrentViewer viewer) {
		this.scorecards = scorecards;
		this.management = management;
		this.layoutIndicators = layoutIndicators;
		this.viewer = viewer;
	}

	@GetMapping("/scorecards/{id}/layout")
	String layout(@PathVariable long id, Model model) {
		Scorecard scorecard = scorecard(id);
		model.addAttribute("form",
				ScorecardLayoutForm.of(scorecard, this.scorecards.sectionIds(id),
						this.layoutIndicators.visibleCodes(scorecard, this.viewer.audience()),
						this.management.fingerprint(id)));
		return page(scorecard, model);
	}

	@PostMapping("/scorecards/{id}/layout")
	String save(@PathVariable long id, @ModelAttribute("form") ScorecardLayoutForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Scorecard scorecard = scorecard(id);
		List<SectionLayout> sections = errors.hasErrors() ? null
				: form.sections(this.layoutIndicators.councilsIndicators(scorecard, this.viewer.audience()), errors);
		if (sections == null) {
			return page(scorecard, model);
		}
		try {
			this.management.layOut(this.viewer.actor(), this.viewer.audience(), id, form.seen(), form.name().strip(),
					sections);
		}
		catch (StaleChange ex) {
			// what was typed is kept; saving it again replaces the colleague's change
			// knowingly
			errors.reject("stale", "Someone else changed " + scorecard.name() + " since you opened this page, so "
					+ "nothing was saved. What you typed is below; compare it with the scorecard as it is now, then "
					+ "save again to replace their change.");
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("form",
					new ScorecardLayoutForm(form.name(), form.sections(), this.management.fingerprint(id)));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return page(scorecard, model);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return page(scorecard, model);
		}
		redirect.addFlashAttribute("success", "Saved the layout of " + form.name().strip() + ".");
		return "redirect:/scorecards/" + id + "/layout";
	}

	private Scorecard scorecard(long id) {
		Scorecard scorecard = this.scorecards.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such scorecard."));
		this.management.requireMayLayOut(this.viewer.actor(), scorecard);
		return scorecard;
	}

	private String page(Scorecard scorecard, Model model) {
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("kinds", SectionKind.values());
		return "scorecard-layout";
	}

}
