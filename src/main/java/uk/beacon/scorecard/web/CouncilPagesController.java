package uk.beacon.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.access.Audience;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.scorecard.ScorecardHierarchy;
import uk.beacon.web.RenderedPages;

/**
 * The way in for residents and councillors: the home page (each council with its own
 * scorecards and those of its directorates and services) and a page for each council,
 * directorate and service with its scorecards and the units below it.
 */
@Controller
class CouncilPagesController {

	private final ScorecardHierarchy hierarchy;

	private final RenderedPages pages;

	CouncilPagesController(ScorecardHierarchy hierarchy, RenderedPages pages) {
		this.hierarchy = hierarchy;
		this.pages = pages;
	}

	@GetMapping("/")
	String home(Model model) {
		// not kept: with no council yet it offers the set-up to those who may do it
		model.addAttribute("councils", this.hierarchy.councils());
		return "home";
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		// scorecards and units are public: everyone sees the same page
		return this.pages.page(request, response, model, Audience.PUBLIC.key(), () -> unit(code, model));
	}

	private String unit(String code, Model model) {
		ScorecardHierarchy.Place place = this.hierarchy.unit(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var trail = this.hierarchy.trail(place.unit().id());
		model.addAttribute("place", place);
		model.addAttribute("trail", trail.subList(0, trail.size() - 1));
		model.addAttribute("title", place.unit().name());
		model.addAttribute("belowHeading", (place.unit().kind() == OrganisationKind.COUNCIL)
				? "Directorates and their scorecards" : "Services and their scorecards");
		return "unit";
	}

}
