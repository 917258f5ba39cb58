package uk.beacon.reporting.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

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

import uk.beacon.period.FinancialQuarter;
import uk.beacon.reporting.CabinetReport;
import uk.beacon.reporting.PublishedReport;
import uk.beacon.reporting.PublishedReports;
import uk.beacon.reporting.ReportDrafts;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.reporting.ReportPublishing;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardViews;

/**
 * The report pages: choose a scorecard and quarter, preview the draft, edit its
 * narrative, publish it after confirming, and read published reports and what has changed
 * since.
 */
@Controller
class ReportController {

	private final ScorecardViews scorecards;

	private final ReportDrafts drafts;

	private final ReportPublishing publishing;

	private final PublishedReports published;

	private final CurrentViewer viewer;

	ReportController(ScorecardViews scorecards, ReportDrafts drafts, ReportPublishing publishing,
			PublishedReports published, CurrentViewer viewer) {
		this.viewer = viewer;
		this.scorecards = scorecards;
		this.drafts = drafts;
		this.publishing = publishing;
		this.published = published;
	}

	@GetMapping("/reports")
	String reports(Model model) {
		model.addAttribute("scorecards", this.scorecards.all());
		model.addAttribute("published", this.published.all());
		model.addAttribute("names", names());
		return "reports";
	}

	@GetMapping("/reports/draft")
	String chosen(@RequestParam long scorecard, @RequestParam Optional<FinancialQuarter> period) {
		return "redirect:/scorecards/" + scorecard + "/report"
				+ period.map(q -> "?period=" + encode(q.label())).orElse("");
	}

	@GetMapping("/scorecards/{id}/report")
	String preview(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period, Model model) {
		CabinetReport report = draft(id, period);
		model.addAttribute("report", report);
		model.addAttribute("periods", this.scorecards.view(id, period).orElseThrow().periods());
		model.addAttribute("earlier",
				this.published.all()
					.stream()
					.filter(p -> p.scorecardId() == id && Quarters.fromKey(p.period()).label().equals(report.period()))
					.toList());
		return "report-preview";
	}

	@GetMapping("/scorecards/{id}/report/narrative")
	String narrative(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period, Model model) {
		CabinetReport report = draft(id, period);
		model.addAttribute("report", report);
		model.addAttribute("form", new NarrativeForm(report.narrative()));
		return "report-narrative";
	}

	@PostMapping(path = "/scorecards/{id}/report/narrative", params = "!reset")
	String saveNarrative(@PathVariable long id, @RequestParam FinancialQuarter period,
			@Valid @ModelAttribute("form") NarrativeForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("report", draft(id, Optional.of(period)));
			return "report-narrative";
		}
		this.publishing.editNarrative(this.viewer.actor(), id, period, form.narrative()).orElseThrow(this::notFound);
		return "redirect:/scorecards/" + id + "/report?period=" + encode(period.label()) + "&narrative=saved";
	}

	/** Puts back the narrative Beacon drafted from the figures. */
	@PostMapping(path = "/scorecards/{id}/report/narrative", params = "reset")
	String resetNarrative(@PathVariable long id, @RequestParam FinancialQuarter period) {
		this.publishing.editNarrative(this.viewer.actor(), id, period, "").orElseThrow(this::notFound);
		return "redirect:/scorecards/" + id + "/report?period=" + encode(period.label()) + "&narrative=saved";
	}

	@GetMapping("/scorecards/{id}/report/publish")
	String confirmPublish(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period, Model model) {
		model.addAttribute("report", draft(id, period));
		return "report-publish";
	}

	@PostMapping("/scorecards/{id}/report/publish")
	String publish(@PathVariable long id, @RequestParam FinancialQuarter period) {
		PublishedReport report = this.publishing.publish(this.viewer.actor(), id, period).orElseThrow(this::notFound);
		return "redirect:/reports/" + report.id() + "?published";
	}

	@GetMapping("/reports/{id}")
	String publishedReport(@PathVariable long id, Model model) {
		PublishedReport report = this.published.find(id).orElseThrow(this::notFound);
		model.addAttribute("published", report);
		model.addAttribute("report", this.published.content(report));
		return "report-published";
	}

	@GetMapping("/reports/{id}/changes")
	String changes(@PathVariable long id, Model model) {
		PublishedReport report = this.published.find(id).orElseThrow(this::notFound);
		CabinetReport content = this.published.content(report);
		model.addAttribute("published", report);
		model.addAttribute("report", content);
		model.addAttribute("changes",
				this.drafts.changesSince(report.scorecardId(), Quarters.fromKey(report.period()), content));
		return "report-changes";
	}

	private CabinetReport draft(long id, Optional<FinancialQuarter> period) {
		return this.drafts.draft(id, period).orElseThrow(this::notFound);
	}

	private java.util.Map<Long, String> names() {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		for (Scorecard s : this.scorecards.all()) {
			names.put(s.id(), s.name());
		}
		return names;
	}

	private ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	static List<String> formats() {
		return List.of("html", "pdf", "docx", "xlsx");
	}

}
