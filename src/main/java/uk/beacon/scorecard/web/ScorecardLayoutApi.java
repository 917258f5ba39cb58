package uk.beacon.scorecard.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.access.Audience;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardManagement;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.Scorecards;
import uk.beacon.scorecard.SectionLayout;
import uk.beacon.web.ApiMistakes;

/**
 * A scorecard's name and sections through the API, as its layout page lays them out
 * ({@link ScorecardManagement#layOut}, {@link ScorecardLayoutForm}): sections added,
 * renamed, reordered and removed, indicators placed, moved and taken off, one indicator
 * on as many scorecards as the council likes; all as read, or refused.
 */
@RestController
@Tag(name = "Scorecards", description = "Scorecards and their indicators' figures, targets and statuses")
class ScorecardLayoutApi {

	private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("[\\s,;]");

	/**
	 * A scorecard's name and its sections in order.
	 *
	 * @param seen what a change sends back, so that a change since is not overwritten
	 */
	record ScorecardLayout(long id, String code, String name, String seen, List<LayoutSection> sections) {
	}

	/**
	 * A section and its indicators in order. Indicators not for publication are listed
	 * only to those who may see them, and stay where they are when others lay it out.
	 *
	 * @param id the section's id: kept, it keeps what is linked to it (risks, for one)
	 */
	record LayoutSection(@Schema(description = "the section's id as read; none for a new section") Long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "its title as the council prints it") String title,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
					"PERSPECTIVE", "OBJECTIVE", "AREA_OF_FOCUS" }) String kind,
			@Schema(description = "the codes of its indicators, in order") List<String> indicators){
	}

	/** The name and sections as they should stand, in order. */
	record LayoutChange(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the scorecard's name") String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "the layout's seen as read (GET)") String seen,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "every section to keep or add, in order; a section left out is removed") List<LayoutSection> sections) {
	}

	private final Scorecards scorecards;

	private final ScorecardManagement management;

	private final LayoutIndicators layoutIndicators;

	private final CurrentViewer viewer;

	ScorecardLayoutApi(Scorecards scorecards, ScorecardManagement management, LayoutIndicators layoutIndicators,
			CurrentViewer viewer) {
		this.scorecards = scorecards;
		this.management = management;
		this.layoutIndicators = layoutIndicators;
		this.viewer = viewer;
	}

	@GetMapping("/api/v1/scorecards/{id}/layout")
	@Operation(summary = "A scorecard's name and sections, each with its indicators in order, and its seen")
	ScorecardLayout layout(@PathVariable long id) {
		Scorecard scorecard = scorecard(id);
		Map<Long, String> codes = this.layoutIndicators.visibleCodes(scorecard, this.viewer.audience());
		List<Long> sectionIds = this.scorecards.sectionIds(id);
		List<LayoutSection> sections = new ArrayList<>();
		for (int i = 0; i < scorecard.sections().size(); i++) {
			ScorecardSection section = scorecard.sections().get(i);
			sections.add(new LayoutSection(sectionIds.get(i), section.title(), section.kind().name(),
					section.indicatorIds().stream().map(codes::get).filter(java.util.Objects::nonNull).toList()));
		}
		return new ScorecardLayout(id, scorecard.code(), scorecard.name(), this.management.fingerprint(id), sections);
	}

	@PutMapping("/api/v1/scorecards/{id}/layout")
	@Operation(summary = "Rename a scorecard and lay out its sections and indicators",
			description = "Every section is sent in order: one with its id is kept (renamed, moved, its indicators "
					+ "replaced), one without is added, one left out is removed (refused, 422, while risks are "
					+ "linked to it). Indicators are the council's, by code, each once in a section; an indicator "
					+ "may be on several scorecards. Refused (409) when the scorecard changed since the seen sent.")
	ScorecardLayout layOut(@PathVariable long id, @RequestBody LayoutChange body) {
		Scorecard scorecard = scorecard(id);
		if (body.seen() == null || body.seen().isBlank()) {
			throw ApiMistakes.of("seen", "Send the layout's seen as read, so that a change since is not lost");
		}
		List<LayoutSection> sent = (body.sections() != null) ? body.sections() : List.of();
		List<ScorecardLayoutForm.Row> rows = new ArrayList<>();
		for (int i = 0; i < sent.size(); i++) {
			rows.add(row(i, sent.get(i)));
		}
		ScorecardLayoutForm form = new ScorecardLayoutForm(body.name(), rows, body.seen());
		Audience audience = this.viewer.audience();
		BindingResult errors = new MapBindingResult(new HashMap<>(), "layout");
		List<SectionLayout> sections = form.sections(this.layoutIndicators.councilsIndicators(scorecard, audience),
				errors);
		ApiMistakes.refuseIfAny(errors);
		this.management.layOut(this.viewer.actor(), audience, id, body.seen(), body.name().strip(), sections);
		return layout(id);
	}

	/** The section as the layout page's row, in the order sent. */
	private static ScorecardLayoutForm.Row row(int at, LayoutSection section) {
		if (section == null) {
			throw ApiMistakes.of("sections[" + at + "]", "Give each section its title and kind");
		}
		if (section.title() == null || section.title().isBlank()) {
			throw ApiMistakes.of("sections[" + at + "].title",
					"Enter the section's title; leave a section out to remove it");
		}
		List<String> codes = (section.indicators() != null) ? section.indicators() : List.of();
		for (int n = 0; n < codes.size(); n++) {
			String code = codes.get(n);
			if (code == null || code.isBlank() || SEPARATOR.matcher(code.strip()).find()) {
				throw ApiMistakes.of("sections[" + at + "].indicators[" + n + "]",
						"Give one indicator's code in each, as its page shows it");
			}
		}
		return new ScorecardLayoutForm.Row((section.id() != null) ? section.id().toString() : null, section.title(),
				(section.kind() != null) ? section.kind().strip().toUpperCase(Locale.ROOT) : null,
				Integer.toString((at + 1) * 10), String.join("\n", codes), null);
	}

	private Scorecard scorecard(long id) {
		Scorecard scorecard = this.scorecards.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such scorecard."));
		this.management.requireMayLayOut(this.viewer.actor(), scorecard);
		return scorecard;
	}

}
