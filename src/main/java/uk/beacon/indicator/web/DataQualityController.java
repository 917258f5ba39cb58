package uk.beacon.indicator.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import uk.beacon.access.Audience;
import uk.beacon.analytics.DataQualityIssue;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.DataQualityFilter;
import uk.beacon.indicator.DataQualityReport;
import uk.beacon.indicator.DataQualityReview;
import uk.beacon.web.Paging;
import uk.beacon.web.RenderedPages;

/**
 * The council-wide page of data to check, for people who hold a role: every flag of every
 * indicator they may see, filtered by unit, owner and kind without JavaScript.
 */
@Controller
class DataQualityController {

	private final DataQualityReview review;

	private final RenderedPages pages;

	private final CurrentViewer viewer;

	private final uk.beacon.web.RenderedRows rowsWritten;

	DataQualityController(DataQualityReview review, RenderedPages pages, CurrentViewer viewer,
			uk.beacon.web.RenderedRows rowsWritten) {
		this.rowsWritten = rowsWritten;
		this.review = review;
		this.pages = pages;
		this.viewer = viewer;
	}

	/**
	 * One line of the list, its texts worked out before the template runs: a large
	 * council's list has thousands of lines.
	 */
	record Line(String href, String code, String title, String unit, String owner, String kind, String period,
			String message) {

		static Line of(DataQualityReport.Row row) {
			return new Line("/indicators/" + UriUtils.encodePathSegment(row.indicator().code(), StandardCharsets.UTF_8),
					row.indicator().code(), row.indicator().title(), (row.unit() != null) ? row.unit().name() : "–",
					(row.indicator().ownerName() != null) ? row.indicator().ownerName() : "Not recorded",
					row.kind().label(), row.period(), row.message());
		}

	}

	/** A kind of flag with how many there are and the list narrowed to it. */
	record KindCount(DataQualityIssue kind, long count, String href, boolean chosen) {
	}

	@GetMapping("/data-quality")
	String dataQuality(@RequestParam Optional<String> unit, @RequestParam Optional<String> owner,
			@RequestParam Optional<String> kind, @RequestParam Optional<String> page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		// which indicators not for publication are listed depends on the restricted
		// reader's permission
		Audience audience = this.viewer.audience();
		int requested = Paging.requested(page);
		return this.pages.page(request, response, model, audience.key(),
				java.util.Set.of(uk.beacon.changes.DataArea.PERFORMANCE), () -> dataQuality(unit.orElse(null),
						owner.orElse(null), kind.orElse(null), requested, audience, response, model));
	}

	private String dataQuality(String unit, String owner, String kind, int page, Audience audience,
			HttpServletResponse response, Model model) {
		DataQualityReport report;
		try {
			report = this.review.review(DataQualityFilter.of(unit, owner, kind), audience);
		}
		catch (DataQualityFilter.Rejected ex) {
			// the form again with what was chosen and the reason beside the field; the
			// list
			// waits for a filter that can be used
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("title", "Error: Data to check");
			model.addAttribute("filterError", ex.getMessage());
			model.addAttribute("filterErrorField", ex.field());
			model.addAttribute("chosen", new Chosen(shorter(unit), shorter(owner), shorter(kind)));
			choices(this.review.review(DataQualityFilter.none(), audience), model);
			return "data-quality";
		}
		DataQualityFilter filter = report.filter();
		model.addAttribute("title", "Data to check");
		model.addAttribute("report", report);
		model.addAttribute("chosen",
				new Chosen(filter.unit(), filter.owner(), (filter.kind() != null) ? filter.kind().name() : null));
		// a council's flags are read a page at a time; the counts are of them all
		Paging paging = Paging.of(page, report.rows().size(), href(filter.unit(), filter.owner(), filter.kind()),
				"flags");
		if (paging.beyondTheLast()) {
			return "redirect:" + paging.href(paging.pages());
		}
		model.addAttribute("paging", paging);
		List<Line> lines = paging.of(report.rows()).stream().map(Line::of).toList();
		model.addAttribute("lines", lines);
		model.addAttribute("linesHtml", this.rowsWritten.html("rows/data-quality", lines));
		List<KindCount> counts = new ArrayList<>();
		report.counts()
			.forEach((k, n) -> counts
				.add(new KindCount(k, n, href(filter.unit(), filter.owner(), k), k == filter.kind())));
		model.addAttribute("counts", counts);
		model.addAttribute("everyKind", href(filter.unit(), filter.owner(), null));
		choices(report, model);
		return "data-quality";
	}

	private static void choices(DataQualityReport report, Model model) {
		model.addAttribute("units", report.units());
		model.addAttribute("owners", report.owners());
		model.addAttribute("kinds", DataQualityIssue.values());
	}

	private static String href(String unit, String owner, DataQualityIssue kind) {
		UriComponentsBuilder href = UriComponentsBuilder.fromPath("/data-quality");
		if (unit != null) {
			href.queryParam("unit", "{unit}");
		}
		if (owner != null) {
			href.queryParam("owner", "{owner}");
		}
		if (kind != null) {
			href.queryParam("kind", kind.name());
		}
		java.util.Map<String, String> values = new java.util.HashMap<>();
		values.put("unit", unit);
		values.put("owner", owner);
		return href.encode().buildAndExpand(values).toUriString();
	}

	// what was typed, kept to show beside the error, but never a page of it
	private static String shorter(String text) {
		return (text == null || text.length() <= DataQualityFilter.LONGEST) ? text
				: text.substring(0, DataQualityFilter.LONGEST);
	}

	/** The filter as chosen, to show it again in the form. */
	record Chosen(String unit, String owner, String kind) {
	}

}
