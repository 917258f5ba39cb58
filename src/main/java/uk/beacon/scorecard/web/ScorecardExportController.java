package uk.beacon.scorecard.web;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.identity.CurrentViewer;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardView;
import uk.beacon.scorecard.ScorecardViews;

/**
 * A scorecard for a quarter downloaded as CSV or Excel, from its page and the API, with
 * what the person may see on the page and no more.
 */
@RestController
@Tag(name = "Scorecards", description = "Scorecards and their indicators' figures, targets and statuses")
class ScorecardExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ScorecardViews views;

	private final CurrentViewer viewer;

	ScorecardExportController(ScorecardViews views, CurrentViewer viewer) {
		this.views = views;
		this.viewer = viewer;
	}

	@GetMapping({ "/scorecards/{id}/export", "/api/v1/scorecards/{id}/export" })
	@Operation(summary = "A scorecard for a quarter as CSV or Excel",
			description = "A row for each indicator the person may see: section, target, figure, statuses with "
					+ "their reasons, direction of travel and owner.")
	ResponseEntity<byte[]> export(@PathVariable long id,
			@Parameter(
					description = "the reporting quarter, like 2025/26 Q2; the scorecard's current one when left out",
					schema = @Schema(type = "string")) @RequestParam Optional<FinancialQuarter> period,
			@Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format) {
		boolean excel = "xlsx".equals(format);
		if (!excel && !"csv".equals(format)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Choose the format csv or xlsx (" + format.length() + " characters were given)");
		}
		ScorecardView view = this.views.view(id, period, this.viewer.audience())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such scorecard."));
		byte[] body = excel ? ScorecardExport.xlsx(view) : ScorecardExport.csv(view);
		return ResponseEntity.ok()
			.contentType(excel ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(ScorecardExport.fileName(view, excel ? "xlsx" : "csv"))
						.build()
						.toString())
			.body(body);
	}

}
