package uk.beacon.risk.web;

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
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.MatrixPreview;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.FormErrors;

/**
 * The page a council's matrix and bands are changed on: the person edits them, sees which
 * risks would change level and which assessments would not fit, and only then saves what
 * they previewed.
 */
@Controller
class RiskMatrixController {

	private final RiskViews views;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final OrganisationUnits units;

	RiskMatrixController(RiskViews views, RiskManagement management, CurrentViewer viewer, OrganisationUnits units) {
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.units = units;
	}

	@GetMapping("/risks/matrix/{council}")
	String form(@PathVariable String council, Model model) {
		OrganisationUnit unit = council(council);
		model.addAttribute("form", RiskMatrixForm.of(this.views.matrixOfCouncil(unit)));
		return page(unit, model);
	}

	/**
	 * Previews the matrix in the form, or with {@code action=save} saves it once the
	 * person has seen its preview. A new number of levels gives the form a row for each,
	 * to be filled in before the preview.
	 */
	@PostMapping("/risks/matrix/{council}")
	String post(@PathVariable String council, @RequestParam(defaultValue = "preview") String action,
			@ModelAttribute("form") RiskMatrixForm typed, BindingResult errors, Model model,
			jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
		OrganisationUnit unit = council(council);
		if (errors.hasErrors()) {
			return page(unit, model);
		}
		RiskMatrixForm form = typed.resized();
		keep(form, errors, model);
		RiskMatrix matrix = form.matrix(errors, this.views.matrixOfCouncil(unit));
		if (matrix == null) {
			return page(unit, model);
		}
		MatrixPreview preview = this.views.matrixPreview(unit, matrix, this.viewer.audience());
		boolean previewed = matrix.fingerprint().equals(form.previewed());
		if ("save".equals(action) && previewed && preview.saveable()) {
			try {
				this.management.setMatrix(this.viewer.actor(), unit, matrix, form.fingerprint());
			}
			catch (StaleChange ex) {
				// the preview now compares with the colleague's matrix; saving again
				// replaces
				// it knowingly
				errors.reject("stale", "Someone else changed the risk matrix of " + unit.name()
						+ " since you opened this page, so nothing was saved. The preview now compares with their "
						+ "change; check it, then save again to replace it.");
				response.setStatus(HttpStatus.CONFLICT.value());
				RiskMatrixForm seen = form.with(this.views.matrixOfCouncil(unit).fingerprint(), null);
				return preview(unit, seen, matrix, this.views.matrixPreview(unit, matrix, this.viewer.audience()),
						false, errors, model);
			}
			catch (ChangeRejected ex) {
				FormErrors.reject(errors, null, ex);
				return preview(unit, form, matrix, preview, false, errors, model);
			}
			redirect.addFlashAttribute("success", "Saved the risk matrix and bands of " + unit.name() + ": "
					+ levelChanges(preview.changes().size() + preview.unseenChanges()) + ".");
			return "redirect:/risks/matrix";
		}
		return preview(unit, form, matrix, preview, "save".equals(action) && !previewed, errors, model);
	}

	/**
	 * Shows the form as it is to be shown, its mistakes with it (the model drops them
	 * when the form is replaced).
	 */
	private static void keep(RiskMatrixForm form, BindingResult errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
	}

	private String preview(OrganisationUnit council, RiskMatrixForm form, RiskMatrix matrix, MatrixPreview preview,
			boolean changedSincePreview, BindingResult errors, Model model) {
		keep(form.with(form.fingerprint(), matrix.fingerprint()), errors, model);
		model.addAttribute("proposed", matrix);
		model.addAttribute("preview", preview);
		model.addAttribute("changedSincePreview", changedSincePreview);
		return page(council, model);
	}

	private static String levelChanges(int risks) {
		return switch (risks) {
			case 0 -> "no open risk changed level";
			case 1 -> "1 open risk changed level";
			default -> risks + " open risks changed level";
		};
	}

	/** The council, once the person may change its matrix. */
	private OrganisationUnit council(String code) {
		OrganisationUnit council = this.units.findByCode(code)
			.filter(u -> u.parentId() == null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no council " + code + "."));
		this.management.requireMayChangeMatrix(this.viewer.actor(), council);
		return council;
	}

	private String page(OrganisationUnit council, Model model) {
		model.addAttribute("council", council);
		model.addAttribute("current", this.views.matrixOfCouncil(council));
		model.addAttribute("levels",
				java.util.stream.IntStream.rangeClosed(RiskMatrixForm.SMALLEST, RiskMatrixForm.LARGEST)
					.boxed()
					.toList());
		model.addAttribute("colours", uk.beacon.risk.BandColour.values());
		return "risk-matrix-edit";
	}

}
