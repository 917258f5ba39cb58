package uk.beacon.scorecard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.access.ChangeRejected;
import uk.beacon.access.StaleChange;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.IndicatorPerformances;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Target;
import uk.beacon.indicator.TargetFrom;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.FinancialYear;
import uk.beacon.period.PeriodKind;
import uk.beacon.period.PeriodParseException;
import uk.beacon.period.Periods;
import uk.beacon.scorecard.ScorecardFigures;
import uk.beacon.scorecard.Scorecards;
import uk.beacon.web.FormErrors;

/**
 * A year's targets for every indicator on a scorecard, set by a performance officer on
 * one page: each a value from the year's first quarter on, following the target in force
 * and keeping its amber tolerance, all or nothing. Other shapes of target, and
 * corrections, are set on each indicator's targets page.
 */
@Controller
class ScorecardTargetsController {

	private final ScorecardFigures figures;

	private final Scorecards scorecards;

	private final IndicatorTargets targets;

	private final IndicatorPerformances performances;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	private final Clock clock;

	ScorecardTargetsController(ScorecardFigures figures, Scorecards scorecards, IndicatorTargets targets,
			IndicatorPerformances performances, IndicatorManagement management, CurrentViewer viewer, Clock clock) {
		this.figures = figures;
		this.scorecards = scorecards;
		this.targets = targets;
		this.performances = performances;
		this.management = management;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/scorecards/{id}/targets")
	String year(@PathVariable long id, @RequestParam Optional<String> year, Model model) {
		FinancialYear chosen = year(year);
		List<YearTargetRow> rows = rows(id, chosen);
		model.addAttribute("form", YearTargetsForm.of(rows));
		return page(id, chosen, rows, model);
	}

	@PostMapping("/scorecards/{id}/targets")
	String save(@PathVariable long id, @RequestParam Optional<String> year,
			@ModelAttribute("form") YearTargetsForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FinancialYear chosen = year(year);
		List<YearTargetRow> rows = rows(id, chosen);
		Map<String, YearTargetRow> byCode = new HashMap<>();
		rows.forEach(r -> byCode.put(r.indicator().code(), r));
		List<String> stale = errors.hasErrors() ? List.of() : form.staleCodes(byCode);
		if (!stale.isEmpty()) {
			return conflict(id, chosen, form, String.join(", ", stale), errors, model, response);
		}
		List<TargetFrom> targets = errors.hasErrors() ? null : form.targets(byCode, errors);
		if (targets == null) {
			return page(id, chosen, rows, model);
		}
		try {
			this.management.setTargetsFrom(this.viewer.actor(), first(chosen), targets);
		}
		catch (StaleChange ex) {
			// a colleague saved between the check above and this save
			return conflict(id, chosen, form, null, errors, model, response);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			return page(id, chosen, rows, model);
		}
		redirect.addFlashAttribute("success", "Set " + targets.size() + ((targets.size() == 1) ? " target" : " targets")
				+ " from " + first(chosen).label() + ".");
		redirect.addAttribute("year", chosen.label());
		return "redirect:/scorecards/" + id + "/targets";
	}

	/**
	 * Nothing saved: the page shows the targets as they are now, with what the officer
	 * typed kept (409).
	 */
	private String conflict(long id, FinancialYear year, YearTargetsForm form, String codes, BindingResult errors,
			Model model, HttpServletResponse response) {
		errors.reject("stale", "Someone else changed the targets of " + ((codes != null) ? codes : "an indicator")
				+ " since you opened this page, so nothing was saved. The page now shows the targets as they are and "
				+ "keeps what you typed; check them, then save again.");
		response.setStatus(HttpStatus.CONFLICT.value());
		List<YearTargetRow> now = rows(id, year);
		model.addAttribute("form",
				new YearTargetsForm(now.stream()
					.map(r -> new YearTargetsForm.Row(r.indicator().code(), r.seen(), form.typed(r.indicator().code())))
					.toList()));
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return page(id, year, now, model);
	}

	private FinancialYear year(Optional<String> typed) {
		if (typed.isEmpty() || typed.get().isBlank()) {
			// the year ahead, which a council sets its targets for
			return new FinancialYear(FinancialYear.containing(LocalDate.now(this.clock)).startYear() + 1);
		}
		try {
			return (FinancialYear) Periods.parse(typed.get(), PeriodKind.FINANCIAL_YEAR);
		}
		catch (PeriodParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	private static FinancialQuarter first(FinancialYear year) {
		return year.quarters().get(0);
	}

	private List<YearTargetRow> rows(long id, FinancialYear year) {
		List<Indicator> indicators = this.figures.indicatorsOf(id, this.viewer.audience())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such scorecard."));
		FinancialQuarter from = first(year);
		FinancialQuarter before = from.previous();
		List<Indicator> inUse = indicators.stream().filter(i -> !i.retiredBy(from)).toList();
		List<Long> ids = inUse.stream().map(Indicator::id).toList();
		Map<Long, Performance> latest = this.performances.at(ids, before);
		Map<Long, List<IndicatorTarget>> targetsById = this.targets.forIndicators(ids);
		List<YearTargetRow> rows = new ArrayList<>();
		for (Indicator indicator : inUse) {
			List<IndicatorTarget> held = targetsById.getOrDefault(indicator.id(), List.of());
			IndicatorTarget inForce = held.stream().filter(t -> t.appliesTo(before)).findFirst().orElse(null);
			IndicatorTarget open = held.stream()
				.filter(t -> t.appliesTo() == null && !(t.target() instanceof Target.Profile))
				.findFirst()
				.orElse(null);
			String why = null;
			boolean keeps = this.management.mayKeep(this.viewer.actor(), indicator);
			if (!keeps) {
				why = "outside your part of the council";
			}
			else {
				try {
					// against the targets read above, not read again for each indicator
					IndicatorManagement.checkTargetFrom(indicator, held, from);
				}
				catch (ChangeRejected ex) {
					why = ex.getMessage();
				}
			}
			Performance performance = latest.get(indicator.id());
			rows.add(new YearTargetRow(indicator,
					(performance != null && performance.value() != null) ? performance : null, inForce, open, keeps,
					why == null, why));
		}
		return rows;
	}

	private String page(long id, FinancialYear year, List<YearTargetRow> rows, Model model) {
		model.addAttribute("scorecard", this.scorecards.findById(id).orElseThrow());
		model.addAttribute("year", year);
		model.addAttribute("from", first(year));
		model.addAttribute("rows", rows);
		model.addAttribute("years",
				List.of(new FinancialYear(year.startYear() - 1), year, new FinancialYear(year.startYear() + 1)));
		return "scorecard-targets";
	}

}
