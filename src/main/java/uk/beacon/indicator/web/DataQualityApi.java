package uk.beacon.indicator.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.beacon.access.Audience;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.DataQualityFilter;
import uk.beacon.indicator.DataQualityReport;
import uk.beacon.indicator.DataQualityReview;
import uk.beacon.web.RenderedPages;

/**
 * The council-wide list of data to check for integrations: the same flags, filters and
 * counts as the page, for the indicators the caller may see.
 */
@RestController
@Tag(name = "Analysis", description = "Statistical process control and an indicator's analysis")
class DataQualityApi {

	/**
	 * One flag.
	 *
	 * @param period the data period of the figure flagged; for a suspect target, the
	 * latest period's, whose target it is
	 * @param href the indicator's page
	 */
	@Schema(name = "DataQualityFlag")
	record Flag(String indicatorCode, String indicatorTitle, String unitCode, String unitName, String owner,
			String kind, String kindLabel, String period, String message, String href) {
	}

	/**
	 * The filter as it was read: {@code null} where it was left empty.
	 */
	@Schema(name = "DataQualityFilter")
	record Filter(String unit, String owner, String kind) {
	}

	/**
	 * @param counts how many flags of each kind match the unit and owner, whatever the
	 * kind chosen
	 * @param indicatorsChecked the indicators in use that match the unit and owner
	 * @param indicatorsFlagged how many of them have a flag listed
	 */
	@Schema(name = "DataQuality")
	record Body(Filter filter, int indicatorsChecked, int indicatorsFlagged, Map<String, Long> counts,
			List<Flag> flags) {
	}

	private final DataQualityReview review;

	private final CurrentViewer viewer;

	private final RenderedPages kept;

	DataQualityApi(DataQualityReview review, CurrentViewer viewer, RenderedPages kept) {
		this.review = review;
		this.viewer = viewer;
		this.kept = kept;
	}

	@GetMapping("/api/v1/data-quality")
	@Operation(
			summary = "Every data-quality flag (unusual values, denominator jumps, missing periods, suspect targets) "
					+ "of the indicators in use that the caller may see",
			responses = {
					@ApiResponse(responseCode = "200",
							description = "The flags, by indicator code, with counts by kind",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = Body.class))),
					@ApiResponse(responseCode = "400",
							description = "A unit or owner there is not, or a kind of flag there is not",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<byte[]> dataQuality(
			@Parameter(description = "the code of a council, directorate or service: its indicators and those of "
					+ "the units below it") @RequestParam Optional<String> unit,
			@Parameter(
					description = "the owner's name as the indicators record it, capitals aside") @RequestParam Optional<String> owner,
			@Parameter(
					description = "OUTLIER, DENOMINATOR_JUMP, MISSING_PERIOD or SUSPECT_TARGET") @RequestParam Optional<String> kind,
			HttpServletRequest request) {
		Audience audience = this.viewer.audience();
		DataQualityFilter filter = DataQualityFilter.of(unit.orElse(null), owner.orElse(null), kind.orElse(null));
		return this.kept.json(request, audience.key(), java.util.Set.of(uk.beacon.changes.DataArea.PERFORMANCE),
				() -> Optional.of(body(this.review.review(filter, audience))));
	}

	@ExceptionHandler(DataQualityFilter.Rejected.class)
	ResponseEntity<ProblemDetail> badFilter(DataQualityFilter.Rejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("The filter cannot be used");
		problem.setProperty("parameter", ex.field());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Body body(DataQualityReport report) {
		DataQualityFilter f = report.filter();
		Map<String, Long> counts = new LinkedHashMap<>();
		report.counts().forEach((k, n) -> counts.put(k.name(), n));
		return new Body(new Filter(f.unit(), f.owner(), (f.kind() != null) ? f.kind().name() : null),
				report.indicatorsChecked(), report.indicatorsFlagged(), counts,
				report.rows()
					.stream()
					.map(r -> new Flag(r.indicator().code(), r.indicator().title(),
							(r.unit() != null) ? r.unit().code() : null, (r.unit() != null) ? r.unit().name() : null,
							r.indicator().ownerName(), r.kind().name(), r.kind().label(), r.period(), r.message(),
							DataQualityController.Line.of(r).href()))
					.toList());
	}

}
