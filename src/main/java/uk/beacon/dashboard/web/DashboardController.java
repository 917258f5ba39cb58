package uk.beacon.dashboard.web;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

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

import uk.beacon.dashboard.DashboardFilter;
import uk.beacon.dashboard.DashboardViews;
import uk.beacon.dashboard.StatusCounts;
import uk.beacon.dashboard.UnitDashboard;
import uk.beacon.analytics.SpcIcons;
import uk.beacon.analytics.chart.Chart;
import uk.beacon.indicator.DirectionOfTravel;
import uk.beacon.indicator.IndicatorAnalyses;
import uk.beacon.indicator.Status;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.access.Audience;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.web.PdfDocuments;
import uk.beacon.web.Paging;
import uk.beacon.web.PdfPages;
import uk.beacon.web.RenderedPages;

/**
 * The councils' overview and every unit's dashboard, with drill-down and filters that
 * work without JavaScript.
 */
@Controller
class DashboardController {

	/** Not a page: the PDF lists every indicator. */
	private static final int EVERY_LINE = 0;

	private final DashboardViews views;

	private final RenderedPages pages;

	private final CurrentViewer viewer;

	private final DashboardSummaries summaries;

	private final IndicatorAnalyses analyses;

	private final PdfPages pdfs;

	private final uk.beacon.web.RenderedRows rowsWritten;

	DashboardController(DashboardViews views, RenderedPages pages, CurrentViewer viewer, DashboardSummaries summaries,
			IndicatorAnalyses analyses, PdfPages pdfs, uk.beacon.web.RenderedRows rowsWritten) {
		this.rowsWritten = rowsWritten;
		this.pdfs = pdfs;
		this.analyses = analyses;
		this.summaries = summaries;
		this.views = views;
		this.pages = pages;
		this.viewer = viewer;
	}

	@GetMapping("/dashboard")
	String councils(Model model) {
		model.addAttribute("councils", this.views.councils(this.viewer.audience()));
		return "dashboards";
	}

	@GetMapping("/dashboard/{unit}")
	String dashboard(@PathVariable String unit, @RequestParam Optional<FinancialQuarter> period,
			@RequestParam Optional<String> status, @RequestParam Optional<String> direction,
			@RequestParam Optional<String> section, @RequestParam Optional<String> owner,
			@RequestParam(defaultValue = "false") boolean updated,
			@RequestParam(defaultValue = "false") boolean missing, @RequestParam Optional<String> page,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		// dashboards are for people who hold a role; which indicators not for publication
		// they see depends on their restricted reader's permission
		Audience audience = this.viewer.audience();
		int requested = Paging.requested(page);
		return this.pages.page(request, response, model, audience.key(), () -> dashboard(unit, period, status,
				direction, section, owner, updated, missing, audience, model, requested));
	}

	/**
	 * The dashboard as a tagged PDF, with the filters chosen on the page: what the page
	 * shows the person, to whoever may see the page.
	 */
	@GetMapping("/dashboard/{unit}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String unit, @RequestParam Optional<FinancialQuarter> period,
			@RequestParam Optional<String> status, @RequestParam Optional<String> direction,
			@RequestParam Optional<String> section, @RequestParam Optional<String> owner,
			@RequestParam(defaultValue = "false") boolean updated,
			@RequestParam(defaultValue = "false") boolean missing, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Audience audience = this.viewer.audience();
		String address = String.join("\n", "/dashboard/" + unit + "/pdf",
				period.map(FinancialQuarter::label).orElse(""), status.orElse(""), direction.orElse(""),
				section.orElse(""), owner.orElse(""), Boolean.toString(updated), Boolean.toString(missing));
		return this.pdfs.pdf(request, response, model, address, audience.key(), () -> {
			dashboard(unit, period, status, direction, section, owner, updated, missing, audience, model, EVERY_LINE);
			return "dashboard-pdf";
		});
	}

	/**
	 * @param page the page of the list of indicators to show, {@link #EVERY_LINE} for the
	 * PDF, which lists every indicator and draws the chart for the PDF renderer
	 */
	private String dashboard(String unit, Optional<FinancialQuarter> quarter, Optional<String> status,
			Optional<String> direction, Optional<String> section, Optional<String> owner, boolean updated,
			boolean missing, Audience audience, Model model, int page) {
		boolean pdf = page == EVERY_LINE;
		DashboardFilter filter = new DashboardFilter(choice(status, Status.class),
				choice(direction, DirectionOfTravel.class), section.orElse(null), owner.orElse(null), updated, missing);
		// the same on every page of the list and in the PDF: worked out once for them all
		DashboardSummaries.Summary summary = this.summaries.of(unit, quarter, filter, audience)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		UnitDashboard dashboard = summary.dashboard();
		model.addAttribute("d", dashboard);
		model.addAttribute("title", dashboard.unit().name() + " dashboard, " + dashboard.period().label());
		String periodQuery = "?period=" + org.springframework.web.util.UriUtils
			.encodeQueryParam(dashboard.period().label(), java.nio.charset.StandardCharsets.UTF_8);
		java.util.List<UnitDashboard.Row> listed = dashboard.rows();
		if (!pdf) {
			// a council's list is read a page at a time; the summary counts them all
			Paging paging = Paging.of(page, listed.size(), address(dashboard, "/dashboard/{code}"), "indicators");
			if (paging.beyondTheLast()) {
				// a bookmark of a longer list, or a typed page: the nearest page
				return "redirect:" + paging.href(paging.pages());
			}
			model.addAttribute("paging", paging);
			listed = paging.of(listed);
		}
		// the icons of every indicator listed, read in one go
		Map<Long, SpcIcons> spc = this.analyses.icons(listed.stream().map(r -> r.performance().indicator()).toList(),
				dashboard.period());
		java.util.List<DashboardRow> rows = listed.stream()
			.map(r -> DashboardRow.of(r, periodQuery, spc.get(r.performance().indicator().id())))
			.toList();
		model.addAttribute("rows", rows);
		// what is shown above the list, the same on every page of it
		Map<String, Object> above = new java.util.HashMap<>();
		above.put("d", dashboard);
		Chart bars = summary.statusBars();
		above.put("statusBars", bars);
		above.put("statusBarsSvg",
				(bars == null) ? null : pdf ? PdfDocuments.svgWithAlt(bars.svg(), bars.textAlternative()) : bars.svg());
		above.put("pdfHref", address(dashboard, "/dashboard/{code}/pdf"));
		above.put("riskHeldToAppetite", summary.riskHeldToAppetite());
		above.put("risksAboveAppetite", summary.risksAboveAppetite());
		above.put("statuses", StatusCounts.order());
		above.put("directions", DirectionOfTravel.values());
		model.addAllAttributes(above);
		if (!pdf) {
			model.addAttribute("rowsHtml", this.rowsWritten.html("rows/dashboard", rows));
			// written by the first page that needs it, for every page of the list
			model.addAttribute("summaryHtml", summary.markup().written(() -> {
				// a council's table by objective has a line for every section of its
				// scorecards, each kept as written
				above.put("objectivesHtml", this.rowsWritten.html("rows/objectives", summary.objectives()));
				return this.pages.written("dashboard-summary :: summary", above);
			}));
		}
		return "dashboard";
	}

	/**
	 * The dashboard, or its PDF, as it is shown: its quarter and its filters (the PDF
	 * lists every indicator that matches them, the page one page of them).
	 */
	private static String address(UnitDashboard dashboard, String path) {
		return address(dashboard, path, dashboard.filter());
	}

	/**
	 * The dashboard's quarter with another filter, such as one section's indicators of
	 * one status (the table by objective's links).
	 */
	static String address(UnitDashboard dashboard, String path, DashboardFilter filter) {
		// the words typed or chosen are values put into the template, encoded whole: a
		// "+" stays a plus, a "{" is not taken for a variable (a quarter's label has
		// neither)
		Map<String, String> values = new java.util.HashMap<>();
		values.put("code", dashboard.unit().code());
		var href = org.springframework.web.util.UriComponentsBuilder.fromPath(path)
			.queryParam("period", dashboard.period().label());
		if (filter.status() != null) {
			href.queryParam("status", filter.status().name());
		}
		if (filter.direction() != null) {
			href.queryParam("direction", filter.direction().name());
		}
		if (filter.section() != null && !filter.section().isBlank()) {
			href.queryParam("section", "{section}");
			values.put("section", filter.section());
		}
		if (filter.owner() != null && !filter.owner().isBlank()) {
			href.queryParam("owner", "{owner}");
			values.put("owner", filter.owner());
		}
		if (filter.updatedOnly()) {
			href.queryParam("updated", "true");
		}
		if (filter.missingOnly()) {
			href.queryParam("missing", "true");
		}
		return href.encode().buildAndExpand(values).toUriString();
	}

	private static <E extends Enum<E>> E choice(Optional<String> value, Class<E> type) {
		return value.filter(v -> !v.isBlank())
			.flatMap(v -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(v)).findFirst())
			.orElse(null);
	}

}
