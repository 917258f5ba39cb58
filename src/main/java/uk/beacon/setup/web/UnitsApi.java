package uk.beacon.setup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.organisation.OrganisationManagement;
import uk.beacon.organisation.OrganisationUnit;

/**
 * Retiring an organisation unit through the API, through the same door as its set-up
 * page.
 */
@RestController
@Tag(name = "Organisation", description = "The council's organisation units")
class UnitsApi {

	/** Why a unit is retired. */
	record Retirement(@Schema(description = "why the council no longer has the unit") String reason) {
	}

	/** A unit and whether it is retired. */
	record UnitState(String code, String name, String kind, boolean retired, String retirementReason) {

		static UnitState of(OrganisationUnit unit) {
			return new UnitState(unit.code(), unit.name(), unit.kind().name().toLowerCase(java.util.Locale.ROOT),
					unit.retired(), unit.retirementReason());
		}

	}

	private final OrganisationManagement management;

	private final CurrentViewer viewer;

	UnitsApi(OrganisationManagement management, CurrentViewer viewer) {
		this.management = management;
		this.viewer = viewer;
	}

	@PostMapping("/api/v1/units/{code}/retire")
	@Operation(summary = "Retire an organisation unit the council no longer has",
			description = "Refused (422), naming each, while it has indicators in use, units below it in use or open "
					+ "risks on its registers. It keeps everything; nothing new is added to it.")
	UnitState retire(@PathVariable String code, @RequestBody Retirement body) {
		return UnitState.of(this.management.retire(this.viewer.actor(), code, body.reason()));
	}

	@PostMapping("/api/v1/units/{code}/reinstate")
	@Operation(summary = "Put a retired organisation unit back in use, below a unit in use")
	UnitState reinstate(@PathVariable String code) {
		return UnitState.of(this.management.reinstate(this.viewer.actor(), code));
	}

}
