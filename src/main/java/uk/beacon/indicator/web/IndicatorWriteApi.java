package uk.beacon.indicator.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Benchmarks;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorDescription;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.CouncilRagRules;
import uk.beacon.indicator.Measurements;
import uk.beacon.indicator.Target;
import uk.beacon.indicator.TargetPreview;
import uk.beacon.indicator.Tolerance;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.web.ApiMistakes;

/**
 * An indicator's description and targets through the API, with the checks of their pages
 * ({@link IndicatorManagement}): the person's part of the council, the version read, the
 * reason for a correction. A target can be previewed first: how the latest figures would
 * be rated under it.
 */
@RestController
@Tag(name = "Indicators", description = "An indicator's description and its targets")
class IndicatorWriteApi {

	private final KeptIndicators kept;

	private final IndicatorTargets targets;

	private final Measurements measurements;

	private final Benchmarks benchmarks;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	private final CouncilRagRules rules;

	IndicatorWriteApi(KeptIndicators kept, IndicatorTargets targets, Measurements measurements, Benchmarks benchmarks,
			IndicatorManagement management, CurrentViewer viewer, CouncilRagRules rules) {
		this.rules = rules;
		this.kept = kept;
		this.targets = targets;
		this.measurements = measurements;
		this.benchmarks = benchmarks;
		this.management = management;
		this.viewer = viewer;
	}

	/**
	 * An indicator's description as set: every field is set as sent.
	 *
	 * @param isPublic whether residents may see it
	 * @param version the indicator's version as read (its {@code version} in GET
	 * /api/v1/indicators/{code}/targets)
	 */
	record Description(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the title as the council prints it") String title,
			@Schema(description = "how it is measured") String definition,
			@Schema(description = "who owns it") String ownerName,
			@Schema(description = "the owner's e-mail address, which data requests go to") String ownerEmail,
			@Schema(description = "where the figures come from") String dataSource,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "whether residents may see it") Boolean isPublic,
			@Schema(description = "the officer's record of decisions and caveats, never shown to the public") String note,
			@Schema(description = "what residents should read about it, shown to everyone on its page") String publicNote,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the indicator's version as read (GET /api/v1/indicators/{code}/targets)") Integer version) {
	}

	/**
	 * An indicator's targets.
	 *
	 * @param version the indicator's version, to send back with a new description
	 * @param openTarget what setting a target from a quarter sends as {@code seen}: the
	 * target that applies until replaced, as read
	 */
	record Targets(String indicator, String title, String unit, int version, String openTarget,
			List<TargetBody> targets) {
	}

	/**
	 * One target.
	 *
	 * @param seen what a correction sends back, so that a change since is not overwritten
	 * @param shape value, range, quartile, profile, multi_year_total or none
	 */
	record TargetBody(long id, String from, String to, String shape, String description, BigDecimal value,
			BigDecimal low, BigDecimal high, Integer quartile, String toleranceKind, BigDecimal tolerance, String seen,
			@Schema(description = "for a multi-year total: the first day it is counted") String totalFrom,
			@Schema(description = "for a multi-year total: the last day it is counted") String totalTo,
			@Schema(description = "council when the target follows its council's RAG rule (the tolerances are then "
					+ "the council's), own when it gives its own",
					allowableValues = {
							"council", "own" }) String rule,
			@Schema(description = "none, absolute or percentage") String greenKind,
			@Schema(description = "how far short of the target is still green") BigDecimal green,
			@Schema(description = "the rule in words, like: green within 5% of the target, amber within "
					+ "10%") String ruleSummary){
	}

	/**
	 * A target as the target page takes it, numbers as text or numbers.
	 *
	 * @param from the first quarter a new target applies to, like 2026/27 Q1
	 * @param shape value, range, quartile or none (a profile and a multi-year total are
	 * imported)
	 * @param toleranceKind none, absolute or percentage
	 * @param seen for a correction, the target's {@code seen}; for a new target, the
	 * {@code openTarget} read
	 * @param reason why a target is corrected
	 */
	record TargetChange(@Schema(description = "the first quarter a new target applies to, like 2026/27 Q1") String from,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
					"value", "range", "quartile", "multi_year_total", "none" }) String shape,
			@Schema(description = "the target, for a value; the total, for a multi-year total") String value,
			@Schema(description = "the low end, for a range") String low,
			@Schema(description = "the high end, for a range") String high,
			@Schema(description = "1 (top) to 4, for a quartile") String quartile,
			@Schema(description = "none, absolute or percentage") String toleranceKind,
			@Schema(description = "how far short of the target is still amber") String tolerance,
			@Schema(description = "a correction: the target's seen as read; a new target: openTarget as read") String seen,
			@Schema(description = "why the target is corrected; required for a correction") String reason,
			@Schema(description = "the first day a multi-year total is counted, like 01/04/2025") String totalFrom,
			@Schema(description = "the last day a multi-year total is counted, like 31/03/2028") String totalTo,
			@Schema(description = "council to follow the council's RAG rule, own for the tolerances sent; when not "
					+ "sent, own if a tolerance is sent, else council",
					allowableValues = { "council", "own" }) String rule,
			@Schema(description = "none, absolute or percentage") String greenKind,
			@Schema(description = "how far short of the target is still green") String green){

		TargetForm form() {
			return new TargetForm(this.reason, this.from, this.shape, this.value, this.low, this.high, this.quartile,
					this.toleranceKind, this.tolerance, this.seen, null, this.totalFrom, this.totalTo, this.rule,
					this.greenKind, this.green);
		}

	}

	/**
	 * How the latest figures are rated now and would be under the target sent.
	 *
	 * @param saved whether the target was saved ({@code false} for a preview)
	 * @param changing how many of the figures shown would change rating
	 */
	record Preview(boolean saved, long changing, List<PreviewRow> figures) {
	}

	record PreviewRow(String dataPeriod, String value, String now, String then) {
	}

	@GetMapping("/api/v1/indicators/{code}/targets")
	@Operation(summary = "An indicator's targets, each with what a correction sends back")
	Targets targets(@PathVariable String code) {
		Indicator indicator = this.kept.find(code, "change the targets of " + code);
		return new Targets(indicator.code(), indicator.title(), indicator.unit().label(), indicator.version(),
				this.kept.openSeen(indicator),
				this.targets.forIndicator(indicator.id()).stream().map(t -> body(indicator, t)).toList());
	}

	@PutMapping("/api/v1/indicators/{code}")
	@Operation(summary = "Change an indicator's description",
			description = "Title, definition, owner, data source, whether residents may see it (making it not "
					+ "public needs the restricted reader's permission) and the officer's note. Refused (409) when "
					+ "it changed since the version sent.")
	Description describe(@PathVariable String code, @RequestBody Description body) {
		Indicator indicator = this.kept.find(code, "change " + code);
		if (body.version() == null) {
			throw ApiMistakes.of("version", "Send the indicator's version as read, so that a change since is not lost");
		}
		IndicatorEditForm form = new IndicatorEditForm(body.title(), body.definition(), body.ownerName(),
				body.ownerEmail(), body.dataSource(), (body.isPublic() == null) ? null : body.isPublic() ? "yes" : "no",
				body.note(), body.publicNote(), (body.version() == null) ? null : body.version().toString());
		BindingResult errors = new MapBindingResult(new HashMap<>(), "description");
		IndicatorDescription description = form.description(indicator.code(), errors);
		ApiMistakes.refuseIfAny(errors, field -> "stale".equals(field) ? "version" : field);
		if (description == null) {
			throw ApiMistakes.of("version", "Send the indicator's version as read");
		}
		Indicator now = this.management.describe(this.viewer.actor(), description);
		return new Description(now.title(), now.definition(), now.ownerName(), now.ownerEmail(), now.dataSource(),
				now.isPublic(), now.note(), now.publicNote(), now.version());
	}

	/** Retiring an indicator, or putting it back in use. */
	record Retirement(
			@Schema(description = "the first quarter it is not measured, e.g. Q1 2026/27; a quarter in which it has "
					+ "figures cannot be one", example = "Q1 2026/27") String from,
			@Schema(description = "why it is retired, shown on its page") String reason,
			@Schema(description = "the indicator's version as read") Integer version) {
	}

	/** Whether an indicator is retired, and from when. */
	record RetirementState(String indicator, String retiredFrom, String reason, int version) {
	}

	@PostMapping("/api/v1/indicators/{code}/retire")
	@Operation(summary = "Retire an indicator from a quarter on",
			description = "It leaves the scorecards, the figure grid, the dashboards and the data requests from that "
					+ "quarter; its figures, targets and history are kept, and it stays on every earlier quarter. "
					+ "Refused (409) when it changed since the version sent.")
	RetirementState retire(@PathVariable String code, @RequestBody Retirement body) {
		Indicator indicator = this.kept.find(code, "retire " + code);
		if (body.version() == null) {
			throw ApiMistakes.of("version", "Send the indicator's version as read, so that a change since is not lost");
		}
		uk.beacon.period.FinancialQuarter from;
		try {
			from = TypedQuarter.read(body.from());
		}
		catch (uk.beacon.access.ChangeRejected ex) {
			throw ApiMistakes.of("from", ex.getMessage());
		}
		return state(this.management.retire(this.viewer.actor(), indicator.id(), body.version(), from, body.reason()));
	}

	@PostMapping("/api/v1/indicators/{code}/reinstate")
	@Operation(summary = "Put a retired indicator back in use",
			description = "Refused (409) when it changed since the version sent.")
	RetirementState reinstate(@PathVariable String code, @RequestBody Retirement body) {
		Indicator indicator = this.kept.find(code, "put " + code + " back in use");
		if (body.version() == null) {
			throw ApiMistakes.of("version", "Send the indicator's version as read, so that a change since is not lost");
		}
		return state(this.management.reinstate(this.viewer.actor(), indicator.id(), body.version()));
	}

	private static RetirementState state(Indicator indicator) {
		return new RetirementState(indicator.code(),
				(indicator.retiredFrom() != null) ? indicator.retiredFrom().label() : null,
				indicator.retirementReason(), indicator.version());
	}

	@PutMapping("/api/v1/indicators/{code}/targets/{id}")
	@Operation(summary = "Correct a target, with the reason (or preview the correction)",
			description = "The figures already reported are rated again under the corrected target. With "
					+ "preview=true nothing is saved and the answer says how the latest figures would be rated.")
	Preview correct(@PathVariable String code, @PathVariable long id, @RequestBody TargetChange body,
			@Parameter(description = "true to see the ratings without saving") @RequestParam(
					defaultValue = "false") boolean preview) {
		Indicator indicator = this.kept.find(code, "change the targets of " + code);
		IndicatorTarget current = this.kept.target(indicator, id);
		TargetForm form = body.form();
		BindingResult errors = new MapBindingResult(new HashMap<>(), "target");
		Target target = form.target(current.appliesFrom().label(), errors);
		RagRule rule = form.rule(this.rules.forIndicator(indicator), errors);
		String reason = preview ? null : form.reason(errors);
		ApiMistakes.refuseIfAny(errors);
		if (!preview) {
			this.management.correctTarget(this.viewer.actor(), id, form.seen(), target, rule, reason);
		}
		return preview(indicator, current.with(target, rule), !preview);
	}

	@PostMapping("/api/v1/indicators/{code}/targets")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Set")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Previewed: nothing saved")
	@Operation(summary = "Set a target from a quarter on (or preview it)",
			description = "The target that applied until then ends the quarter before. Refused (409) when the "
					+ "targets changed since openTarget was read. With preview=true nothing is saved.")
	ResponseEntity<Preview> set(@PathVariable String code, @RequestBody TargetChange body,
			@Parameter(description = "true to see the ratings without saving") @RequestParam(
					defaultValue = "false") boolean preview) {
		Indicator indicator = this.kept.find(code, "change the targets of " + code);
		TargetForm form = body.form();
		BindingResult errors = new MapBindingResult(new HashMap<>(), "target");
		FinancialQuarter from = form.fromQuarter(errors);
		Target target = form.target(null, errors);
		RagRule rule = form.rule(this.rules.forIndicator(indicator), errors);
		ApiMistakes.refuseIfAny(errors);
		this.management.checkTargetFrom(indicator.id(), from);
		IndicatorTarget next = new IndicatorTarget(null, indicator.id(), target, from, null, rule, null, null);
		if (preview) {
			return ResponseEntity.ok(preview(indicator, next, false));
		}
		this.management.setTargetFrom(this.viewer.actor(), indicator.id(), from, target, rule,
				(form.seen() == null || form.seen().isBlank()) ? null : form.seen());
		return ResponseEntity.created(URI.create("/api/v1/indicators/" + indicator.code() + "/targets"))
			.body(preview(indicator, next, true));
	}

	private Preview preview(Indicator indicator, IndicatorTarget proposed, boolean saved) {
		TargetPreview preview = this.targets.preview(indicator, proposed,
				this.measurements.forIndicator(indicator.id()), this.benchmarks.forIndicator(indicator.id()));
		return new Preview(saved, preview.changing(),
				preview.rows()
					.stream()
					.map(r -> new PreviewRow(r.now().measurement().dataPeriod().label(), r.now().formattedValue(),
							r.now().rule().status().label(), r.then().rule().status().label()))
					.toList());
	}

	private static TargetBody body(Indicator indicator, IndicatorTarget t) {
		TargetForm form = TargetForm.of(t);
		Target target = t.target();
		return new TargetBody(t.id(), t.appliesFrom().label(), (t.appliesTo() != null) ? t.appliesTo().label() : null,
				form.shape(), target.describe(indicator.unit(), indicator.decimalPlaces()), target.figure(),
				(target instanceof Target.Range r) ? r.low() : null,
				(target instanceof Target.Range r) ? r.high() : null,
				(target instanceof Target.Quartile q) ? q.quartile() : null, kind(t.rule().amber()),
				amount(t.rule().amber()), t.fingerprint(), form.totalFrom(), form.totalTo(), form.rule(),
				kind(t.rule().green()), amount(t.rule().green()), t.rule().summary());
	}

	private static String kind(Tolerance tolerance) {
		return tolerance.kind().name().toLowerCase(java.util.Locale.ROOT);
	}

	private static BigDecimal amount(Tolerance tolerance) {
		return (tolerance.kind() != Tolerance.Kind.NONE) ? tolerance.amount() : null;
	}

}
