package uk.beacon.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.access.Audience;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.risk.RiskAssessment;
import uk.beacon.risk.RiskDetail;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskKind;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskPosition;
import uk.beacon.risk.RiskSummary;
import uk.beacon.risk.RiskViews;
import uk.beacon.web.RenderedPages;

/**
 * The read API for risk registers. Restricted risks and fields appear only for audiences
 * allowed to see them.
 */
@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risk register", description = "Adding, reviewing, editing, closing and linking risks and opportunities")
class RiskApi {

	/**
	 * A risk in a register's list. Each score comes with its text as its council writes
	 * it ("9 Moderate/Possible", "12 (likelihood 4, impact 3)"), so the list reads
	 * without the matrix.
	 *
	 * @param level the level's name, the same as {@code levelName}, kept for the clients
	 * that read it before
	 * @param scoreText the score the risk is rated on, as its council writes it;
	 * {@code null} when it is rated on a printed rating alone
	 * @param levelName the council's name for the level, such as "High/Medium"
	 * @param levelColour the level's colour, such as {@code DARK_RED}
	 * @param ratingAsPrinted the rating the council printed, where it differs from the
	 * level worked out from the score; {@code null} where it does not
	 * @param area the code of the risk area it belongs to, {@code null} for none
	 * @param areaTitle the area's title, "No area" for none
	 */
	record RiskRow(String reference, String kind, String title, String register, String owner, String category,
			Integer inherentScore, String inherentLabel, Integer currentScore, String currentLabel,
			Integer currentImpact, Integer currentLikelihood, Integer residualScore, String residualLabel, String level,
			String directionOfTravel, boolean restricted, String scoreText, String levelName, String levelColour,
			String ratingAsPrinted, String area, String areaTitle) {
	}

	@Schema(name = "RiskPosition")
	record Position(int score, Integer impact, Integer likelihood, String label) {
	}

	record Assessment(LocalDate assessedOn, String reportingPeriod, Position inherent, Position current,
			Position residual, LocalDate targetDate, String ratingAsPrinted, String comment) {
	}

	record Control(String control, String effectiveness) {
	}

	record Action(String action, String owner, LocalDate due, String status, String progress, boolean overdue) {
	}

	@Schema(name = "RiskLink")
	record Link(String indicatorCode, String target, String note) {
	}

	record RiskBody(RiskRow summary, String description, String consequences, LocalDate nextReview,
			boolean reviewOverdue, boolean redInLast12Months, boolean targetDatePassed, List<Control> controls,
			List<Action> actions, List<Assessment> assessments, List<Link> links, List<String> mergedFrom,
			String mergedInto, int version) {
	}

	private final RiskViews views;

	private final CurrentViewer audiences;

	private final RenderedPages kept;

	RiskApi(RiskViews views, CurrentViewer audiences, RenderedPages kept) {
		this.kept = kept;
		this.views = views;
		this.audiences = audiences;
	}

	@GetMapping
	@Operation(summary = "The risks of every register, or of one, that the person may see",
			responses = @ApiResponse(responseCode = "200", description = "The risks",
					content = @Content(mediaType = "application/json",
							array = @ArraySchema(schema = @Schema(implementation = RiskRow.class)))))
	ResponseEntity<byte[]> risks(@RequestParam Optional<String> register, @Parameter(
			description = "a risk area's code, or _none for the risks in no area") @RequestParam Optional<String> area,
			HttpServletRequest request) {
		Audience audience = this.audiences.audience();
		return this.kept.json(request, audience.key(), java.util.Set.of(uk.beacon.changes.DataArea.RISKS),
				() -> Optional.of(
						this.views
							.register(new RiskFilter(register.orElse(null), null, null, null, null, area.orElse(null)),
									audience)
							.stream()
							.map(RiskApi::row)
							.toList()));
	}

	@GetMapping("/{reference}")
	@Operation(summary = "A risk with its controls, actions, history, links and version")
	ResponseEntity<RiskBody> risk(@PathVariable String reference, HttpServletRequest request) {
		return this.views.risk(reference, this.audiences.audience())
			.map(RiskApi::body)
			.map(ResponseEntity::ok)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND,
					"There is nothing at this address that you may see."));
	}

	private static RiskBody body(RiskDetail detail) {
		RiskSummary s = detail.summary();
		LocalDate today = detail.today();
		return new RiskBody(row(s), s.risk().description(), s.risk().consequences(), s.nextReview(), s.reviewOverdue(),
				s.redInLast12Months(), s.targetDatePassed(),
				detail.controls().stream().map(c -> new Control(c.control(), c.effectiveness().name())).toList(),
				detail.actions()
					.stream()
					.map(a -> new Action(a.action(), a.owner(), a.due(), a.status().name(), a.progress(),
							a.overdue(today)))
					.toList(),
				detail.history().stream().map(a -> assessment(a, s.matrix(), s.risk().kind())).toList(),
				detail.links().stream().map(l -> new Link(l.indicatorCode(), l.target(), l.note())).toList(),
				detail.mergedFrom().stream().map(m -> m.risk().reference()).toList(),
				(detail.mergedInto() != null) ? detail.mergedInto().reference() : null, s.risk().version());
	}

	private static RiskRow row(RiskSummary s) {
		RiskPosition inherent = (s.latest() != null) ? s.latest().inherent() : null;
		RiskPosition current = (s.latest() != null) ? s.latest().current() : null;
		RiskPosition residual = (s.latest() != null) ? s.latest().residual() : null;
		return new RiskRow(s.risk().reference(), s.risk().kind().name(), s.risk().title(), s.register().name(),
				s.risk().owner(), s.risk().category(), (inherent != null) ? inherent.score() : null,
				(inherent != null) ? s.inherentLabel() : null, (current != null) ? current.score() : null,
				(current != null) ? s.currentLabel() : null, (current != null) ? current.impact() : null,
				(current != null) ? current.likelihood() : null, (residual != null) ? residual.score() : null,
				(residual != null) ? s.residualLabel() : null, (s.level() != null) ? s.level().level() : null,
				s.direction().name(), s.risk().restricted(), s.scoreText(),
				(s.level() != null) ? s.level().level() : null, (s.level() != null) ? s.colour().name() : null,
				s.printedRating(), (s.area() != null) ? s.area().code() : null, s.areaTitle());
	}

	private static Assessment assessment(RiskAssessment a, RiskMatrix matrix, RiskKind kind) {
		return new Assessment(a.assessedOn(), a.reportingPeriod().label(), position(a.inherent(), matrix, kind),
				position(a.current(), matrix, kind), position(a.residual(), matrix, kind), a.targetDate(),
				a.ratingAsPrinted(), a.comment());
	}

	private static Position position(RiskPosition p, RiskMatrix matrix, RiskKind kind) {
		return (p != null) ? new Position(p.score(), p.impact(), p.likelihood(), p.label(matrix, kind)) : null;
	}

}
