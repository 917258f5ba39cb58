package uk.beacon.imports.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.imports.ImportTemplates;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.Scorecards;

/**
 * The import's templates, blank or filled with what Beacon holds, and its format guide,
 * as pages of Beacon: an officer downloads, edits in Excel and imports the file again.
 */
@Controller
class ImportTemplatesController {

	private final ImportTemplates templates;

	private final ImportGuide guide;

	private final Scorecards scorecards;

	private final CurrentViewer viewer;

	ImportTemplatesController(ImportTemplates templates, ImportGuide guide, Scorecards scorecards,
			CurrentViewer viewer) {
		this.templates = templates;
		this.guide = guide;
		this.scorecards = scorecards;
		this.viewer = viewer;
	}

	@GetMapping("/import/templates")
	String page(Model model) {
		model.addAttribute("kinds", this.templates.kinds());
		model.addAttribute("scorecards", this.scorecards.findAll());
		return "import-templates";
	}

	@GetMapping("/import/guide")
	String guide(Model model) {
		model.addAttribute("guide", this.guide.html());
		return "import-guide";
	}

	@GetMapping({ "/import/templates/{kind}.csv", "/api/v1/imports/templates/{kind}.csv" })
	@Operation(summary = "One import file as a CSV template, blank or filled with what Beacon holds", tags = "Imports")
	ResponseEntity<byte[]> csv(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean filled,
			@Parameter(description = "only this scorecard's indicators") @RequestParam Optional<String> scorecard,
			@Parameter(
					description = "for measurements: the quarter the figures were reported in (else the latest)") @RequestParam Optional<FinancialQuarter> period) {
		return download(() -> this.templates.csv(kind, filled, scope(scorecard, period), this.viewer.audience()));
	}

	@GetMapping({ "/import/templates/{kind}.xlsx", "/api/v1/imports/templates/{kind}.xlsx" })
	@Operation(summary = "Import files as an Excel workbook, a sheet for each, blank or filled with what Beacon holds",
			description = "{kind} is one file (targets.xlsx) or \"workbook\" with the files named in kind parameters "
					+ "(workbook.xlsx?kind=indicators&kind=targets).",
			tags = "Imports")
	ResponseEntity<byte[]> xlsx(@PathVariable String kind,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(defaultValue = "false") boolean filled,
			@Parameter(description = "only this scorecard's indicators") @RequestParam Optional<String> scorecard,
			@Parameter(
					description = "for measurements: the quarter the figures were reported in (else the latest)") @RequestParam Optional<FinancialQuarter> period) {
		List<String> files = "workbook".equals(kind) ? Optional.ofNullable(kinds).orElse(List.of()) : List.of(kind);
		if (files.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Name the files the workbook is to hold, e.g. ?kind=indicators&kind=targets.");
		}
		return download(() -> this.templates.workbook(files, filled, scope(scorecard, period), this.viewer.audience()));
	}

	private ImportTemplates.Scope scope(Optional<String> chosen, Optional<FinancialQuarter> period) {
		Optional<String> scorecard = chosen.map(String::strip).filter(code -> !code.isEmpty());
		scorecard.filter(code -> this.scorecards.idOf(code).isEmpty()).ifPresent(code -> {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no scorecard with the code " + code + ".");
		});
		return new ImportTemplates.Scope(scorecard.orElse(null), period.orElse(null));
	}

	private static ResponseEntity<byte[]> download(java.util.function.Supplier<ImportTemplates.Download> made) {
		ImportTemplates.Download file;
		try {
			file = made.get();
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

}
