package uk.beacon.scorecard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.OwnerAssignment;
import uk.beacon.scorecard.ScorecardFigures;
import uk.beacon.web.ApiMistakes;

/**
 * The owners of a scorecard's indicators through the API: one owner named for many
 * indicators at once, as on the owners page, each indicator's version checked.
 */
@RestController
@Tag(name = "Owners", description = "Who owns the indicators on a scorecard")
class ScorecardOwnersApi {

	private final ScorecardFigures figures;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	ScorecardOwnersApi(ScorecardFigures figures, IndicatorManagement management, CurrentViewer viewer) {
		this.figures = figures;
		this.management = management;
		this.viewer = viewer;
	}

	/**
	 * An indicator on the scorecard and its owner.
	 *
	 * @param version its version, to send back when naming its owner
	 */
	record Owned(String code, String title, String ownerName, String ownerEmail, int version) {
	}

	/** The owner to name and the indicators, each with its version as read. */
	record Naming(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the owner's name") String ownerName,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "their e-mail address, which data requests go to") String ownerEmail,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the indicators, each with its version as read") List<Seen> indicators) {
	}

	record Seen(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the indicator's code") String code,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "its version as read (GET)") Integer version) {
	}

	@GetMapping("/api/v1/scorecards/{id}/owners")
	@Operation(summary = "The indicators on a scorecard with their owners and versions")
	List<Owned> owners(@PathVariable long id) {
		return indicatorsOf(id).stream()
			.map(i -> new Owned(i.code(), i.title(), i.ownerName(), i.ownerEmail(), i.version()))
			.toList();
	}

	@PutMapping("/api/v1/scorecards/{id}/owners")
	@Operation(summary = "Name one owner for several indicators on a scorecard",
			description = "All or nothing; refused (409) when an indicator changed since the version sent.")
	List<Owned> name(@PathVariable long id, @RequestBody Naming body) {
		List<Indicator> indicators = indicatorsOf(id);
		Map<String, Indicator> byCode = new HashMap<>();
		indicators.forEach(i -> byCode.put(i.code(), i));
		List<Seen> sent = (body.indicators() != null) ? body.indicators() : List.of();
		java.util.Set<String> codes = new java.util.HashSet<>();
		for (int n = 0; n < sent.size(); n++) {
			Seen seen = sent.get(n);
			if (seen != null && seen.code() != null && !codes.add(seen.code())) {
				throw ApiMistakes.of("indicators[" + n + "].code", seen.code() + " is sent twice");
			}
			if (seen == null || seen.code() == null || !byCode.containsKey(seen.code())) {
				throw ApiMistakes.of("indicators[" + n + "].code", "No indicator "
						+ ((seen != null) ? seen.code() : null) + " is on this scorecard: read the codes from GET");
			}
			if (seen.version() == null) {
				throw ApiMistakes.of("indicators[" + n + "].version",
						"Send the version of " + seen.code() + " as read, so that a change since is not missed");
			}
		}
		OwnersForm form = new OwnersForm(body.ownerName(), body.ownerEmail(),
				sent.stream().map(s -> new OwnersForm.Row(s.code(), s.version().toString(), "yes")).toList());
		BindingResult errors = new MapBindingResult(new HashMap<>(), "owners");
		List<OwnerAssignment> assignments = form.assignments(byCode, errors);
		ApiMistakes.refuseIfAny(errors, field -> "none".equals(field) ? "indicators" : field);
		this.management.assignOwners(this.viewer.actor(), assignments);
		return owners(id);
	}

	private List<Indicator> indicatorsOf(long id) {
		return this.figures.indicatorsOf(id, this.viewer.audience())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such scorecard."));
	}

}
