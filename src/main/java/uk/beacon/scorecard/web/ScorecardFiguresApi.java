package uk.beacon.scorecard.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.access.StaleChange;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.FigureEntry;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.StatusOverride;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.FigureGrid;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardFigures;
import uk.beacon.scorecard.Scorecards;
import uk.beacon.web.ApiMistakes;

/**
 * A quarter's figures of a scorecard through the API, as the figures grid shows and takes
 * them: read each figure due with its version, then enter new ones and correct held ones
 * (with the reason) all or nothing, on behalf of the indicators' owners. The same checks
 * as the page: the person's part of the council, the figure's version, the reason for a
 * correction.
 */
@RestController
@Tag(name = "Figures", description = "A quarter's figures, entered and corrected on behalf of indicators' owners")
class ScorecardFiguresApi {

	/** The most figures one call may send, as many as the grid's form takes. */
	private static final int MOST_FIGURES = 2048;

	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)\\]\\.(\\w+)");

	private final ScorecardFigures figures;

	private final Scorecards scorecards;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	private final Clock clock;

	ScorecardFiguresApi(ScorecardFigures figures, Scorecards scorecards, IndicatorManagement management,
			CurrentViewer viewer, Clock clock) {
		this.figures = figures;
		this.scorecards = scorecards;
		this.management = management;
		this.viewer = viewer;
		this.clock = clock;
	}

	/**
	 * A quarter's figures on a scorecard.
	 *
	 * @param scorecard the scorecard's id
	 * @param period the reporting quarter
	 * @param figures every figure due in the quarter, in the scorecard's order
	 */
	record Figures(long scorecard, String name, String period, List<Figure> figures) {
	}

	/**
	 * One figure due.
	 *
	 * @param key what names it when it is sent back ("WCC-LAC-01/2025-Q2")
	 * @param indicator the indicator's code
	 * @param dataPeriod what the figure measures
	 * @param asRatio whether it is recorded as a numerator and a denominator
	 * @param editable whether the person may enter or correct it
	 * @param held the figure held, {@code null} when none yet
	 * @param previous the figure before it, as shown
	 * @param target the quarter's target, as shown
	 */
	record Figure(String key, String indicator, String title, String dataPeriod, String unit, boolean asRatio,
			boolean editable, Held held, String previous, String target) {
	}

	/**
	 * A figure Beacon holds.
	 *
	 * @param version send it back to correct the figure: a figure changed since is not
	 * overwritten
	 * @param status the status shown for it, the officer's assessed one where set
	 * @param assessedStatus the officer's assessed status, {@code null} when the rule's
	 * stands
	 */
	record Held(int version, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String commentary,
			String status, String assessedStatus, String assessedReason) {
	}

	/** Figures to enter or correct, all or nothing. */
	record FiguresChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FigureChange> figures) {
	}

	/**
	 * One figure to enter or correct. A field left out keeps what is held.
	 *
	 * @param key the figure, as read ({@code Figure.key})
	 * @param version the version read; required to correct a figure held
	 * @param value the figure (or a numerator and a denominator, as the indicator records
	 * it)
	 * @param commentary how it is performing; empty to remove it
	 * @param reason why a figure held is corrected; required for a correction
	 * @param status an assessed status (GREEN, AMBER, RED, NOT_RATED) with its reason, or
	 * RULE to let the rule's status stand
	 */
	record FigureChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			description = "the figure, as GET names it: indicator/data period, like WCC-LAC-01/2025-Q2") String key,
			@Schema(description = "the version of the figure held, as read; required to correct one") Integer version,
			@Schema(description = "the figure; left out, the figure held stays") BigDecimal value,
			@Schema(description = "the count, for an indicator recorded as a ratio") BigDecimal numerator,
			@Schema(description = "the base of the ratio") BigDecimal denominator,
			@Schema(description = "how it is performing; empty to remove it, left out to keep it") String commentary,
			@Schema(description = "why a figure held is corrected; required for a correction") String reason,
			@Schema(allowableValues = {
					"GREEN", "AMBER", "RED", "NOT_RATED", "RULE" },
					description = "an assessed status (with statusReason), or RULE to let the rule's status stand; "
							+ "left out, it stays as it is") String status,
			@Schema(description = "why the assessed status differs from the rule's") String statusReason){
	}

	/**
	 * @param saved how many figures were entered or corrected (those sent as held are
	 * left alone)
	 */
	record Saved(int saved, Figures figures) {
	}

	@GetMapping("/api/v1/scorecards/{id}/figures")
	@Operation(summary = "A quarter's figures on a scorecard, each with its version",
			description = "Every figure due in the quarter for the indicators on the scorecard the person may see.")
	Figures read(@PathVariable long id,
			@Parameter(
					description = "the reporting quarter, like 2025/26 Q2; the scorecard's current one when left out",
					schema = @Schema(type = "string")) @RequestParam Optional<FinancialQuarter> period) {
		return body(grid(id, period));
	}

	@PutMapping("/api/v1/scorecards/{id}/figures")
	@Operation(summary = "Enter or correct a quarter's figures on a scorecard",
			description = "All or nothing. A new figure is refused (409) if someone recorded one meanwhile; a held "
					+ "figure needs the version read and a reason, and is refused (409) if it changed since. "
					+ "The old figure is kept in the history; each change is audited as entered on behalf of "
					+ "the indicator's owner.")
	Saved save(@PathVariable long id,
			@Parameter(description = "the reporting quarter, like 2025/26 Q2",
					schema = @Schema(type = "string")) @RequestParam Optional<FinancialQuarter> period,
			@RequestBody FiguresChange change) {
		FigureGrid grid = grid(id, period);
		if (change == null || change.figures() == null || change.figures().isEmpty()) {
			throw ApiMistakes.of("figures", "Send at least one figure");
		}
		if (change.figures().size() > MOST_FIGURES) {
			throw ApiMistakes.of("figures", "Send at most " + MOST_FIGURES + " figures at once");
		}
		Map<String, Integer> sent = new HashMap<>();
		List<FigureGridForm.Row> rows = new ArrayList<>();
		for (int n = 0; n < change.figures().size(); n++) {
			FigureChange figure = change.figures().get(n);
			Optional<FigureGrid.Row> row = (figure == null || figure.key() == null) ? Optional.empty()
					: grid.row(figure.key());
			if (row.isEmpty()) {
				throw ApiMistakes.of("figures[" + n + "].key", "No figure " + ((figure != null) ? figure.key() : null)
						+ " is due on this scorecard in " + grid.period().label() + ": read the keys from GET");
			}
			if (sent.put(figure.key(), n) != null) {
				throw ApiMistakes.of("figures[" + n + "].key", figure.key() + " is sent twice");
			}
			// the person's part of the council first: what lies outside it is not theirs
			// to
			// be told about
			if (!row.get().editable()) {
				this.management.requireMayKeep(this.viewer.actor(), row.get().indicator(),
						"enter the figures of " + row.get().indicator().code());
			}
			if (row.get().held() != null && figure.version() == null) {
				throw ApiMistakes.of("figures[" + n + "].version", figure.key()
						+ " is held: send the version you read (GET) to correct it, so that a change since is not lost");
			}
			rows.add(row(figure, row.get()));
		}
		FigureGridForm form = new FigureGridForm(rows);
		Set<String> stale = form.staleKeys(grid);
		if (!stale.isEmpty()) {
			String key = stale.iterator().next();
			throw new StaleChange(
					key + " has changed since you read it. Nothing was saved: read it again, then send your change.");
		}
		BindingResult errors = new MapBindingResult(new HashMap<>(), "figures");
		List<FigureEntry> entries = form.entries(grid, errors);
		ApiMistakes.refuseIfAny(errors, field -> bodyField(field, grid, sent));
		int saved = this.management.enterFigures(this.viewer.actor(), entries);
		return new Saved(saved, body(grid(id, Optional.of(grid.period()))));
	}

	/**
	 * The figure sent as the grid's form would have it typed: what is left out is what is
	 * held.
	 */
	private static FigureGridForm.Row row(FigureChange sent, FigureGrid.Row row) {
		Measurement held = row.held();
		StatusOverride override = (held != null) ? held.override() : null;
		String status = (sent.status() == null) ? ((override != null) ? override.status().name() : null)
				: "RULE".equalsIgnoreCase(sent.status()) ? null : sent.status();
		String statusReason = (sent.status() == null) ? ((override != null) ? override.reason() : null)
				: sent.statusReason();
		boolean anyFigure = sent.value() != null || sent.numerator() != null || sent.denominator() != null;
		String value = anyFigure ? number(sent.value()) : (held != null) ? number(held.value()) : null;
		String numerator = anyFigure ? number(sent.numerator()) : (held != null) ? number(held.numerator()) : null;
		String denominator = anyFigure ? number(sent.denominator())
				: (held != null) ? number(held.denominator()) : null;
		String commentary = (sent.commentary() != null) ? sent.commentary()
				: (held != null) ? held.commentary().performanceDetails() : null;
		String version = (held == null) ? "" : (sent.version() != null) ? held.id() + ":" + sent.version() : "unread";
		// never the digest of what was shown, so every figure sent is looked at
		return new FigureGridForm.Row(row.key(), version, "sent through the API", value, numerator, denominator,
				commentary, sent.reason(), status, statusReason);
	}

	/**
	 * A number as the form reads it: short, so that a huge exponent is never written out.
	 */
	private static String number(BigDecimal number) {
		return (number != null) ? number.toString() : null;
	}

	/** "rows[3].value" (the grid's fourth row) is the body's "figures[0].value". */
	private static String bodyField(String field, FigureGrid grid, Map<String, Integer> sent) {
		Matcher matcher = ROW_FIELD.matcher(field);
		if (!matcher.matches()) {
			return field;
		}
		String key = grid.rows().get(Integer.parseInt(matcher.group(1))).key();
		return "figures[" + sent.get(key) + "]." + matcher.group(2);
	}

	private FigureGrid grid(long id, Optional<FinancialQuarter> period) {
		FinancialQuarter quarter = period.or(() -> this.scorecards.findById(id).map(Scorecard::currentPeriod))
			.orElseGet(() -> FinancialQuarter.containing(LocalDate.now(this.clock)));
		return this.figures.grid(id, quarter, this.viewer.audience(), this.viewer.actor())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such scorecard."));
	}

	private static Figures body(FigureGrid grid) {
		List<Figure> rows = grid.rows().stream().map(ScorecardFiguresApi::figure).toList();
		return new Figures(grid.scorecard().id(), grid.scorecard().name(), grid.period().label(), rows);
	}

	private static Figure figure(FigureGrid.Row row) {
		Measurement held = row.held();
		Held body = null;
		if (held != null) {
			StatusOverride override = held.override();
			body = new Held(held.version(), held.value(), held.numerator(), held.denominator(),
					held.commentary().performanceDetails(),
					(row.performance() != null) ? row.performance().assessed().name() : null,
					(override != null) ? override.status().name() : null,
					(override != null) ? override.reason() : null);
		}
		return new Figure(row.key(), row.indicator().code(), row.indicator().title(), row.dataPeriod().label(),
				row.indicator().unit().label(), row.asRatio(), row.editable(), body, row.formattedPrevious(),
				row.formattedTarget());
	}

}
