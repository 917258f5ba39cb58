package uk.beacon.indicator.web;

import java.util.HashMap;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.DefinitionPeriod;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorDefinitions;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Measure;
import uk.beacon.indicator.Redefinition;
import uk.beacon.web.ApiMistakes;

/**
 * How an indicator is measured and rated, through the API, with the checks of its page: a
 * new definition from a quarter on, or a correction of the one in use.
 */
@RestController
@Tag(name = "Indicators", description = "An indicator's description and its targets")
class IndicatorDefinitionApi {

	private final KeptIndicators kept;

	private final IndicatorDefinitions definitions;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	IndicatorDefinitionApi(KeptIndicators kept, IndicatorDefinitions definitions, IndicatorManagement management,
			CurrentViewer viewer) {
		this.kept = kept;
		this.definitions = definitions;
		this.management = management;
		this.viewer = viewer;
	}

	/** A change of definition. */
	record Change(@Schema(description = "what is measured and how, in words") String definition,
			@Schema(description = "what its figures are in", example = "percent", allowableValues = {
					"percent", "number", "currency_gbp", "rate_per_1000", "rate_per_10000", "rate_per_100000", "days",
					"score", "fte" }) String unit,
			@Schema(description = "decimal places shown and compared, 0 to 6") Integer decimalPlaces,
			@Schema(allowableValues = { "HIGHER_IS_BETTER", "LOWER_IS_BETTER", "WITHIN_RANGE",
					"NO_POLARITY" }) String polarity,
			@Schema(allowableValues = { "MONTHLY", "QUARTERLY", "ANNUAL", "IRREGULAR" }) String frequency,
			@Schema(allowableValues = { "SNAPSHOT", "CUMULATIVE_YTD" }) String accumulation,
			@Schema(description = "months in arrears it is reported, 0 to 24") Integer arrearsMonths,
			@Schema(description = "what direction of travel compares with; left out for the usual one",
					allowableValues = { "PREVIOUS_PERIOD", "SAME_PERIOD_LAST_YEAR" }) String comparison,
			@Schema(description = "the first quarter a new definition applies to, figures reported before keeping "
					+ "theirs; left out to correct the definition in use for every quarter it applies to",
					example = "Q1 2026/27") String from,
			@Schema(description = "why it changes, kept in the history and the audit trail") String reason,
			@Schema(description = "the indicator's version as read") Integer version){
	}

	/** One of an indicator's definitions and the quarters it applies to. */
	record Period(@Schema(description = "the first quarter it applies to; none when from the start") String from,
			@Schema(description = "the last quarter it applies to; none for the one in use") String to,
			String definition, String unit, int decimalPlaces, String polarity, String frequency, String accumulation,
			int arrearsMonths, String comparison, String reason, String changedBy) {
	}

	/** An indicator's definitions, oldest first, the one in use last. */
	record Definitions(String indicator, int version, List<Period> definitions) {
	}

	@GetMapping("/api/v1/indicators/{code}/definitions")
	@Operation(summary = "How an indicator has been measured and rated, quarter by quarter")
	Definitions definitions(@PathVariable String code) {
		return body(this.kept.find(code, "change how " + code + " is measured"));
	}

	@PutMapping("/api/v1/indicators/{code}/definition")
	@Operation(summary = "Change how an indicator is measured and rated",
			description = "With `from`, a new definition from that quarter on: figures reported before keep the one "
					+ "they were reported under. Without it, a correction of the definition in use, which re-rates "
					+ "every figure it applies to. Refused (409) when the indicator changed since the version sent.")
	Definitions change(@PathVariable String code, @RequestBody Change body) {
		Indicator indicator = this.kept.find(code, "change how " + code + " is measured");
		if (body.version() == null) {
			throw ApiMistakes.of("version", "Send the indicator's version as read, so that a change since is not lost");
		}
		DefinitionForm form = new DefinitionForm(body.definition(), body.unit(), text(body.decimalPlaces()),
				body.polarity(), body.frequency(), body.accumulation(), text(body.arrearsMonths()), body.comparison(),
				(body.from() != null && !body.from().isBlank()) ? "from" : "correct", body.from(), body.reason(),
				body.version().toString());
		BindingResult errors = new MapBindingResult(new HashMap<>(), "definition");
		Redefinition change = form.redefinition(indicator.code(), errors);
		ApiMistakes.refuseIfAny(errors, field -> "measure".equals(field) ? "unit" : field);
		return body(this.management.redefine(this.viewer.actor(), change));
	}

	private Definitions body(Indicator indicator) {
		return new Definitions(indicator.code(), indicator.version(),
				this.definitions.of(indicator).periods().stream().map(IndicatorDefinitionApi::period).toList());
	}

	private static Period period(DefinitionPeriod p) {
		Measure m = p.measure();
		return new Period((p.from() != null) ? p.from().label() : null,
				(p.until() != null) ? p.until().previous().label() : null, m.definition(), m.unit().code(),
				m.decimalPlaces(), m.polarity().name(), m.frequency().name(), m.accumulation().name(),
				m.arrearsMonths(), m.comparison().name(), p.reason(), p.changedBy());
	}

	private static String text(Integer number) {
		return (number != null) ? number.toString() : null;
	}

}
