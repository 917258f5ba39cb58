package uk.beacon.indicator.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.BaselineRejected;
import uk.beacon.indicator.Benchmarks;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorAnalyses;
import uk.beacon.indicator.IndicatorPerformances;
import uk.beacon.indicator.IndicatorRelations;
import uk.beacon.indicator.RelatedItem;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.IndicatorDefinitions;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurements;
import uk.beacon.indicator.Performance;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.web.RenderedPages;

/**
 * The indicator page: definition, latest status with its explanation, commentary,
 * targets, history and benchmarks.
 */
@Controller
class IndicatorController {

	private final CurrentViewer viewer;

	private final Indicators indicators;

	private final IndicatorPerformances performances;

	private final IndicatorTargets targets;

	private final Benchmarks benchmarks;

	private final OrganisationUnits units;

	private final List<IndicatorRelations> relations;

	private final IndicatorAnalyses analyses;

	private final RenderedPages pages;

	private final AuditTrail audit;

	private final Measurements measurements;

	private final java.time.Clock clock;

	private final IndicatorDefinitions definitions;

	IndicatorController(Indicators indicators, IndicatorPerformances performances, IndicatorTargets targets,
			Benchmarks benchmarks, OrganisationUnits units, List<IndicatorRelations> relations,
			IndicatorAnalyses analyses, CurrentViewer viewer, RenderedPages pages, AuditTrail audit,
			Measurements measurements, java.time.Clock clock, IndicatorDefinitions definitions) {
		this.definitions = definitions;
		this.measurements = measurements;
		this.clock = clock;
		this.pages = pages;
		this.audit = audit;
		this.viewer = viewer;
		this.analyses = analyses;
		this.relations = relations;
		this.indicators = indicators;
		this.performances = performances;
		this.targets = targets;
		this.benchmarks = benchmarks;
		this.units = units;
	}

	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, @RequestParam Optional<FinancialQuarter> period,
			@RequestParam Optional<String> baseline, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Audience audience = this.viewer.audience();
		// an indicator with no figures offers a performance officer where to enter them,
		// so their pages are kept apart from everyone else's
		String key = audience.key()
				+ (this.viewer.actor().holdsAnywhere(Role.PERFORMANCE_OFFICER) ? "+performance-officer" : "");
		return this.pages.page(request, response, model, key, () -> indicator(code, period, baseline, audience, model));
	}

	private String indicator(String code, Optional<FinancialQuarter> period, Optional<String> baseline,
			Audience audience, Model model) {
		// an indicator not for publication is not found by the public
		Indicator indicator = this.indicators.findByCode(code)
			.filter(i -> i.isPublic() || audience.seesRestricted(i.organisationUnitId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("title", indicator.title());
		List<Performance> history = this.performances.history(indicator);
		Performance current = current(indicator, history, period);
		model.addAttribute("indicator", indicator);
		// of the indicators' data, the page shows this one's alone (its risks, scorecards
		// and council's rule are other tables)
		RenderedPages.showsOnlyIndicators(model, List.of(indicator.id()));
		// the note is the officers' record of decisions and caveats, not for residents:
		// shown, like the change history, to those who see the unit's restricted items
		model.addAttribute("officersNotes", audience.seesRestricted(indicator.organisationUnitId()));
		model.addAttribute("organisationUnit", this.units.findById(indicator.organisationUnitId()).orElse(null));
		model.addAttribute("trail", this.units.trailTo(indicator.organisationUnitId()));
		model.addAttribute("current", current);
		List<Performance> newestFirst = new java.util.ArrayList<>(history);
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("history", newestFirst);
		Map<Long, String> revisions = new java.util.HashMap<>();
		this.measurements.revisions(indicator.id())
			.forEach((id, revision) -> revisions.put(id, revision.describe(indicator, this.clock.getZone())));
		model.addAttribute("revisions", revisions);
		model.addAttribute("targets", this.targets.forIndicator(indicator.id()));
		model.addAttribute("definitions", this.definitions.of(indicator));
		model.addAttribute("benchmarks", this.benchmarks.forIndicator(indicator.id()));
		FinancialQuarter viewed = (current != null) ? current.period() : null;
		try {
			Integer points = baseline.filter(b -> !b.isBlank()).map(IndicatorController::points).orElse(null);
			model.addAttribute("analysis", this.analyses.analyse(indicator, viewed, points));
			model.addAttribute("baseline", points);
		}
		catch (BaselineRejected ex) {
			model.addAttribute("baselineError", ex.getMessage());
			model.addAttribute("baselineText", baseline.orElse(""));
			model.addAttribute("analysis", this.analyses.analyse(indicator, viewed, null));
		}
		model.addAttribute("related",
				this.relations.stream()
					.flatMap(r -> r.relatedTo(indicator).stream())
					.collect(java.util.stream.Collectors.groupingBy(RelatedItem::heading, java.util.LinkedHashMap::new,
							java.util.stream.Collectors.toList())));
		// the history names owners and officers' notes: for those who see the unit's
		// restricted items
		if (audience.seesRestricted(indicator.organisationUnitId())) {
			model.addAttribute("changeHistory", this.audit.latestOf(indicator.code(), HISTORY, HISTORY_SHOWN));
		}
		return "indicator";
	}

	/**
	 * What an indicator's change history holds: its definition, targets, figures and
	 * benchmarks.
	 */
	private static final List<String> HISTORY = List.of("INDICATOR", "TARGET", "FIGURE", "BENCHMARK");

	private static final int HISTORY_SHOWN = 200;

	private static Integer points(String text) {
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new BaselineRejected("Enter the number of points as a whole number, such as 15.");
		}
	}

	private Performance current(Indicator indicator, List<Performance> history, Optional<FinancialQuarter> period) {
		if (period.isPresent()) {
			return this.performances.at(List.of(indicator.id()), period.get()).get(indicator.id());
		}
		return history.isEmpty() ? null : history.get(history.size() - 1);
	}

}
