package uk.beacon.scorecard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;
import uk.beacon.indicator.Target;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.web.RenderedPages;
import uk.beacon.scorecard.ScorecardView;
import uk.beacon.scorecard.ScorecardViews;

/**
 * The read API for scorecards, which later checks and integrations rely on.
 */
@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Scorecards", description = "Scorecards and their indicators' figures, targets and statuses")
class ScorecardApi {

	private final CurrentViewer viewer;

	record ScorecardSummary(long id, String name, String organisationUnit) {
	}

	record IndicatorRow(String code, String title, String section, String unit, String polarity, BigDecimal target,
			String targetKind, String targetText, BigDecimal actual, String actualText, String dataPeriod,
			String reportingPeriod, Status ruleStatus, Status assessedStatus, String statusExplanation,
			String assessmentReason, String directionOfTravel, String directionExplanation, boolean updatedThisPeriod) {
	}

	record ScorecardIndicators(long id, String name, String period, List<String> periods, Map<Status, Long> counts,
			Map<Status, Long> ruleCounts, List<IndicatorRow> indicators) {
	}

	private final ScorecardViews views;

	private final OrganisationUnits units;

	private final RenderedPages kept;

	ScorecardApi(ScorecardViews views, OrganisationUnits units, CurrentViewer viewer, RenderedPages kept) {
		this.kept = kept;
		this.viewer = viewer;
		this.views = views;
		this.units = units;
	}

	@GetMapping
	@Operation(summary = "Every scorecard")
	List<ScorecardSummary> scorecards() {
		return this.views.all()
			.stream()
			.map(s -> new ScorecardSummary(s.id(), s.name(),
					this.units.findById(s.organisationUnitId()).map(u -> u.name()).orElse(null)))
			.toList();
	}

	@GetMapping("/{id}/indicators")
	@Operation(summary = "A scorecard's indicators for a quarter, each with its figure, target, status and direction",
			responses = @ApiResponse(responseCode = "200", description = "The scorecard",
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = ScorecardIndicators.class))))
	ResponseEntity<byte[]> indicators(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period,
			HttpServletRequest request) {
		Audience audience = this.viewer.audience();
		return this.kept.json(request, audience.key(), java.util.Set.of(uk.beacon.changes.DataArea.PERFORMANCE),
				() -> this.views.view(id, period, audience).map(ScorecardApi::toBody));
	}

	private static ScorecardIndicators toBody(ScorecardView view) {
		List<IndicatorRow> rows = view.sections()
			.stream()
			.flatMap(section -> section.rows().stream().map(p -> row(section.title(), p)))
			.toList();
		return new ScorecardIndicators(view.scorecard().id(), view.scorecard().name(), view.period().label(),
				view.periods().stream().map(FinancialQuarter::label).toList(), view.assessedCounts(), view.ruleCounts(),
				rows);
	}

	private static IndicatorRow row(String section, Performance p) {
		var indicator = p.indicator();
		Target target = (p.target() != null) ? p.target().target() : new Target.None();
		var measurement = p.measurement();
		return new IndicatorRow(indicator.code(), indicator.title(), section, indicator.unit().name(),
				indicator.polarity().name(), target.figure(), targetKind(target), p.formattedTarget(), p.value(),
				(p.value() != null) ? p.formattedValue() : null,
				(measurement != null) ? measurement.dataPeriod().label() : null,
				(measurement != null) ? measurement.reportingPeriod().label() : null, p.rule().status(), p.assessed(),
				p.rule().explanation(), p.assessmentReason(), p.direction().direction().name(),
				p.direction().explanation(), p.updatedThisPeriod());
	}

	private static String targetKind(Target target) {
		String simple = target.getClass().getSimpleName();
		return simple.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

}
