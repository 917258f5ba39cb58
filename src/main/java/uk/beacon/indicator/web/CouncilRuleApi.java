package uk.beacon.indicator.web;

import java.util.HashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.CouncilRagRules;
import uk.beacon.indicator.CouncilRulePreview;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.RagRule;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.web.ApiMistakes;

/**
 * A council's RAG rule through the API, with the checks of its page: read by the
 * performance team, previewed and set by a performance officer over the whole council.
 */
@RestController
@Tag(name = "Indicators", description = "An indicator's description and its targets")
class CouncilRuleApi {

	private final CouncilRagRules rules;

	private final IndicatorManagement management;

	private final OrganisationUnits units;

	private final CurrentViewer viewer;

	CouncilRuleApi(CouncilRagRules rules, IndicatorManagement management, OrganisationUnits units,
			CurrentViewer viewer) {
		this.rules = rules;
		this.management = management;
		this.units = units;
		this.viewer = viewer;
	}

	/** A council's RAG rule as it is, or as it is to be. */
	record Rule(@Schema(description = "how far short of the target is still green", allowableValues = {
			"none", "absolute", "percentage" }) String greenKind,
			@Schema(description = "the green tolerance: points of the indicator's unit, or a percentage of the "
					+ "target", example = "5") String green,
			@Schema(description = "how far short of the target is still amber",
					allowableValues = { "none", "absolute", "percentage" }) String amberKind,
			@Schema(description = "the amber tolerance, counted from the target as the green is",
					example = "10") String amber,
			@Schema(description = "the rule as read, which a change sends back; a change made since is "
					+ "refused (409)") String seen,
			@Schema(accessMode = Schema.AccessMode.READ_ONLY,
					description = "the rule in words, as the pages give it") String summary){

		static Rule of(RagRule rule) {
			CouncilRuleForm form = CouncilRuleForm.of(rule);
			return new Rule(form.greenKind(), form.green(), form.toleranceKind(), form.tolerance(), form.seen(),
					rule.summary());
		}

	}

	/** What a change would do or did. */
	record Outcome(@Schema(description = "whether the rule was saved (false for a preview)") boolean saved, Rule rule,
			@Schema(description = "how many of the council's indicators are rated by its rule now") int following,
			@Schema(description = "how many latest figures would change rating, by \"Amber to Green\"") Map<String, Integer> changes) {
	}

	@GetMapping("/api/v1/councils/{council}/rag-rule")
	@Operation(summary = "A council's RAG rule, which every target of its indicators follows unless it gives its own")
	Rule rule(@PathVariable String council) {
		return Rule.of(this.rules.ofCouncil(council(council).id()));
	}

	@PutMapping("/api/v1/councils/{council}/rag-rule")
	@Operation(summary = "Set a council's RAG rule (or preview how many latest figures would change rating)",
			description = "A green tolerance (how far short of the target is still green) and an amber tolerance "
					+ "beyond it, each none, absolute or a percentage of the target, with the rule as read (seen). "
					+ "Refused (422) when a tolerance is wrong; (409) when the rule changed since it was read.")
	Outcome setRule(@PathVariable String council, @RequestBody Rule body,
			@Parameter(description = "true to see what would change without saving") @RequestParam(
					defaultValue = "false") boolean preview) {
		OrganisationUnit unit = council(council);
		this.management.requireMayKeepCouncilRule(this.viewer.actor(), unit);
		BindingResult errors = new MapBindingResult(new HashMap<>(), "rule");
		CouncilRuleForm form = new CouncilRuleForm(body.greenKind(), body.green(), body.amberKind(), body.amber(),
				body.seen(), null);
		RagRule rule = form.rule(errors);
		ApiMistakes.refuseIfAny(errors,
				field -> field.equals("toleranceKind") ? "amberKind" : field.equals("tolerance") ? "amber" : field);
		if (!preview && (body.seen() == null || body.seen().isBlank())) {
			throw ApiMistakes.of("seen",
					"Send the rule as read (seen, from GET), so that a change made since is not " + "overwritten.");
		}
		CouncilRulePreview seen = this.rules.preview(unit.id(), rule);
		if (!preview) {
			this.management.setCouncilRule(this.viewer.actor(), unit.id(), rule, body.seen());
		}
		return new Outcome(!preview, Rule.of(preview ? rule : this.rules.ofCouncil(unit.id())), seen.following(),
				seen.changes());
	}

	private OrganisationUnit council(String code) {
		return CouncilRuleController.council(this.units, code);
	}

}
