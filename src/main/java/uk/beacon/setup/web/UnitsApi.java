package uk.beacon.setup.web;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.organisation.OrganisationManagement;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.organisation.UnitDefinition;
import uk.beacon.web.ApiMistakes;

/**
 * The organisation tree through the API: units added, renamed, moved and retired through
 * the same door as the set-up pages ({@link OrganisationManagement}), with the same rules
 * for what is typed ({@link UnitForm}).
 */
@RestController
@Tag(name = "Organisation", description = "The council's organisation units")
class UnitsApi {

	/** Why a unit is retired. */
	record UnitRetirement(@Schema(description = "why the council no longer has the unit") String reason) {
	}

	/**
	 * A unit as it stands.
	 *
	 * @param parent the code of the unit above it; {@code null} for a council
	 * @param seen what a change sends back, so that a change since is not overwritten
	 */
	record UnitState(String code, String name, String kind, String parent, boolean retired, String retirementReason,
			String seen) {
	}

	/** A new unit. */
	record NewUnit(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			description = "its code, unique across Beacon and fixed once added", example = "WCC-ADULTS") String code,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "its name as the council writes it") String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
					"council", "directorate", "service" }) String kind,
			@Schema(description = "the code of the unit it sits below; none for a council") String parent){
	}

	/** A unit renamed or moved, as read. */
	record UnitChange(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "its name as the council writes it") String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
					"council", "directorate", "service" }) String kind,
			@Schema(description = "the code of the unit it sits below; none for a council") String parent,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the unit's seen as read (GET /api/v1/units/{code})") String seen){
	}

	private final KeptUnits kept;

	private final OrganisationUnits units;

	private final OrganisationManagement management;

	private final CurrentViewer viewer;

	UnitsApi(KeptUnits kept, OrganisationUnits units, OrganisationManagement management, CurrentViewer viewer) {
		this.kept = kept;
		this.units = units;
		this.management = management;
		this.viewer = viewer;
	}

	@GetMapping("/api/v1/units")
	@Operation(summary = "Every organisation unit, each council followed by its directorates and their services")
	List<UnitState> all() {
		return this.kept.all().stream().map(this::state).toList();
	}

	@GetMapping("/api/v1/units/{code}")
	@Operation(summary = "An organisation unit, with what a change sends back")
	UnitState one(@PathVariable String code) {
		return state(existing(code));
	}

	@PostMapping("/api/v1/units")
	@ApiResponse(responseCode = "201", description = "Added; Location names it")
	@Operation(summary = "Add an organisation unit: a council, a directorate or a service",
			description = "A directorate or a service sits below a unit in use within the person's part of the "
					+ "council; a council is added only by someone whose role covers every council. Refused (422) "
					+ "when the code is taken.")
	ResponseEntity<UnitState> add(@RequestBody NewUnit body) {
		UnitDefinition definition = definition(body.code(), body.name(), body.kind(), body.parent());
		OrganisationUnit added = this.management.add(this.viewer.actor(), definition);
		return ResponseEntity.created(URI.create("/api/v1/units/" + added.code())).body(state(added));
	}

	@PutMapping("/api/v1/units/{code}")
	@Operation(summary = "Rename an organisation unit or move it below another",
			description = "Every field is set as sent; the code stays. Refused (409) when the unit changed since the "
					+ "seen sent.")
	UnitState change(@PathVariable String code, @RequestBody UnitChange body) {
		OrganisationUnit unit = existing(code);
		if (body.seen() == null || body.seen().isBlank()) {
			throw ApiMistakes.of("seen", "Send the unit's seen as read, so that a change since is not lost");
		}
		UnitDefinition definition = definition(unit.code(), body.name(), body.kind(), body.parent());
		this.management.change(this.viewer.actor(), definition, body.seen());
		// as it stands now, retired or not
		return state(existing(unit.code()));
	}

	@PostMapping("/api/v1/units/{code}/retire")
	@Operation(summary = "Retire an organisation unit the council no longer has",
			description = "Refused (422), naming each, while it has indicators in use, units below it in use or open "
					+ "risks on its registers. It keeps everything; nothing new is added to it.")
	UnitState retire(@PathVariable String code, @RequestBody UnitRetirement body) {
		return state(this.management.retire(this.viewer.actor(), code, body.reason()));
	}

	@PostMapping("/api/v1/units/{code}/reinstate")
	@Operation(summary = "Put a retired organisation unit back in use, below a unit in use")
	UnitState reinstate(@PathVariable String code) {
		return state(this.management.reinstate(this.viewer.actor(), code));
	}

	/** The unit as typed, with the rules of the set-up page; the kind in either case. */
	private static UnitDefinition definition(String code, String name, String kind, String parent) {
		UnitForm form = new UnitForm(name, code, (kind != null) ? kind.strip().toUpperCase(Locale.ROOT) : null, parent);
		BindingResult errors = new MapBindingResult(new HashMap<>(), "unit");
		UnitDefinition definition = form.definition(errors);
		ApiMistakes.refuseIfAny(errors);
		return definition;
	}

	private OrganisationUnit existing(String code) {
		return this.units.findByCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no unit " + code + "."));
	}

	private UnitState state(OrganisationUnit unit) {
		String parent = (unit.parentId() != null)
				? this.units.findById(unit.parentId()).map(OrganisationUnit::code).orElse(null) : null;
		return new UnitState(unit.code(), unit.name(), unit.kind().name().toLowerCase(Locale.ROOT), parent,
				unit.retired(), unit.retirementReason(), this.management.fingerprint(unit));
	}

}
