package uk.beacon.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.reporting.CabinetReport;
import uk.beacon.reporting.Part;
import uk.beacon.reporting.PublishedReport;
import uk.beacon.reporting.PublishedReports;
import uk.beacon.reporting.ReportDrafts;
import uk.beacon.reporting.ReportFormat;
import uk.beacon.reporting.render.ReportRenderer;

/**
 * The report API: a scorecard's draft report, and published reports, in any format.
 * Without a format the content comes as JSON; Part B is refused until officers can sign
 * in.
 */
@RestController
@Tag(name = "Cabinet reports", description = "Draft and published cabinet reports, as JSON, PDF, Word or Excel")
class ReportApi {

	record PublishedSummary(long id, long scorecardId, String period, String title, String publishedBy,
			OffsetDateTime publishedAt, String contentHash, int version, String reason, String href) {
	}

	private final ReportDrafts drafts;

	private final PublishedReports published;

	private final ReportRenderer renderer;

	private final ReportAudience audience;

	private final java.time.ZoneId councilZone;

	private final PublishedDocuments documents;

	ReportApi(ReportDrafts drafts, PublishedReports published, ReportRenderer renderer, ReportAudience audience,
			java.time.Clock clock, PublishedDocuments documents) {
		this.documents = documents;
		this.councilZone = clock.getZone();
		this.drafts = drafts;
		this.published = published;
		this.renderer = renderer;
		this.audience = audience;
	}

	@GetMapping("/api/v1/scorecards/{id}/report")
	@Operation(summary = "The draft cabinet report of a scorecard for a quarter (format: json, pdf, docx or xlsx)")
	ResponseEntity<?> draft(@PathVariable long id, @RequestParam Optional<FinancialQuarter> period,
			@RequestParam Optional<String> format, @RequestParam Optional<String> part, Principal principal) {
		Optional<CabinetReport> report = this.drafts.draft(id, period);
		if (report.isEmpty()) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND,
					"There is nothing at this address that you may see.");
		}
		return respond(report.get(), null, format, part, principal, "Draft: not yet published");
	}

	@GetMapping("/api/v1/reports")
	@Operation(summary = "Every published cabinet report")
	List<PublishedSummary> reports() {
		return this.published.all().stream().map(ReportApi::summary).toList();
	}

	@GetMapping("/api/v1/reports/{id}")
	@Operation(summary = "A published cabinet report, as it was published (format: json, pdf, docx or xlsx)")
	ResponseEntity<?> report(@PathVariable long id, @RequestParam Optional<String> format,
			@RequestParam Optional<String> part, Principal principal) {
		Optional<PublishedReport> report = this.published.find(id);
		if (report.isEmpty()) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND,
					"There is nothing at this address that you may see.");
		}
		CabinetReport content = this.published.content(report.get());
		return respond(content, report.get().id(), format, part, principal, stamp(report.get()));
	}

	/**
	 * @param publishedId the published version's identity, whose documents are kept once
	 * made; {@code null} for a draft, made afresh every time
	 */
	private ResponseEntity<?> respond(CabinetReport report, Long publishedId, Optional<String> formatText,
			Optional<String> partText, Principal principal, String stamp) {
		Part part = partText.filter(p -> p.equalsIgnoreCase("B")).map(p -> Part.B).orElse(Part.A);
		if (partText.isPresent() && !partText.get().equalsIgnoreCase("A") && part != Part.B) {
			return problem(HttpStatus.BAD_REQUEST, "The part cannot be read",
					"'" + partText.get() + "' is not a part of a report: use A or B.");
		}
		if (part == Part.B && !this.audience.mayReadPartB(report)) {
			return problem(HttpStatus.FORBIDDEN, "Part B is restricted", ReportAudience.PART_B_REFUSED);
		}
		if (formatText.isEmpty() || formatText.get().isBlank() || formatText.get().equalsIgnoreCase("json")) {
			// Part A as data: the restricted risks stay out of it
			return ResponseEntity.ok(report.partA());
		}
		Optional<ReportFormat> format = ReportFormat.fromExtension(formatText.get());
		if (format.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "The format cannot be read", "'" + formatText.get()
					+ "' is not a format Beacon writes reports in: use html, pdf, docx or xlsx.");
		}
		byte[] body = (publishedId == null) ? this.renderer.render(report, part, format.get(), stamp)
				: this.documents.document(publishedId, part, format.get(), stamp,
						() -> this.renderer.render(report, part, format.get(), stamp));
		ContentDisposition disposition = ((format.get() == ReportFormat.HTML) ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(ReportRenderer.fileName(report, part, format.get()))
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.get().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

	/**
	 * The line each document of a published version carries: who published it and when,
	 * which version it is and why, and where the quarter's other versions are.
	 */
	private String stamp(PublishedReport report) {
		List<PublishedReport> versions = this.published.versions(report.scorecardId(), report.period());
		String others = versions.stream()
			.filter(v -> v.id() != report.id())
			.map(v -> "version " + v.version() + " at /reports/" + v.id())
			.collect(java.util.stream.Collectors.joining(", "));
		String version = (versions.size() > 1) ? " " + report.versionText(this.councilZone)
				+ (report.versionText(this.councilZone).endsWith(".") ? "" : ".") + " Also kept: " + others + "." : "";
		return "Published by " + report.publishedBy() + " on " + report.publishedAtText(this.councilZone) + "."
				+ version + " Content hash " + report.contentHash() + ".";
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).body(problem);
	}

	private static PublishedSummary summary(PublishedReport r) {
		return new PublishedSummary(r.id(), r.scorecardId(), Quarters.fromKey(r.period()).label(), r.title(),
				r.publishedBy(), r.publishedAt(), r.contentHash(), r.version(), r.reason(),
				"/api/v1/reports/" + r.id());
	}

}
