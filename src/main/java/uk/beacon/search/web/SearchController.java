package uk.beacon.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.beacon.access.Audience;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.search.Search;
import uk.beacon.search.SearchQuery;
import uk.beacon.search.SearchRefused;
import uk.beacon.web.RenderedPages;

/**
 * The search page: a box, and what was found of each kind with how many, for what the
 * person may see. A search is kept as rendered, for the same words and the same audience,
 * like the pages it leads to.
 */
@Controller
class SearchController {

	private final Search search;

	private final CurrentViewer viewer;

	private final RenderedPages pages;

	SearchController(Search search, CurrentViewer viewer, RenderedPages pages) {
		this.search = search;
		this.viewer = viewer;
		this.pages = pages;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String typed, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Audience audience = this.viewer.audience();
		boolean readsRisks = this.viewer.holdsARole();
		// risks are searched for those who hold a role, whatever restricted items they
		// see
		String key = audience.key() + (readsRisks ? "+registers" : "");
		return this.pages.page(request, response, model, key,
				() -> search(typed, audience, readsRisks, response, model));
	}

	private String search(String typed, Audience audience, boolean readsRisks, HttpServletResponse response,
			Model model) {
		model.addAttribute("title", "Search");
		model.addAttribute("typed", (typed != null) ? typed : "");
		model.addAttribute("readsRisks", readsRisks);
		try {
			SearchQuery.of(typed).ifPresent(query -> {
				model.addAttribute("title", "Search: " + query.text());
				model.addAttribute("results", this.search.search(query, audience, readsRisks));
			});
		}
		catch (SearchRefused ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("title", "Search");
			model.addAttribute("searchError", ex.getMessage());
		}
		return "search";
	}

}
