package uk.beacon.setup.web;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardManagement;
import uk.beacon.web.ApiMistakes;

/**
 * A new scorecard through the API, with its first section, through the same door and the
 * same rules as the set-up page: {@link ScorecardManagement#add} and
 * {@link NewScorecardForm}. Its indicators and further sections are laid out at its
 * layout's address.
 */
@RestController
@Tag(name = "Scorecards", description = "Scorecards and their indicators' figures, targets and statuses")
class NewScorecardApi {

	/** The form's fields by the names the API gives them. */
	private static final Map<String, String> FIELDS = Map.of("unit", "organisationUnit");

	/** A new scorecard and its first section. */
	record NewScorecard(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			description = "its code, unique across Beacon and fixed once added", example = "WCC-CORP-2026") String code,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "its name as the council prints it",
					example = "Corporate scorecard 2026/27") String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the code of the organisation unit it reports on") String organisationUnit,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
					"CORPORATE", "DIRECTORATE", "SERVICE" }) String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the title of its first section",
					example = "Children and young people") String section,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "what its sections are",
					allowableValues = { "PERSPECTIVE", "OBJECTIVE", "AREA_OF_FOCUS" }) String sectionKind,
			@Schema(description = "the quarter it opens at, like Q1 2026/27; the latest with figures when left out",
					example = "Q1 2026/27") String period){

		NewScorecardForm form() {
			return new NewScorecardForm(this.code, this.name, this.organisationUnit, upper(this.kind), this.section,
					upper(this.sectionKind), this.period);
		}

		private static String upper(String choice) {
			return (choice != null) ? choice.strip().toUpperCase(Locale.ROOT) : null;
		}

	}

	/**
	 * The scorecard as added.
	 *
	 * @param layout where its sections and indicators are read and laid out
	 */
	record ScorecardAdded(long id, String code, String name, String organisationUnit, String kind, String period,
			String layout) {
	}

	private final KeptUnits kept;

	private final ScorecardManagement management;

	private final CurrentViewer viewer;

	NewScorecardApi(KeptUnits kept, ScorecardManagement management, CurrentViewer viewer) {
		this.kept = kept;
		this.management = management;
		this.viewer = viewer;
	}

	@PostMapping("/api/v1/scorecards")
	@ApiResponse(responseCode = "201", description = "Added; Location names its layout")
	@Operation(summary = "Add a scorecard, with its first section",
			description = "For a unit in use within the person's part of the council. Refused (422) when the code "
					+ "is taken. Then place its indicators and add sections: PUT /api/v1/scorecards/{id}/layout.")
	ResponseEntity<ScorecardAdded> add(@RequestBody NewScorecard body) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "scorecard");
		// any unit by its code: one outside the person's part of the council is refused
		// by the service, saying so
		Scorecard scorecard = body.form().scorecard(this.kept.all(), errors);
		ApiMistakes.refuseIfAny(errors, field -> FIELDS.getOrDefault(field, field));
		long id = this.management.add(this.viewer.actor(), scorecard);
		String layout = "/api/v1/scorecards/" + id + "/layout";
		return ResponseEntity.created(URI.create(layout))
			.body(new ScorecardAdded(id, scorecard.code(), scorecard.name(), body.organisationUnit(),
					scorecard.kind().name(),
					(scorecard.currentPeriod() != null) ? scorecard.currentPeriod().label() : null, layout));
	}

}
