package uk.beacon.scorecard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
import uk.beacon.indicator.FigureEntry;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.FigureGrid;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardFigures;
import uk.beacon.scorecard.ScorecardViews;
import uk.beacon.web.FormErrors;

/**
 * A quarter's figures for every indicator on a scorecard, entered and corrected by a
 * performance officer on one page on behalf of the indicators' owners.
 */
@Controller
class ScorecardFiguresController {

	private final ScorecardFigures figures;

	private final ScorecardViews views;

	private final IndicatorManagement management;

	private final CurrentViewer viewer;

	private final Clock clock;

	private final uk.beacon.scorecard.Scorecards scorecards;

	private final uk.beacon.collection.Collection collection;

	private final uk.beacon.organisation.OrganisationUnits units;

	ScorecardFiguresController(ScorecardFigures figures, ScorecardViews views, IndicatorManagement management,
			CurrentViewer viewer, Clock clock, uk.beacon.collection.Collection collection,
			uk.beacon.organisation.OrganisationUnits units, uk.beacon.scorecard.Scorecards scorecards) {
		this.scorecards = scorecards;
		this.collection = collection;
		this.units = units;
		this.figures = figures;
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.clock = clock;
	}

	/** The scorecards, to choose one to enter figures on. */
	@GetMapping("/figures")
	String scorecards(Model model) {
		model.addAttribute("scorecards", this.views.all());
		model.addAttribute("period", FinancialQuarter.containing(LocalDate.now(this.clock)));
		return "figures";
	}

	@GetMapping("/scorecards/{id}/figures")
	String grid(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period, Model model) {
		FigureGrid grid = grid(id, period);
		model.addAttribute("form", FigureGridForm.of(grid));
		return page(grid, model);
	}

	@PostMapping("/scorecards/{id}/figures")
	String save(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period,
			@ModelAttribute("form") FigureGridForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FigureGrid grid = grid(id, period);
		if (errors.hasErrors()) {
			return page(grid, form.alignedTo(grid, Set.of()), errors, model);
		}
		Set<String> stale = form.staleKeys(grid);
		if (!stale.isEmpty()) {
			return conflict(grid, form, stale, errors, model, response);
		}
		List<FigureEntry> entries = form.entries(grid, errors);
		if (entries == null) {
			return page(grid, form.alignedTo(grid, Set.of()), errors, model);
		}
		int saved;
		try {
			saved = this.management.enterFigures(this.viewer.actor(), entries);
		}
		catch (StaleChange ex) {
			// a colleague saved between the check above and this save
			FigureGrid now = grid(id, period);
			Set<String> changed = form.staleKeys(now);
			if (changed.isEmpty()) {
				errors.reject("stale", ex.getMessage());
			}
			return conflict(now, form, changed, errors, model, response);
		}
		catch (ChangeRejected ex) {
			FormErrors.reject(errors, null, ex);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(grid, form.alignedTo(grid, Set.of()), errors, model);
		}
		redirect.addFlashAttribute("success", (saved == 0) ? "Nothing had changed, so no figure was saved."
				: "Saved " + saved + ((saved == 1) ? " figure" : " figures") + " for " + grid.period().label() + ".");
		// as a redirect attribute, so that the message reaches the page it names
		redirect.addAttribute("period", grid.period().label());
		return "redirect:/scorecards/" + id + "/figures";
	}

	/**
	 * Nothing saved: what the officer typed is kept, each figure a colleague changed
	 * meanwhile shown as held now beside it (409).
	 */
	private String conflict(FigureGrid grid, FigureGridForm form, Set<String> stale, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (!stale.isEmpty()) {
			FigureGridForm.rejectStale(grid, stale, errors);
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		return page(grid, form.alignedTo(grid, stale), errors, model);
	}

	/** Every indicator on the scorecard with its owner, to name one owner for many. */
	@GetMapping("/scorecards/{id}/owners")
	String owners(@PathVariable long id, Model model) {
		List<uk.beacon.indicator.Indicator> indicators = indicatorsOf(id);
		model.addAttribute("form", OwnersForm.of(indicators));
		return owners(id, indicators, model);
	}

	@PostMapping("/scorecards/{id}/owners")
	String nameOwners(@PathVariable long id, @ModelAttribute("form") OwnersForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<uk.beacon.indicator.Indicator> indicators = indicatorsOf(id);
		java.util.Map<String, uk.beacon.indicator.Indicator> byCode = new java.util.HashMap<>();
		indicators.forEach(i -> byCode.put(i.code(), i));
		List<uk.beacon.indicator.OwnerAssignment> assignments = errors.hasErrors() ? null
				: form.assignments(byCode, errors);
		if (assignments == null) {
			return owners(id, indicators, model);
		}
		try {
			this.management.assignOwners(this.viewer.actor(), assignments);
		}
		catch (StaleChange ex) {
			// the page shows the owners as they are now, with the ticks and the name kept
			errors.reject("stale",
					ex.getMessage()
						.replace("reload the page to see their change, then try again",
								"the page now shows the owners as they are; check them, then save again"));
			response.setStatus(HttpStatus.CONFLICT.value());
			return owners(id, indicatorsOf(id), model);
		}
		redirect.addFlashAttribute("success", "Named " + form.ownerName().strip() + " the owner of "
				+ ((assignments.size() == 1) ? "1 indicator." : assignments.size() + " indicators."));
		return "redirect:/scorecards/" + id + "/owners";
	}

	private List<uk.beacon.indicator.Indicator> indicatorsOf(long id) {
		return this.figures.indicatorsOf(id, this.viewer.audience())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such scorecard."));
	}

	private String owners(long id, List<uk.beacon.indicator.Indicator> indicators, Model model) {
		model.addAttribute("scorecard", this.scorecards.findById(id).orElseThrow());
		model.addAttribute("indicators", indicators);
		model.addAttribute("keeps",
				indicators.stream()
					.filter(i -> this.management.mayKeep(this.viewer.actor(), i))
					.map(uk.beacon.indicator.Indicator::code)
					.collect(java.util.stream.Collectors.toSet()));
		return "scorecard-owners";
	}

	private FigureGrid grid(long id, Optional<FinancialQuarter> period) {
		FinancialQuarter quarter = period.or(() -> this.scorecards.findById(id).map(Scorecard::currentPeriod))
			.orElseGet(() -> FinancialQuarter.containing(LocalDate.now(this.clock)));
		return this.figures.grid(id, quarter, this.viewer.audience(), this.viewer.actor())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such scorecard."));
	}

	/**
	 * The page again with the form as it is to be shown: the form's mistakes go with it
	 * (the model drops them when the form is replaced).
	 */
	private String page(FigureGrid grid, FigureGridForm form, BindingResult errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return page(grid, model);
	}

	/**
	 * What the quarter's collection says of each figure on the grid, by row key: the
	 * owner's data request and where it stands, so that an officer entering a figure
	 * knows the owner may be entering it too.
	 */
	private java.util.Map<String, String> requests(FigureGrid grid) {
		long council = this.units.councilOf(grid.scorecard().organisationUnitId()).id();
		java.util.Map<String, String> byRow = new java.util.HashMap<>();
		this.collection.cycles()
			.stream()
			.filter(cycle -> cycle.councilId() == council && cycle.period().equals(grid.period()))
			.flatMap(cycle -> this.collection.requestsOf(cycle).stream())
			.forEach(request -> byRow.put(request.indicator().code() + "/" + request.dataPeriod().key(),
					"Requested from the owner in the collection: " + request.state().label().toLowerCase(Locale.UK)
							+ ((request.state() == uk.beacon.collection.RequestState.APPROVED) ? ""
									: "; approving it later corrects the figure held")));
		return byRow;
	}

	private String page(FigureGrid grid, Model model) {
		model.addAttribute("grid", grid);
		model.addAttribute("requests", requests(grid));
		model.addAttribute("previousQuarter", grid.period().previous());
		FinancialQuarter next = grid.period().plusQuarters(1);
		// no quarter's figures are entered before it begins
		model.addAttribute("nextQuarter", next.start().isAfter(LocalDate.now(this.clock)) ? null : next);
		model.addAttribute("begun", !grid.period().start().isAfter(LocalDate.now(this.clock)));
		model.addAttribute("assessable", List.of(uk.beacon.indicator.Status.GREEN, uk.beacon.indicator.Status.AMBER,
				uk.beacon.indicator.Status.RED, uk.beacon.indicator.Status.NOT_RATED));
		return "scorecard-figures";
	}

}
