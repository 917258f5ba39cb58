package uk.beacon.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import uk.beacon.access.ChangeRejected;
import uk.beacon.access.NotPermitted;
import uk.beacon.identity.CurrentViewer;
import uk.beacon.indicator.Indicators;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.risk.RiskDetail;
import uk.beacon.risk.RiskLinkTarget;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.RiskViews;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.Scorecards;

/**
 * A risk as the pages and the API that change it find it: only once the person may change
 * it and see all of it, and what it may be linked to. One place, so that a page and the
 * API refuse the same things in the same words.
 */
@Component
class ChangeableRisks {

	private final RiskViews views;

	private final RiskManagement management;

	private final CurrentViewer viewer;

	private final Indicators indicators;

	private final Scorecards scorecards;

	private final OrganisationUnits units;

	ChangeableRisks(RiskViews views, RiskManagement management, CurrentViewer viewer, Indicators indicators,
			Scorecards scorecards, OrganisationUnits units) {
		this.views = views;
		this.management = management;
		this.viewer = viewer;
		this.indicators = indicators;
		this.scorecards = scorecards;
		this.units = units;
	}

	/**
	 * An objective a risk may be linked to: a section of one of its council's scorecards.
	 */
	record Objective(long sectionId, String name) {
	}

	/**
	 * The risk, once the person may change it and see all of it: a risk with parts kept
	 * from the public is changed only by someone who may see them.
	 * @param verb the change in a word, "review" or "change"
	 */
	RiskDetail find(String reference, String verb) {
		RiskDetail detail = this.views.risk(reference, this.viewer.audience())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no risk " + reference));
		this.management.requireMayChange(this.viewer.actor(), new RiskReference(reference), verb + " " + reference);
		var risk = detail.summary().risk();
		if (!detail.seesRestricted() && (risk.restricted() || !risk.restrictedFields().isEmpty())) {
			throw new NotPermitted("You cannot " + verb + " " + reference + ": parts of it are not for publication, so "
					+ (verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb)
					+ "ing it also needs the restricted reader's permission for its part of the council.");
		}
		if (risk.isMerged()) {
			throw new ChangeRejected(reference + " has been merged into another risk and cannot be changed.");
		}
		return detail;
	}

	/**
	 * What a link names: an indicator the person may see by its code, or one of the
	 * council's objectives.
	 */
	RiskLinkTarget target(RiskDetail detail, Optional<String> indicator, Optional<Long> section, String note) {
		Optional<String> code = indicator.filter(c -> !c.isBlank()).map(String::trim);
		if (code.isPresent() == section.isPresent()) {
			throw new ChangeRejected("Give either an indicator's code or an objective, not both or neither.");
		}
		if (code.isPresent()) {
			var found = this.indicators.findByCode(code.get())
				.filter(i -> i.isPublic() || this.viewer.audience().seesRestricted(i.organisationUnitId()))
				.orElseThrow(() -> new ChangeRejected("No indicator has the code " + code.get() + "."));
			return new RiskLinkTarget.Indicator(found.id(), found.code(), note);
		}
		Objective objective = objectives(detail).stream()
			.filter(o -> o.sectionId() == section.get())
			.findFirst()
			.orElseThrow(() -> new ChangeRejected("Choose one of the council's objectives."));
		return new RiskLinkTarget.Objective(objective.sectionId(), objective.name(), note);
	}

	/** The sections of the scorecards of the risk's council. */
	List<Objective> objectives(RiskDetail detail) {
		long council = this.units.councilOf(detail.summary().register().organisationUnitId()).id();
		List<Objective> objectives = new ArrayList<>();
		for (Scorecard scorecard : this.scorecards.findAll()) {
			if (this.units.councilOf(scorecard.organisationUnitId()).id() != council) {
				continue;
			}
			for (ScorecardSection section : scorecard.sections()) {
				this.scorecards.sectionId(scorecard.code(), section.title())
					.ifPresent(id -> objectives.add(new Objective(id, scorecard.name() + ": " + section.title())));
			}
		}
		return objectives;
	}

}
