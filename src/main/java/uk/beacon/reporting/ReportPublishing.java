package uk.beacon.reporting;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.Role;
import uk.beacon.changes.Change;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.Scorecards;

/**
 * The one way reports change: editing a draft's narrative and publishing. A performance
 * officer does both for the scorecards of the part of the council their role is held
 * over; each is saved and recorded in the audit trail in one transaction.
 */
@Service
@Transactional
public class ReportPublishing {

	private final ReportDrafts drafts;

	private final Narratives narratives;

	private final PublishedReports published;

	private final Scorecards scorecards;

	private final OrganisationUnits units;

	private final ApplicationEventPublisher events;

	ReportPublishing(ReportDrafts drafts, Narratives narratives, PublishedReports published, Scorecards scorecards,
			OrganisationUnits units, ApplicationEventPublisher events) {
		this.drafts = drafts;
		this.narratives = narratives;
		this.published = published;
		this.scorecards = scorecards;
		this.units = units;
		this.events = events;
	}

	/**
	 * The narrative as it is kept now, as a form carries it to say what the person saw:
	 * blank while the narrative is the one drafted from the data.
	 */
	@Transactional(readOnly = true)
	public String narrativeSeen(long scorecardId, FinancialQuarter period) {
		return this.narratives.find(scorecardId, period.key()).map(n -> PublishedReports.sha256(n.text())).orElse("");
	}

	/**
	 * What the draft holds now, as the confirmation to publish carries it: publishing is
	 * refused when the draft changed since.
	 */
	@Transactional(readOnly = true)
	public String fingerprint(CabinetReport draft) {
		return PublishedReports.fingerprint(draft);
	}

	/**
	 * Keeps an officer's narrative for the draft; a blank one puts back the narrative
	 * drafted from the data.
	 * @param seen {@link #narrativeSeen} when the person opened the narrative
	 * @return the draft with it, empty when there is no such scorecard
	 * @throws NarrativeChanged when someone else changed the narrative since: nothing is
	 * saved, and the exception carries theirs
	 */
	public Optional<CabinetReport> editNarrative(Actor actor, long scorecardId, FinancialQuarter period, String text,
			String seen) {
		Optional<Scorecard> scorecard = this.scorecards.findById(scorecardId);
		if (scorecard.isEmpty()) {
			return Optional.empty();
		}
		requireOfficer(actor, scorecard.get(), "edit the narrative of the " + scorecard.get().name() + " report");
		this.narratives.lock(scorecardId, period.key());
		CabinetReport before = this.drafts.draft(scorecardId, Optional.of(period)).orElseThrow();
		if (!narrativeSeen(scorecardId, period).equals((seen != null) ? seen : "")) {
			throw NarrativeChanged.since(this.narratives.find(scorecardId, period.key()), before.narrative());
		}
		String key = period.key();
		// a line break pasted from Word is a vertical tab; other control characters are
		// nothing a reader should see
		String cleaned = (text != null)
				? text.replace("\r\n", "\n").replace('\u000b', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", " ").strip()
				: "";
		if (cleaned.isEmpty()) {
			this.narratives.remove(scorecardId, key);
		}
		else {
			this.narratives.save(scorecardId, key, cleaned, actor.name());
		}
		CabinetReport after = this.drafts.draft(scorecardId, Optional.of(period)).orElseThrow();
		this.events.publishEvent(new Change(actor.name(), "NARRATIVE_EDITED", "REPORT_DRAFT",
				subject(scorecard.get(), period), before.narrative(), after.narrative()));
		return Optional.of(after);
	}

	/**
	 * Freezes the draft as it stands now, with its narrative, as an immutable snapshot.
	 * @param confirmed the draft's {@link #fingerprint} when the person confirmed
	 * @return the published report, empty when there is no such scorecard
	 * @throws uk.beacon.access.StaleChange when the draft changed since the person
	 * confirmed (a colleague's correction, say): nothing is published
	 */
	public Optional<PublishedReport> publish(Actor actor, long scorecardId, FinancialQuarter period, String confirmed) {
		Optional<Scorecard> scorecard = this.scorecards.findById(scorecardId);
		if (scorecard.isEmpty()) {
			return Optional.empty();
		}
		requireOfficer(actor, scorecard.get(), "publish the " + scorecard.get().name() + " report");
		// an edit of the narrative saving meanwhile is either in what is checked and
		// published, or waits until it is published
		this.narratives.lock(scorecardId, period.key());
		return this.drafts.draft(scorecardId, Optional.of(period)).map(report -> {
			if (!PublishedReports.fingerprint(report).equals(confirmed)) {
				throw new uk.beacon.access.StaleChange("The report changed after you were asked to confirm: "
						+ "nothing was published. Check it as it is now and confirm again.");
			}
			PublishedReport saved = this.published.add(scorecardId, period.key(), report, actor.name());
			this.events.publishEvent(new Change(actor.name(), "PUBLISHED", "REPORT", subject(scorecard.get(), period),
					null, saved.title() + " (report " + saved.id() + ", content hash " + saved.contentHash() + ")"));
			return saved;
		});
	}

	private void requireOfficer(Actor actor, Scorecard scorecard, String what) {
		actor.require(this.units.pathOf(scorecard.organisationUnitId()), what, Role.PERFORMANCE_OFFICER);
	}

	private static String subject(Scorecard scorecard, FinancialQuarter period) {
		return scorecard.code() + " " + period.label();
	}

}
