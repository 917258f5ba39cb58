package uk.beacon.setup.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.util.UriUtils;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.web.ApiMistakes;

/**
 * A new indicator through the API, with every field of its definition, through the same
 * door and the same rules as the set-up page: {@link IndicatorManagement#add} and
 * {@link NewIndicatorForm}.
 */
@RestController
@Tag(name = "Indicators", description = "An indicator's description and its targets")
class NewIndicatorApi {

	/** The form's fields by the names the API gives them (as indicators.csv does). */
	private static final Map<String, String> FIELDS = Map.of("unit", "organisationUnit", "measure", "unit");

	/** A new indicator, every field of its definition. */
	record NewIndicator(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			description = "its code, unique across Beacon and fixed once added", example = "WCC-CFC-05") String code,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the title as the council prints it") String title,
			@Schema(description = "how it is measured") String definition,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the code of the organisation unit it belongs to") String organisationUnit,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "what its figures are in",
					allowableValues = {
							"percent", "number", "currency_gbp", "rate_per_1000", "rate_per_10000", "rate_per_100000",
							"days", "score", "fte" }) String unit,
			@Schema(description = "the decimal places shown, 0 to 6; 0 when left out") Integer decimalPlaces,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "which way is better",
					allowableValues = { "HIGHER_IS_BETTER", "LOWER_IS_BETTER", "WITHIN_RANGE",
							"NO_POLARITY" }) String polarity,
			@Schema(description = "how often it is measured; QUARTERLY when left out",
					allowableValues = { "MONTHLY", "QUARTERLY", "ANNUAL", "IRREGULAR" }) String frequency,
			@Schema(description = "whether each figure stands alone or is the year's total so far; SNAPSHOT when "
					+ "left out", allowableValues = { "SNAPSHOT", "CUMULATIVE_YTD" }) String accumulation,
			@Schema(description = "how many months in arrears it is reported, 0 to 24; 0 when left out") Integer arrearsMonths,
			@Schema(description = "what the direction of travel compares with; the usual one for its frequency and "
					+ "accumulation when left out",
					allowableValues = { "PREVIOUS_PERIOD", "SAME_PERIOD_LAST_YEAR" }) String comparison,
			@Schema(description = "who owns it") String ownerName,
			@Schema(description = "the owner's e-mail address, which data requests go to") String ownerEmail,
			@Schema(description = "where the figures come from") String dataSource,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "whether residents may see it (not, needs the restricted reader's permission)") Boolean isPublic,
			@Schema(description = "the officer's record of decisions and caveats, never shown to the public") String note){

		NewIndicatorForm form() {
			return new NewIndicatorForm(this.code, this.title, this.definition, this.organisationUnit,
					(this.unit != null) ? this.unit.strip().toLowerCase(Locale.ROOT) : null,
					String.valueOf((this.decimalPlaces != null) ? this.decimalPlaces : 0), upper(this.polarity),
					(this.frequency != null) ? upper(this.frequency) : "QUARTERLY",
					(this.accumulation != null) ? upper(this.accumulation) : "SNAPSHOT",
					String.valueOf((this.arrearsMonths != null) ? this.arrearsMonths : 0), upper(this.comparison),
					this.ownerName, this.ownerEmail, this.dataSource,
					(this.isPublic == null) ? null : this.isPublic ? "yes" : "no", this.note);
		}

		private static String upper(String choice) {
			return (choice != null) ? choice.strip().toUpperCase(Locale.ROOT) : null;
		}

	}

	/**
	 * The indicator as added.
	 *
	 * @param version what a change of its description sends back
	 */
	record IndicatorAdded(String code, String title, String definition, String organisationUnit, String unit,
			int decimalPlaces, String polarity, String frequency, String accumulation, int arrearsMonths,
			String comparison, String ownerName, String ownerEmail, String dataSource, boolean isPublic, String note,
			int version) {
	}

	private final KeptUnits kept;

	private final OrganisationUnits units;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	NewIndicatorApi(KeptUnits kept, OrganisationUnits units, IndicatorManagement management, CurrentViewer viewer) {
		this.kept = kept;
		this.units = units;
		this.management = management;
		this.viewer = viewer;
	}

	@PostMapping("/api/v1/indicators")
	@ApiResponse(responseCode = "201", description = "Added; Location names its targets, where the first is set")
	@Operation(summary = "Add an indicator, with every field of its definition",
			description = "Within the person's part of the council, in a unit in use; one not for publication needs "
					+ "the restricted reader's permission too. Refused (422) when the code is taken, by any "
					+ "indicator. Then set its first target: POST /api/v1/indicators/{code}/targets.")
	ResponseEntity<IndicatorAdded> add(@RequestBody NewIndicator body) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "indicator");
		// any unit by its code: one outside the person's part of the council is refused
		// by the service, saying so
		Indicator indicator = body.form().indicator(this.kept.all(), errors);
		ApiMistakes.refuseIfAny(errors, field -> FIELDS.getOrDefault(field, field));
		Indicator added = this.management.add(this.viewer.actor(), indicator);
		return ResponseEntity.created(URI.create(
				"/api/v1/indicators/" + UriUtils.encodePathSegment(added.code(), StandardCharsets.UTF_8) + "/targets"))
			.body(added(added));
	}

	private IndicatorAdded added(Indicator i) {
		String unit = this.units.findById(i.organisationUnitId()).map(OrganisationUnit::code).orElse(null);
		return new IndicatorAdded(i.code(), i.title(), i.definition(), unit, i.unit().code(), i.decimalPlaces(),
				i.polarity().name(), i.frequency().name(), i.accumulation().name(), i.arrearsMonths(),
				i.comparison().name(), i.ownerName(), i.ownerEmail(), i.dataSource(), i.isPublic(), i.note(),
				i.version());
	}

}
