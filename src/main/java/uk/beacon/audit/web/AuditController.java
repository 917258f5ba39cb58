package uk.beacon.audit.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.beacon.audit.AuditEntry;
import uk.beacon.audit.AuditTrail;
import uk.beacon.audit.AuditTrail.AuditSearch;

/**
 * Administrators search the audit trail and export what they found.
 */
@Controller
class AuditController {

	private static final int PAGE_LIMIT = 500;

	private static final int EXPORT_LIMIT = 1_000_000;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String search(@RequestParam(required = false) String text, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String person, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		AuditSearch search = new AuditSearch(text, subject, person, type, from, to);
		List<AuditEntry> entries = this.trail.search(search, PAGE_LIMIT + 1);
		model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), PAGE_LIMIT)));
		model.addAttribute("more", entries.size() > PAGE_LIMIT);
		model.addAttribute("types", this.trail.subjectTypes());
		model.addAttribute("search", search);
		model.addAttribute("shown", SHOWN);
		return "audit";
	}

	@GetMapping("/admin/audit.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String text,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String person,
			@RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
			throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder()
					.setHeader("id", "occurred_at", "actor", "action", "subject_type", "subject", "before", "after",
							"reason")
					.get())) {
			for (AuditEntry e : this.trail.search(new AuditSearch(text, subject, person, type, from, to),
					EXPORT_LIMIT)) {
				csv.printRecord(e.id(), e.occurredAt(), safe(e.actor()), e.action(), e.subjectType(), safe(e.subject()),
						safe(e.before()), safe(e.after()), safe(e.reason()));
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("beacon-audit-trail.csv").build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Keeps a spreadsheet from running a formula someone typed into a field. */
	static String safe(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
