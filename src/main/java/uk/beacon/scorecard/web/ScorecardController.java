package uk.beacon.scorecard.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.access.Audience;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.IndicatorAnalyses;
import uk.beacon.indicator.IndicatorGlance;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.RelatedItem;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardHierarchy;
import uk.beacon.scorecard.ScorecardView;
import uk.beacon.scorecard.ScorecardViews;
import uk.beacon.scorecard.SectionRelations;
import uk.beacon.web.PdfPages;
import uk.beacon.web.RenderedPages;

/**
 * The scorecard page for a chosen quarter, with where the scorecard sits: the units above
 * it, and the scorecards above and below it.
 */
@Controller
class ScorecardController {

	private final CurrentViewer viewer;

	private final ScorecardViews views;

	private final List<SectionRelations> relations;

	private final RenderedPages pages;

	private final ScorecardHierarchy hierarchy;

	private final IndicatorAnalyses analyses;

	private final PdfPages pdfs;

	private final uk.beacon.web.RenderedRows rowsWritten;

	ScorecardController(ScorecardViews views, List<SectionRelations> relations, CurrentViewer viewer,
			RenderedPages pages, ScorecardHierarchy hierarchy, IndicatorAnalyses analyses, PdfPages pdfs,
			uk.beacon.web.RenderedRows rowsWritten) {
		this.rowsWritten = rowsWritten;
		this.pdfs = pdfs;
		this.hierarchy = hierarchy;
		this.analyses = analyses;
		this.pages = pages;
		this.viewer = viewer;
		this.relations = relations;
		this.views = views;
	}

	@GetMapping("/scorecards/{id}")
	String scorecard(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Audience audience = this.viewer.audience();
		return this.pages.page(request, response, model, audience.key(),
				() -> scorecard(id, period, audience, model, false));
	}

	/**
	 * The page as a tagged PDF: what the page shows the person, to whoever may see the
	 * page.
	 */
	@GetMapping("/scorecards/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Audience audience = this.viewer.audience();
		String address = "/scorecards/" + id + "/pdf?period=" + period.map(FinancialQuarter::label).orElse("");
		return this.pdfs.pdf(request, response, model, address, audience.key(), () -> {
			scorecard(id, period, audience, model, true);
			return "scorecard-pdf";
		});
	}

	/**
	 * @param pdf whether the sparklines are for the PDF renderer
	 */
	private String scorecard(long id, Optional<FinancialQuarter> quarter, Audience audience, Model model, boolean pdf) {
		ScorecardView view = this.views.view(id, quarter, audience)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("view", view);
		model.addAttribute("title", view.scorecard().name() + ", " + view.period().label());
		String periodQuery = "?period="
				+ org.springframework.web.util.UriUtils.encodeQueryParam(view.period().label(), StandardCharsets.UTF_8);
		// the sparklines and icons of every indicator on the card, read in one go
		Map<Long, IndicatorGlance> glances = this.analyses.glances(view.sections()
			.stream()
			.flatMap(section -> section.rows().stream())
			.map(Performance::indicator)
			.toList(), view.period());
		Map<String, List<ScorecardRow>> rows = new java.util.HashMap<>();
		for (int s = 0; s < view.sections().size(); s++) {
			ScorecardView.Section section = view.sections().get(s);
			String place = "s" + s;
			rows.put(section.title(),
					section.rows()
						.stream()
						.map(p -> ScorecardRow.of(p, periodQuery, glances.get(p.indicator().id()), place, pdf))
						.toList());
		}
		model.addAttribute("rows", rows);
		// of the indicators' data, the card shows its own indicators' alone: every one of
		// them, those the viewer is not shown too (one made public, or reported in a new
		// quarter, changes the rows and the quarters to choose from)
		RenderedPages.showsOnlyIndicators(model, view.scorecard().indicatorIds());
		if (!pdf) {
			// every line of the card written in one go, each section's kept apart
			List<String> written = this.rowsWritten.html("rows/scorecard",
					view.sections().stream().flatMap(section -> rows.get(section.title()).stream()).toList());
			Map<String, List<String>> rowsHtml = new java.util.HashMap<>();
			int from = 0;
			for (ScorecardView.Section section : view.sections()) {
				int to = from + rows.get(section.title()).size();
				rowsHtml.put(section.title(), written.subList(from, to));
				from = to;
			}
			model.addAttribute("rowsHtml", rowsHtml);
		}
		Map<String, List<RelatedItem>> related = new java.util.HashMap<>();
		for (ScorecardView.Section section : view.sections()) {
			related.put(section.title(),
					this.relations.stream()
						.flatMap(r -> r.relatedTo(view.scorecard().code(), section.title()).stream())
						.toList());
		}
		model.addAttribute("related", related);
		// where the scorecard sits: the units above it, the scorecards above and below
		model.addAttribute("trail", this.hierarchy.trail(view.scorecard().organisationUnitId()));
		model.addAttribute("above", this.hierarchy.above(view.scorecard()).orElse(null));
		model.addAttribute("below", this.hierarchy.below(view.scorecard()));
		return "scorecard";
	}

}
