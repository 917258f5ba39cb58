package uk.beacon.risk.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.AreaStanding;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskAreaRejected;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.ApiMistakes;

/**
 * A council's risk areas through the API: read as the areas page lists them, added and
 * changed with the body of their page's form, through the same checks in
 * {@link RiskManagement}.
 */
@RestController
@Tag(name = "Risk register", description = "Adding, reviewing, editing, closing and linking risks and opportunities")
class RiskAreaApi {

	private final RiskViews views;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final OrganisationUnits units;

	private final Validator validator;

	RiskAreaApi(RiskViews views, RiskManagement management, CurrentViewer viewer, OrganisationUnits units,
			Validator validator) {
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.units = units;
		this.validator = validator;
	}

	/**
	 * A risk area as its open risks (those the person may see) stand today.
	 *
	 * @param level the level it is shown at: the one set, or else the highest of its
	 * risks; {@code null} when neither is known
	 * @param levelColour the level's colour, such as {@code RED}
	 * @param levelSet whether an officer set the level, with {@code levelReason}
	 * @param workedOutLevel the highest level of its open risks, {@code null} when none
	 * is assessed
	 * @param openRisks how many open risks it holds
	 * @param red how many of them are red
	 * @param redInLast12Months whether any was red at an assessment in the last twelve
	 * months
	 * @param version send it back to change the area
	 */
	@Schema(name = "RiskArea")
	record Area(String code, String council, String title, String lead, String mitigations, String level,
			String levelColour, boolean levelSet, String levelReason, String workedOutLevel, LocalDate since,
			LocalDate retiredOn, int openRisks, int red, boolean redInLast12Months, int version) {

		static Area of(OrganisationUnit council, AreaStanding s) {
			RiskArea a = s.area();
			return new Area(a.code(), council.code(), a.title(), a.lead(), a.mitigations(),
					(s.level() != null) ? s.level().level() : null, s.colour().name(), s.set() != null,
					a.setLevelReason(), (s.workedOut() != null) ? s.workedOut().level() : null, a.since(),
					a.retiredOn(), s.risks(), s.red(), s.redInLast12Months(), a.version());
		}

	}

	@GetMapping("/api/v1/councils/{council}/risk-areas")
	@Operation(summary = "A council's risk areas, retired ones too, with the level and open risks of each")
	List<Area> areas(@PathVariable String council) {
		OrganisationUnit unit = council(council);
		return this.views.areaStandings(this.viewer.audience())
			.getOrDefault(unit, List.of())
			.stream()
			.map(s -> Area.of(unit, s))
			.toList();
	}

	@GetMapping("/api/v1/risk-areas/{code}")
	@Operation(summary = "A risk area, with the version a change sends back")
	Area area(@PathVariable String code) {
		RiskArea area = this.views.area(code).orElseThrow(() -> notFound(code));
		OrganisationUnit council = this.units.findById(area.councilId()).orElseThrow();
		return this.views.areaStandings(this.viewer.audience())
			.getOrDefault(council, List.of())
			.stream()
			.filter(s -> s.area().code().equals(area.code()))
			.findFirst()
			.map(s -> Area.of(council, s))
			.orElseThrow(() -> notFound(code));
	}

	@PostMapping("/api/v1/councils/{council}/risk-areas")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Added; Location names it")
	@Operation(summary = "Add a risk area to a council",
			description = "Its code, title, lead, summary of mitigations, and a level of the council's with the reason "
					+ "when officers set one (leave level out to work it out from its risks); since is the day the "
					+ "council began reporting it, today when left out. Refused (422) when the code or the title "
					+ "is taken or the level is not one of the council's.")
	ResponseEntity<Area> add(@PathVariable String council, @RequestBody RiskAreaForm body) {
		OrganisationUnit unit = council(council);
		this.management.requireMayChangeAreasOnScreen(this.viewer.actor(), unit);
		BindingResult errors = ApiMistakes.check(this.validator, body, "area");
		ApiMistakes.refuseIfAny(errors);
		String code = body.code().strip();
		refusing(() -> this.management.addArea(this.viewer.actor(), unit, body.change(code)));
		return ResponseEntity.created(URI.create("/api/v1/risk-areas/" + code)).body(area(code));
	}

	@PutMapping("/api/v1/risk-areas/{code}")
	@Operation(summary = "Change a risk area as read",
			description = "Every field as it should stand, with the version read: its title, lead, mitigations, "
					+ "level and reason (no level to work it out from its risks), since, and retired (refused while "
					+ "it holds open risks). The code is the address's. Refused (409) when it changed since.")
	Area change(@PathVariable String code, @RequestBody RiskAreaForm body) {
		RiskArea area = this.views.area(code).orElseThrow(() -> notFound(code));
		this.management.requireMayChangeAreasOnScreen(this.viewer.actor(),
				this.units.findById(area.councilId()).orElseThrow());
		RiskAreaForm sent = new RiskAreaForm(area.code(), body.title(), body.lead(), body.mitigations(), body.level(),
				body.levelReason(), body.since(), body.retired(), body.version());
		BindingResult errors = ApiMistakes.check(this.validator, sent, "area");
		if (body.version() == null) {
			throw ApiMistakes.of("version", "Send the area's version as read (GET /api/v1/risk-areas/" + code + ")");
		}
		ApiMistakes.refuseIfAny(errors);
		refusing(() -> this.management.changeArea(this.viewer.actor(), sent.change(area.code())));
		return area(code);
	}

	/** A refusal about a field of the area, named as the body names it. */
	private static void refusing(Runnable change) {
		try {
			change.run();
		}
		catch (RiskAreaRejected ex) {
			throw ApiMistakes.of(ex.field(), ex.getMessage());
		}
	}

	private OrganisationUnit council(String code) {
		return this.units.findByCode(code)
			.filter(u -> u.parentId() == null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no council " + code + "."));
	}

	private static ResponseStatusException notFound(String code) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no risk area " + code + ".");
	}

}
