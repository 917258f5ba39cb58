package uk.beacon.scorecard.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.access.Audience;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardHierarchy;
import uk.beacon.scorecard.ScorecardView;
import uk.beacon.scorecard.ScorecardViews;
import uk.beacon.scorecard.Scorecards;
import uk.beacon.web.OpenData;
import uk.beacon.web.RenderedPages;

/**
 * Every scorecard as open data for residents, at addresses that name the scorecard by its
 * code and so stay the same from one database to the next: CSV and JSON, for its current
 * quarter or the one asked for, under the Open Government Licence. Always the public's
 * version, whoever asks: indicators not for publication are left out for a signed-in
 * officer too, so a file passed on never carries them.
 */
@Controller
class OpenScorecardsController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Scorecards scorecards;

	private final ScorecardViews views;

	private final ScorecardHierarchy hierarchy;

	private final RenderedPages pages;

	OpenScorecardsController(Scorecards scorecards, ScorecardViews views, ScorecardHierarchy hierarchy,
			RenderedPages pages) {
		this.scorecards = scorecards;
		this.views = views;
		this.hierarchy = hierarchy;
		this.pages = pages;
	}

	@GetMapping("/open-data")
	String openData(HttpServletRequest request, HttpServletResponse response, Model model) {
		return this.pages.page(request, response, model, Audience.PUBLIC.key(), () -> {
			model.addAttribute("title", "Open data");
			model.addAttribute("councils", this.hierarchy.councils());
			model.addAttribute("licence", OpenData.LICENCE);
			model.addAttribute("licenceUrl", OpenData.LICENCE_URL);
			model.addAttribute("attribution", OpenData.ATTRIBUTION);
			return "open-data";
		});
	}

	@GetMapping("/open-data/scorecards/{code}.csv")
	@ResponseBody
	ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam Optional<FinancialQuarter> period) {
		ScorecardView view = publicView(code, period);
		return OpenData.licensed(ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(ScorecardExport.fileName(view, "csv")).build().toString())
			.body(ScorecardExport.csv(view)));
	}

	@GetMapping("/open-data/scorecards/{code}.json")
	@ResponseBody
	ResponseEntity<byte[]> json(@PathVariable String code, @RequestParam Optional<FinancialQuarter> period,
			HttpServletRequest request) {
		// the same for everyone: kept as written, like the public pages
		return OpenData.licensed(this.pages.json(request, Audience.PUBLIC.key(),
				() -> this.scorecards.idOf(code)
					.flatMap(id -> this.views.view(id, period, Audience.PUBLIC))
					.map(view -> OpenScorecard.of(view, this.hierarchy.trail(view.scorecard().organisationUnitId())))));
	}

	private ScorecardView publicView(String code, Optional<FinancialQuarter> period) {
		return this.scorecards.idOf(code)
			.flatMap(id -> this.views.view(id, period, Audience.PUBLIC))
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no scorecard with that code."));
	}

}
