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
import uk.beacon.audit.AuditTrail;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.StaleChange;
import uk.beacon.reporting.CabinetReport;
import uk.beacon.reporting.NarrativeChanged;
import uk.beacon.reporting.RiskEntry;
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

	private final AuditTrail audit;

	private final ReportAudience partB;

	ReportController(ScorecardViews scorecards, ReportDrafts drafts, ReportPublishing publishing,
			PublishedReports published, CurrentViewer viewer, AuditTrail audit, ReportAudience partB) {
		this.viewer = viewer;
		this.audit = audit;
		this.partB = partB;
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
		model.addAttribute("partB", this.partB.mayReadPartB(report));
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
		model.addAttribute("form", new NarrativeForm(report.narrative(),
				this.publishing.narrativeSeen(id, Quarters.fromLabel(report.period()))));
		return "report-narrative";
	}

	@PostMapping(path = "/scorecards/{id}/report/narrative", params = "!reset")
	String saveNarrative(@PathVariable long id, @RequestParam FinancialQuarter period,
			@Valid @ModelAttribute("form") NarrativeForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				this.publishing.editNarrative(this.viewer.actor(), id, period, form.narrative(), form.seen())
					.orElseThrow(this::notFound);
				return "redirect:/scorecards/" + id + "/report?period=" + encode(period.label()) + "&narrative=saved";
			}
			catch (NarrativeChanged ex) {
				return changedMeanwhile(id, period, form, ex, errors, model);
			}
		}
		model.addAttribute("report", draft(id, Optional.of(period)));
		return "report-narrative";
	}

	/** Puts back the narrative Beacon drafted from the figures. */
	@PostMapping(path = "/scorecards/{id}/report/narrative", params = "reset")
	String resetNarrative(@PathVariable long id, @RequestParam FinancialQuarter period,
			@ModelAttribute("form") NarrativeForm form, BindingResult errors, Model model) {
		try {
			this.publishing.editNarrative(this.viewer.actor(), id, period, "", form.seen()).orElseThrow(this::notFound);
		}
		catch (NarrativeChanged ex) {
			return changedMeanwhile(id, period, form, ex, errors, model);
		}
		return "redirect:/scorecards/" + id + "/report?period=" + encode(period.label()) + "&narrative=saved";
	}

	/**
	 * Someone else changed the narrative since the person opened it: their text stays in
	 * the box, the narrative as it is now is shown beside it, and saving again replaces
	 * it.
	 */
	private String changedMeanwhile(long id, FinancialQuarter period, NarrativeForm form, NarrativeChanged ex,
			BindingResult errors, Model model) {
		errors.rejectValue("narrative", "changed", ex.getMessage());
		model.addAttribute("report", draft(id, Optional.of(period)));
		model.addAttribute("theirs", ex.theirs());
		// saving again replaces the narrative as it is now (the form stays the person's)
		model.addAttribute("seenNow", this.publishing.narrativeSeen(id, period));
		return "report-narrative";
	}

	@GetMapping("/scorecards/{id}/report/publish")
	String confirmPublish(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period, Model model) {
		CabinetReport report = draft(id, period);
		FinancialQuarter quarter = Quarters.fromLabel(report.period());
		model.addAttribute("report", report);
		model.addAttribute("confirmed", this.publishing.fingerprint(report));
		model.addAttribute("since", this.audit.latestId());
		model.addAttribute("versions", this.published.versions(id, quarter.key()));
		model.addAttribute("seenVersion", this.publishing.latestVersion(id, quarter));
		return "report-publish";
	}

	/**
	 * Publishes the draft the person confirmed. When it changed after they were asked (a
	 * colleague's correction), nothing is published: the confirmation is asked again with
	 * the changes made since.
	 */
	@PostMapping("/scorecards/{id}/report/publish")
	String publish(@PathVariable long id, @RequestParam FinancialQuarter period,
			@RequestParam(defaultValue = "") String confirmed, @RequestParam(defaultValue = "0") long since,
			@RequestParam(defaultValue = "0") int seenVersion, @RequestParam(defaultValue = "") String reason,
			Model model) {
		try {
			PublishedReport report = this.publishing
				.publish(this.viewer.actor(),
						new ReportPublishing.Publication(id, period, confirmed, seenVersion, reason))
				.orElseThrow(this::notFound);
			return "redirect:/reports/" + report.id() + "?published";
		}
		catch (StaleChange ex) {
			CabinetReport report = draft(id, Optional.of(period));
			model.addAttribute("changedMeanwhile", ex.getMessage());
			// what the person wrote is kept for them to publish again if they still need
			// to
			model.addAttribute("reason", reason);
			model.addAttribute("changes", this.audit.since(since, subjects(report), 20));
			return confirmPublish(id, Optional.of(period), model);
		}
		catch (uk.beacon.access.NotPermitted ex) {
			// outside the person's part of the council: back to their page with the
			// reason,
			// as every refusal is
			throw ex;
		}
		catch (ChangeRejected ex) {
			// the reason is missing or too long: asked again, with what the person wrote
			model.addAttribute("reasonError", ex.getMessage());
			model.addAttribute("reason", reason);
			String page = confirmPublish(id, Optional.of(period), model);
			// what the person confirmed stands, unless it changed, which publishing says
			model.addAttribute("confirmed", confirmed);
			model.addAttribute("seenVersion", seenVersion);
			return page;
		}

	}

	/**
	 * What a draft reports on, as the audit trail names it: its indicators, the risks it
	 * lists in Part A and its narrative.
	 */
	private java.util.Set<String> subjects(CabinetReport report) {
		java.util.Set<String> subjects = new java.util.LinkedHashSet<>();
		report.indicators().forEach(line -> subjects.add(line.code()));
		for (List<RiskEntry> entries : List.of(report.risks().turnedRed(), report.risks().leftRed(),
				report.risks().red(), report.risks().amberRecentlyRed(), report.risks().aboveAppetite())) {
			entries.forEach(entry -> subjects.add(entry.reference()));
		}
		this.scorecards.all()
			.stream()
			.filter(s -> s.id() == report.scorecardId())
			.findFirst()
			.ifPresent(s -> subjects.add(s.code() + " " + report.period()));
		return subjects;
	}

	@GetMapping("/reports/{id}")
	String publishedReport(@PathVariable long id, Model model) {
		PublishedReport report = this.published.find(id).orElseThrow(this::notFound);
		model.addAttribute("published", report);
		model.addAttribute("versions", this.published.versions(report.scorecardId(), report.period()));
		CabinetReport content = this.published.content(report);
		model.addAttribute("report", content);
		// Part B, the council's restricted risks, linked for those who may have it
		model.addAttribute("partB", this.partB.mayReadPartB(content));
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
