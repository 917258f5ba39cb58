package uk.beacon.scorecard;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.Role;
import uk.beacon.changes.Change;
import uk.beacon.changes.Fields;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.scorecard.internal.ScorecardStore;

/**
 * The one way scorecards change: adding one or replacing its name, unit, quarter and
 * layout. A performance officer keeps the scorecards of the part of the council their
 * role is held over; each change is recorded in the audit trail with before and after.
 */
@Service
@Transactional
public class ScorecardManagement {

	private final Scorecards scorecards;

	private final ScorecardStore store;

	private final OrganisationUnits units;

	private final Indicators indicators;

	private final ApplicationEventPublisher events;

	ScorecardManagement(Scorecards scorecards, ScorecardStore store, OrganisationUnits units, Indicators indicators,
			ApplicationEventPublisher events) {
		this.scorecards = scorecards;
		this.store = store;
		this.units = units;
		this.indicators = indicators;
		this.events = events;
	}

	/**
	 * Adds the scorecard, or replaces the one with its code. Sections are kept by title,
	 * so that risks linked to a section stay linked.
	 * @param scorecard the scorecard; its identity is ignored
	 * @return its identity
	 */
	public long save(Actor actor, Scorecard scorecard) {
		Optional<Scorecard> existing = this.scorecards.idOf(scorecard.code()).flatMap(this.scorecards::findById);
		existing.ifPresent(before -> actor.require(this.units.pathOf(before.organisationUnitId()),
				"change the scorecard " + before.name(), Role.PERFORMANCE_OFFICER));
		actor.require(this.units.pathOf(scorecard.organisationUnitId()),
				(existing.isPresent() ? "change" : "add") + " the scorecard " + scorecard.name(),
				Role.PERFORMANCE_OFFICER);
		requireOwnCouncilsIndicators(scorecard);
		long id = this.store.save(scorecard);
		if (existing.isEmpty()) {
			this.events.publishEvent(
					Change.added(actor.name(), "SCORECARD_ADDED", "SCORECARD", scorecard.code(), fields(scorecard)));
		}
		else {
			Change
				.edited(actor.name(), "SCORECARD_CHANGED", "SCORECARD", scorecard.code(), fields(existing.get()),
						fields(scorecard))
				.ifPresent(this.events::publishEvent);
		}
		return id;
	}

	// a scorecard reports on its own council: another council's indicator would appear in
	// its cabinet report
	private void requireOwnCouncilsIndicators(Scorecard scorecard) {
		OrganisationUnit council = this.units.councilOf(scorecard.organisationUnitId());
		Map<Long, Long> councilOfUnit = new java.util.HashMap<>();
		for (Indicator indicator : this.indicators.findAllById(scorecard.indicatorIds())) {
			long of = councilOfUnit.computeIfAbsent(indicator.organisationUnitId(),
					unit -> this.units.councilOf(unit).id());
			if (of != council.id()) {
				throw new ChangeRejected(indicator.code() + " belongs to another council; a scorecard of "
						+ council.name() + " shows only " + council.name() + "'s indicators.");
			}
		}
	}

	private Fields fields(Scorecard scorecard) {
		Map<Long, String> codes = this.indicators.findAllById(scorecard.indicatorIds())
			.stream()
			.collect(Collectors.toMap(Indicator::id, Indicator::code, (a, b) -> a));
		Function<ScorecardSection, String> section = s -> s.title() + " (" + s.kind().name().toLowerCase() + "): "
				+ s.indicatorIds().stream().map(codes::get).collect(Collectors.joining(", "));
		return Fields.of("name", scorecard.name(), "organisation unit",
				this.units.findById(scorecard.organisationUnitId()).map(OrganisationUnit::code).orElse(null), "kind",
				scorecard.kind().name().toLowerCase(), "current period",
				(scorecard.currentPeriod() != null) ? scorecard.currentPeriod().label() : null, "sections",
				scorecard.sections().stream().map(section).collect(Collectors.joining("; ")));
	}

}
