package uk.beacon.scorecard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.Audience;
import uk.beacon.access.Fingerprint;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
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

	private final List<SectionRelations> relations;

	ScorecardManagement(Scorecards scorecards, ScorecardStore store, OrganisationUnits units, Indicators indicators,
			ApplicationEventPublisher events, List<SectionRelations> relations) {
		this.relations = relations;
		this.scorecards = scorecards;
		this.store = store;
		this.units = units;
		this.indicators = indicators;
		this.events = events;
	}

	/**
	 * Adds a new scorecard, as a person does on screen: never one whose code is taken.
	 * @return its identity
	 */
	public long add(Actor actor, Scorecard scorecard) {
		actor.require(this.units.pathOf(scorecard.organisationUnitId()), "add the scorecard " + scorecard.name(),
				Role.PERFORMANCE_OFFICER);
		Optional<String> taken = this.scorecards.codeLike(scorecard.code());
		if (taken.isPresent()) {
			throw new ChangeRejected(
					"There is already a scorecard with the code " + taken.get() + ": choose another code.");
		}
		requireOwnCouncilsIndicators(scorecard);
		try {
			long id = this.store.add(scorecard);
			this.events.publishEvent(
					Change.added(actor.name(), "SCORECARD_ADDED", "SCORECARD", scorecard.code(), fields(scorecard)));
			return id;
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new ChangeRejected("Someone else added a scorecard with the code " + scorecard.code()
					+ " a moment ago: choose another code.");
		}
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

	/**
	 * Renames a scorecard and lays out its sections as the person saw it: sections added,
	 * renamed, reordered or removed, indicators placed in order (one indicator may be on
	 * several scorecards). A section with risks linked to it is not removed. Indicators
	 * the person may not see stay where they were in their sections, after the indicator
	 * they followed; a section holding one is not removed by them.
	 * @param audience who is laying it out: what they may not see they cannot have placed
	 * @param seen the {@link #fingerprint(long)} of the scorecard as the person saw it
	 * @throws StaleChange when someone else changed it since
	 */
	public void layOut(Actor actor, Audience audience, long scorecardId, String seen, String name,
			List<SectionLayout> laidOut) {
		Scorecard before = this.scorecards.findById(scorecardId)
			.orElseThrow(() -> new ChangeRejected("There is no such scorecard."));
		actor.require(this.units.pathOf(before.organisationUnitId()), "change the scorecard " + before.name(),
				Role.PERFORMANCE_OFFICER);
		this.store.lock(scorecardId);
		if (!fingerprint(scorecardId).equals(seen)) {
			throw new StaleChange("Someone else changed the scorecard " + before.name()
					+ " since you opened it. Nothing was saved: reload the page to see their change, then try again.");
		}
		List<SectionLayout> sections = withUnseen(before, audience, laidOut);
		if (sections.stream().map(s -> s.title().toLowerCase(java.util.Locale.UK)).distinct().count() != sections
			.size()) {
			throw new ChangeRejected("Two sections have the same title; give each its own.");
		}
		List<Long> ids = this.scorecards.sectionIds(scorecardId);
		if (sections.stream()
			.map(SectionLayout::sectionId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.count() != sections.stream().filter(s -> s.sectionId() != null).count()) {
			throw new ChangeRejected("The page gives a section twice: open the layout again and use its form.");
		}
		for (SectionLayout section : sections) {
			if (section.sectionId() != null && !ids.contains(section.sectionId())) {
				throw new ChangeRejected("A section on the page is not on " + before.name() + ".");
			}
		}
		for (int i = 0; i < ids.size(); i++) {
			long id = ids.get(i);
			String title = before.sections().get(i).title();
			if (sections.stream().noneMatch(s -> java.util.Objects.equals(s.sectionId(), id))
					&& this.relations.stream().anyMatch(r -> r.holdsLinks(id, before.code(), title))) {
				throw new ChangeRejected("The section \"" + title + "\" has risks linked to it (some perhaps "
						+ "restricted), so it is kept: unlink them first (on each risk's page), or keep the section.");
			}
		}
		Scorecard after = new Scorecard(before.id(), before.code(), name, before.organisationUnitId(), before.kind(),
				before.currentPeriod(),
				sections.stream().map(s -> new ScorecardSection(s.title(), s.kind(), s.indicatorIds())).toList());
		requireOwnCouncilsIndicators(after);
		try {
			this.store.saveLayout(scorecardId, name, sections);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new ChangeRejected("The layout could not be saved as it stands: a section to be removed still "
					+ "has something linked to it. Keep the section, or unlink what is linked first.");
		}
		Change.edited(actor.name(), "SCORECARD_CHANGED", "SCORECARD", before.code(), fields(before), fields(after))
			.ifPresent(this.events::publishEvent);
	}

	/**
	 * The sections as laid out, each kept section still holding the indicators the person
	 * may not see, each after the indicator it followed (first when it led, last when
	 * that one was taken out).
	 * @throws ChangeRejected when a section to be removed holds one
	 */
	private List<SectionLayout> withUnseen(Scorecard before, Audience audience, List<SectionLayout> laidOut) {
		java.util.Set<Long> unseen = new java.util.HashSet<>();
		this.indicators.findAllById(before.indicatorIds())
			.stream()
			.filter(i -> !i.isPublic() && !audience.seesRestricted(i.organisationUnitId()))
			.forEach(i -> unseen.add(i.id()));
		if (unseen.isEmpty()) {
			return laidOut;
		}
		List<Long> ids = this.scorecards.sectionIds(before.id());
		Map<Long, List<Long>> held = new java.util.HashMap<>();
		for (int i = 0; i < ids.size() && i < before.sections().size(); i++) {
			held.put(ids.get(i), before.sections().get(i).indicatorIds());
		}
		for (Map.Entry<Long, List<Long>> section : held.entrySet()) {
			boolean kept = laidOut.stream().anyMatch(s -> section.getKey().equals(s.sectionId()));
			if (!kept && section.getValue().stream().anyMatch(unseen::contains)) {
				throw new ChangeRejected("A section you are removing holds indicators not for publication that you "
						+ "may not see; ask a restricted reader to move them, or keep the section.");
			}
		}
		return laidOut.stream().map(s -> {
			List<Long> was = (s.sectionId() != null) ? held.getOrDefault(s.sectionId(), List.of()) : List.of();
			if (was.stream().noneMatch(unseen::contains)) {
				return s;
			}
			// each unseen indicator goes back after the one it followed
			Map<Long, List<Long>> after = new java.util.LinkedHashMap<>();
			Long anchor = null;
			for (Long indicator : was) {
				if (unseen.contains(indicator)) {
					after.computeIfAbsent(anchor, a -> new java.util.ArrayList<>()).add(indicator);
				}
				else {
					anchor = indicator;
				}
			}
			List<Long> placed = new java.util.ArrayList<>(after.getOrDefault(null, List.of()));
			for (Long indicator : s.indicatorIds()) {
				if (!unseen.contains(indicator)) {
					placed.add(indicator);
					placed.addAll(after.getOrDefault(indicator, List.of()));
				}
			}
			after.forEach((a, hidden) -> hidden.stream().filter(h -> !placed.contains(h)).forEach(placed::add));
			return new SectionLayout(s.sectionId(), s.title(), s.kind(), placed);
		}).toList();
	}

	/**
	 * A digest of the scorecard's name and layout as they are, sections by identity, so
	 * that a page changing it can tell whether someone else did since it was opened.
	 */
	@Transactional(readOnly = true)
	public String fingerprint(long scorecardId) {
		Scorecard scorecard = this.scorecards.findById(scorecardId).orElseThrow();
		return Fingerprint
			.of(scorecard.name() + "\n" + this.scorecards.sectionIds(scorecardId) + "\n" + scorecard.sections());
	}

	/** Refuses, saying why, unless the person may lay out the scorecard. */
	public void requireMayLayOut(Actor actor, Scorecard scorecard) {
		actor.require(this.units.pathOf(scorecard.organisationUnitId()), "change the scorecard " + scorecard.name(),
				Role.PERFORMANCE_OFFICER);
	}

	/** Whether the person may lay out the scorecard. */
	public boolean mayLayOut(Actor actor, Scorecard scorecard) {
		return actor.holds(this.units.pathOf(scorecard.organisationUnitId()), Role.PERFORMANCE_OFFICER);
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
