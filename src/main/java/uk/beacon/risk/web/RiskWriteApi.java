package uk.beacon.risk.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.risk.DuplicateSuggestion;
import uk.beacon.risk.NewRisk;
import uk.beacon.risk.RiskDetail;
import uk.beacon.risk.RiskEdit;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskMerge;
import uk.beacon.risk.RiskMove;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.RiskReview;
import uk.beacon.web.ApiMistakes;

/**
 * The risk register's changes through the API: the same bodies as the pages' forms, the
 * same checks (the person's part of the council, what is kept from the public, the risk's
 * version) through {@link RiskManagement}, and each change audited as the person's,
 * naming the token.
 */
@RestController
@Tag(name = "Risk register", description = "Adding, reviewing, editing, closing and linking risks and opportunities")
class RiskWriteApi {

	private final RiskManagement management;

	private final ChangeableRisks risks;

	private final CurrentViewer viewer;

	private final Validator validator;

	private final Clock clock;

	RiskWriteApi(RiskManagement management, ChangeableRisks risks, CurrentViewer viewer, Validator validator,
			Clock clock) {
		this.management = management;
		this.risks = risks;
		this.viewer = viewer;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * What a change did.
	 *
	 * @param reference the risk
	 * @param href where the risk is read ({@code GET}), with its new version
	 */
	record Changed(String reference, String href, String message) {

		static Changed of(String reference, String message) {
			return new Changed(reference, "/api/v1/risks/" + reference, message);
		}

	}

	/**
	 * Why a risk is closed or reopened.
	 *
	 * @param version the risk's version as read
	 */
	record Move(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the risk's version as read (GET /api/v1/risks/{reference})") Integer version,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "why") String reason) {
	}

	/**
	 * A link to an indicator (by its code) or to an objective (a scorecard section's id),
	 * one of the two.
	 */
	record NewLink(@Schema(description = "an indicator's code") String indicator,
			@Schema(description = "an objective: the id of a section of one of the council's scorecards") Long section,
			@Schema(description = "how the risk threatens it") String note) {
	}

	@PostMapping("/api/v1/risks")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Added; Location names it")
	@Operation(summary = "Add a risk or an opportunity, with its scores, controls and first actions",
			description = "Refused (422) when it may duplicate a risk of the same council, naming it; send "
					+ "duplicatesSeen true to add it all the same. Controls and actions are one a line.")
	ResponseEntity<Changed> add(@RequestBody NewRiskForm body) {
		LocalDate today = LocalDate.now(this.clock);
		BindingResult errors = ApiMistakes.check(this.validator, body, "risk");
		if (!errors.hasErrors()) {
			body.checkRules(errors, today);
		}
		ApiMistakes.refuseIfAny(errors);
		NewRisk entry = refusing(() -> body.entry(today), "currentImpact");
		if (!body.duplicatesSeen()) {
			List<DuplicateSuggestion> duplicates = this.management.duplicatesOf(entry);
			if (!duplicates.isEmpty()) {
				throw ApiMistakes.of("duplicatesSeen",
						"It may duplicate "
								+ duplicates.stream()
									.map(d -> d.otherReference() + " (" + d.reason() + ")")
									.collect(Collectors.joining("; "))
								+ ". Send duplicatesSeen true to add it all the same");
			}
		}
		refusingRules(() -> this.management.add(this.viewer.actor(), entry), "targetDate");
		String reference = body.reference().trim();
		return ResponseEntity.created(URI.create("/api/v1/risks/" + reference))
			.body(Changed.of(reference, "Added " + reference + "."));
	}

	@PostMapping("/api/v1/risks/{reference}/reviews")
	@Operation(summary = "Record a quarter's review of a risk",
			description = "A new assessment with what the review found, each control's effectiveness and each "
					+ "action's status, progress and due date (in the order GET gives them), and a new action "
					+ "if there is one. Refused (409) when the risk changed since the version sent.")
	Changed review(@PathVariable String reference, @RequestBody RiskReviewForm body) {
		RiskDetail detail = this.risks.find(reference, "review");
		BindingResult errors = ApiMistakes.check(this.validator, body, "review");
		if (body.controls().size() != detail.controls().size()) {
			throw ApiMistakes.of("controls", "Send the effectiveness of each of the risk's " + detail.controls().size()
					+ " controls, in the order GET gives them");
		}
		if (body.actions().size() != detail.actions().size()) {
			throw ApiMistakes.of("actions", "Send where each of the risk's " + detail.actions().size()
					+ " actions stands, in the order GET gives them (a new one goes in newAction)");
		}
		RiskReview review = errors.hasErrors() ? null : body
			.review(new RiskReference(detail.summary().risk().reference()), LocalDate.now(this.clock), errors);
		ApiMistakes.refuseIfAny(errors);
		refusingRules(() -> this.management.review(this.viewer.actor(), review), "currentImpact");
		return Changed.of(reference, "Recorded the review of " + reference + ".");
	}

	@PutMapping("/api/v1/risks/{reference}")
	@Operation(summary = "Edit a risk's own words and settings",
			description = "Title, description, category, consequences, owner, review interval, response and what "
					+ "is kept from the public (that needs the restricted reader's permission), and the risk area "
					+ "it belongs to (area: an area's code, \"\" for none; left out, the area is kept). Every "
					+ "other field is set as sent. Refused (409) when the risk changed since the version sent.")
	Changed edit(@PathVariable String reference, @RequestBody RiskEditForm body) {
		this.risks.find(reference, "change");
		BindingResult errors = ApiMistakes.check(this.validator, body, "risk");
		RiskEdit edit = errors.hasErrors() ? null : body.edit(new RiskReference(reference), errors);
		ApiMistakes.refuseIfAny(errors);
		this.management.edit(this.viewer.actor(), edit);
		return Changed.of(reference, "Saved the changes to " + reference + ".");
	}

	@PostMapping("/api/v1/risks/{reference}/close")
	@Operation(summary = "Close a risk, with the reason", description = "Its history is kept; it can be reopened.")
	Changed close(@PathVariable String reference, @RequestBody Move body) {
		this.risks.find(reference, "close");
		this.management.close(this.viewer.actor(), move(reference, body, "closing"));
		return Changed.of(reference, "Closed " + reference + ".");
	}

	@PostMapping("/api/v1/risks/{reference}/reopen")
	@Operation(summary = "Reopen a closed risk, with the reason")
	Changed reopen(@PathVariable String reference, @RequestBody Move body) {
		this.risks.find(reference, "reopen");
		this.management.reopen(this.viewer.actor(), move(reference, body, "reopening"));
		return Changed.of(reference, "Reopened " + reference + ".");
	}

	@PostMapping("/api/v1/risks/{reference}/escalate")
	@Operation(summary = "Escalate a risk to the register above, with the reason")
	Changed escalate(@PathVariable String reference, @RequestBody Move body) {
		this.risks.find(reference, "escalate");
		this.management.escalate(this.viewer.actor(), move(reference, body, "escalating"));
		return Changed.of(reference, "Escalated " + reference + ".");
	}

	@PostMapping("/api/v1/risks/{reference}/de-escalate")
	@Operation(summary = "De-escalate a risk to the register it came from, with the reason")
	Changed deEscalate(@PathVariable String reference, @RequestBody Move body) {
		this.risks.find(reference, "de-escalate");
		this.management.deEscalate(this.viewer.actor(), move(reference, body, "de-escalating"));
		return Changed.of(reference, "De-escalated " + reference + ".");
	}

	/**
	 * A duplicate merged into the risk it repeats.
	 *
	 * @param into the risk it is merged into
	 */
	record Merge(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the risk's version as read") Integer version,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the reference of the risk it duplicates") String into,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "why they are the same risk") String reason) {
	}

	@PostMapping("/api/v1/risks/{reference}/merge")
	@Operation(summary = "Merge a duplicate into the risk it repeats, with the reason",
			description = "Its history is kept and shown on the risk it was merged into.")
	Changed merge(@PathVariable String reference, @RequestBody Merge body) {
		if (body.into() == null || body.into().isBlank()) {
			throw ApiMistakes.of("into", "Give the reference of the risk to merge it into");
		}
		this.risks.find(reference, "merge");
		RiskMove move = move(reference, new Move(body.version(), body.reason()), "merging");
		this.management.merge(this.viewer.actor(), new RiskMerge(move.risk(), move.expectedVersion(),
				new RiskReference(body.into().strip()), move.reason()));
		return Changed.of(reference, "Merged " + reference + " into " + body.into().strip() + ".");
	}

	@PostMapping("/api/v1/risks/{reference}/links")
	@Operation(summary = "Link a risk to an indicator or an objective it threatens")
	Changed link(@PathVariable String reference, @RequestBody NewLink body) {
		RiskDetail detail = this.risks.find(reference, "change");
		String note = Optional.ofNullable(body.note()).filter(n -> !n.isBlank()).map(String::strip).orElse(null);
		if (note != null && note.length() > 2_000) {
			throw ApiMistakes.of("note", "Shorten the note to 2,000 characters or fewer");
		}
		this.management.link(this.viewer.actor(), new RiskReference(reference), this.risks.target(detail,
				Optional.ofNullable(body.indicator()), Optional.ofNullable(body.section()), note));
		return Changed.of(reference, "Linked " + reference + ".");
	}

	@DeleteMapping("/api/v1/risks/{reference}/links")
	@Operation(summary = "Remove a risk's link to an indicator or an objective")
	Changed unlink(@PathVariable String reference, @RequestParam Optional<String> indicator,
			@RequestParam Optional<Long> section) {
		RiskDetail detail = this.risks.find(reference, "change");
		this.management.unlink(this.viewer.actor(), new RiskReference(reference),
				this.risks.target(detail, indicator, section, null));
		return Changed.of(reference, "Removed the link from " + reference + ".");
	}

	private static RiskMove move(String reference, Move body, String what) {
		if (body == null || body.version() == null) {
			throw ApiMistakes.of("version", "Send the risk's version as read, so that a change since is not missed");
		}
		if (body.reason() == null || body.reason().isBlank()) {
			throw ApiMistakes.of("reason", "Enter the reason for " + what + " it");
		}
		if (body.reason().length() > 20_000) {
			throw ApiMistakes.of("reason", "Shorten the reason to 20,000 characters or fewer");
		}
		return new RiskMove(new RiskReference(reference), body.version(), body.reason().strip());
	}

	/**
	 * Makes the change; a rule of the assessment itself (a position off the matrix, a
	 * target date before today) is a mistake in the field it is about.
	 */
	private static <T> T refusing(java.util.function.Supplier<T> rule, String field) {
		try {
			return rule.get();
		}
		catch (IllegalArgumentException ex) {
			throw ApiMistakes.of(field, ex.getMessage());
		}
	}

	private static void refusingRules(Runnable change, String field) {
		refusing(() -> {
			change.run();
			return null;
		}, field);
	}

}
