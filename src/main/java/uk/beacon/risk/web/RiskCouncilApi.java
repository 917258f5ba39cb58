package uk.beacon.risk.web;

import java.util.HashMap;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.MatrixPreview;
import uk.beacon.risk.RiskAppetite;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.ApiMistakes;

/**
 * A council's risk matrix with its bands, and its risk appetite, through the API: the
 * bodies of their pages' forms, the same preview of which risks would change level, the
 * same checks through {@link RiskManagement}.
 */
@RestController
@Tag(name = "Risk register", description = "Adding, reviewing, editing, closing and linking risks and opportunities")
class RiskCouncilApi {

	private final RiskViews views;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final OrganisationUnits units;

	RiskCouncilApi(RiskViews views, RiskManagement management, CurrentViewer viewer, OrganisationUnits units) {
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.units = units;
	}

	/**
	 * What a new matrix would do.
	 *
	 * @param saved whether it was saved ({@code false} for a preview, or when it cannot
	 * be)
	 * @param changes the open risks rated at another level under it
	 * @param unseenChanges how many risks the person may not see would change level
	 * @param problems why it cannot be saved: assessments it has no place for, appetite
	 * scores beyond it
	 */
	record MatrixOutcome(boolean saved, List<LevelChange> changes, int unseenChanges, List<String> problems) {
	}

	record LevelChange(String reference, String title, Integer score, String before, String after) {
	}

	@GetMapping("/api/v1/councils/{council}/risk-matrix")
	@Operation(summary = "A council's risk matrix and bands, with the fingerprint a change sends back")
	RiskMatrixForm matrix(@PathVariable String council) {
		return RiskMatrixForm.of(this.views.matrixOfCouncil(matrixCouncil(council)));
	}

	@PutMapping("/api/v1/councils/{council}/risk-matrix")
	@Operation(summary = "Change a council's risk matrix and bands (or preview which risks would change level)",
			description = "Labels for each axis (one for each level), bands covering every score from 1 to the "
					+ "highest, and the fingerprint read; with bands alone (no size or labels) the scales are kept, "
					+ "and without writtenFirst, impactName, likelihoodName or rows (the axis down the side of the heat map) the council's writing is. Refused (422) when an assessment held has no place on "
					+ "the new matrix or the appetite would lie beyond it; (409) when the matrix changed since.")
	MatrixOutcome setMatrix(@PathVariable String council, @RequestBody RiskMatrixForm body,
			@Parameter(description = "true to see what would change without saving") @RequestParam(
					defaultValue = "false") boolean preview) {
		OrganisationUnit unit = matrixCouncil(council);
		BindingResult errors = new MapBindingResult(new HashMap<>(), "matrix");
		RiskMatrix matrix = body.matrix(errors, this.views.matrixOfCouncil(unit));
		ApiMistakes.refuseIfAny(errors);
		MatrixPreview seen = this.views.matrixPreview(unit, matrix, this.viewer.audience());
		List<String> problems = new java.util.ArrayList<>(seen.appetiteProblems());
		seen.misfits().forEach(m -> problems.add(m.describe(matrix)));
		if (!preview && !seen.saveable()) {
			throw ApiMistakes.of("bands", "The matrix cannot be saved: " + String.join("; ", problems));
		}
		if (!preview) {
			this.management.setMatrix(this.viewer.actor(), unit, matrix, body.fingerprint());
		}
		return new MatrixOutcome(!preview, seen.changes()
			.stream()
			.map(c -> new LevelChange(c.reference(), c.title(), c.score(),
					(c.before() != null) ? c.before().level() : null, (c.after() != null) ? c.after().level() : null))
			.toList(), seen.unseenChanges(), problems);
	}

	@GetMapping("/api/v1/councils/{council}/risk-appetite")
	@Operation(summary = "A council's risk appetite: the default score tolerated and each category's",
			description = "Categories in use without a score of their own are listed with none.")
	RiskAppetiteForm appetite(@PathVariable String council) {
		OrganisationUnit unit = appetiteCouncil(council);
		RiskAppetiteForm form = RiskAppetiteForm.of(this.views.appetiteOfCouncil(unit),
				this.views.categoriesOf(unit, this.viewer.audience()));
		return new RiskAppetiteForm(form.defaultScore(), form.rows().stream().filter(r -> !r.isBlank()).toList(),
				form.fingerprint());
	}

	@PutMapping("/api/v1/councils/{council}/risk-appetite")
	@Operation(summary = "Set a council's risk appetite",
			description = "Every category as it should stand, with the fingerprint read; (409) when it changed since.")
	RiskAppetiteForm setAppetite(@PathVariable String council, @RequestBody RiskAppetiteForm body) {
		OrganisationUnit unit = appetiteCouncil(council);
		BindingResult errors = new MapBindingResult(new HashMap<>(), "appetite");
		RiskAppetite appetite = body.appetite(this.views.matrixOfCouncil(unit), errors);
		ApiMistakes.refuseIfAny(errors);
		this.management.setAppetite(this.viewer.actor(), unit, appetite, body.fingerprint());
		return appetite(council);
	}

	private OrganisationUnit matrixCouncil(String code) {
		OrganisationUnit council = council(code);
		this.management.requireMayChangeMatrix(this.viewer.actor(), council);
		return council;
	}

	private OrganisationUnit appetiteCouncil(String code) {
		OrganisationUnit council = council(code);
		this.management.requireMayChangeOnScreen(this.viewer.actor(), council);
		return council;
	}

	private OrganisationUnit council(String code) {
		return this.units.findByCode(code)
			.filter(u -> u.parentId() == null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no council " + code + "."));
	}

}
