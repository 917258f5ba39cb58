package uk.beacon.reporting;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.access.ChangeRejected;
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

	/** The longest reason kept for publishing a quarter again. */
	public static final int MAX_REASON = 2000;

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
	 * Freezes the draft as it stands now, with its narrative, as the quarter's first
	 * version.
	 * @see #publish(Actor, Publication)
	 */
	public Optional<PublishedReport> publish(Actor actor, long scorecardId, FinancialQuarter period, String confirmed) {
		return publish(actor, new Publication(scorecardId, period, confirmed, 0, null));
	}

	/**
	 * What a person confirmed publishing.
	 *
	 * @param scorecardId the scorecard reported on
	 * @param period the quarter
	 * @param confirmed the draft's {@link #fingerprint} when the person confirmed
	 * @param seenVersion the quarter's latest version when the person confirmed
	 * ({@link #latestVersion}), 0 when it had none
	 * @param reason why the quarter is published again; ignored for the first version
	 */
	public record Publication(long scorecardId, FinancialQuarter period, String confirmed, int seenVersion,
			String reason) {

		public Publication {
			java.util.Objects.requireNonNull(period, "period must not be null");
		}

	}

	/**
	 * Freezes the draft as it stands now, with its narrative, as an immutable snapshot:
	 * the quarter's version 1, or, when the quarter was published before, its next
	 * version, which needs the reason. Every earlier version is kept as it was.
	 * @return the published report, empty when there is no such scorecard
	 * @throws uk.beacon.access.StaleChange when the draft changed since the person
	 * confirmed (a colleague's correction, say), or a colleague published the quarter
	 * since: nothing is published
	 * @throws ChangeRejected when the quarter was published before and no reason is
	 * given, or one longer than 2,000 characters
	 */
	public Optional<PublishedReport> publish(Actor actor, Publication publication) {
		long scorecardId = publication.scorecardId();
		FinancialQuarter period = publication.period();
		Optional<Scorecard> scorecard = this.scorecards.findById(scorecardId);
		if (scorecard.isEmpty()) {
			return Optional.empty();
		}
		requireOfficer(actor, scorecard.get(), "publish the " + scorecard.get().name() + " report");
		// an edit of the narrative saving meanwhile is either in what is checked and
		// published, or waits until it is published; so does another publication
		this.narratives.lock(scorecardId, period.key());
		Optional<PublishedReport> last = this.published.latest(scorecardId, period.key());
		if (last.isPresent() && last.get().version() != publication.seenVersion()) {
			throw new uk.beacon.access.StaleChange(
					last.get().publishedBy() + " published " + period.label() + " as version " + last.get().version()
							+ " after you were asked to confirm: nothing was published. "
							+ "Read that version, and publish again only if the report still needs it.");
		}
		String why = last.isPresent() ? reasonFor(last.get(), publication.reason()) : null;
		return this.drafts.draft(scorecardId, Optional.of(period)).map(report -> {
			if (!PublishedReports.fingerprint(report).equals(publication.confirmed())) {
				throw new uk.beacon.access.StaleChange("The report changed after you were asked to confirm: "
						+ "nothing was published. Check it as it is now and confirm again.");
			}
			PublishedReport saved = this.published.add(scorecardId, period.key(), report, actor.name(), why);
			this.events.publishEvent(new Change(actor.name(), "PUBLISHED", "REPORT", subject(scorecard.get(), period),
					last.map(ReportPublishing::described).orElse(null), described(saved), why));
			return saved;
		});
	}

	/**
	 * Which versions the person saw when confirming: publishing is refused when another
	 * was published since, so that two officers publishing at once make one version each
	 * knowingly.
	 * @return the number of the quarter's latest version, 0 when never published
	 */
	@Transactional(readOnly = true)
	public int latestVersion(long scorecardId, FinancialQuarter period) {
		return this.published.latest(scorecardId, period.key()).map(PublishedReport::version).orElse(0);
	}

	private static String reasonFor(PublishedReport last, String reason) {
		String cleaned = (reason != null) ? reason.replaceAll("[\\p{Cc}&&[^\\n\\t]]", " ").strip() : "";
		if (cleaned.isEmpty()) {
			throw new ChangeRejected(
					"Say why the report is published again: " + uk.beacon.period.Periods.fromKey(last.period()).label()
							+ " was published as version " + last.version()
							+ ", which is kept; the reason is printed on " + "version " + (last.version() + 1) + ".");
		}
		if (cleaned.length() > MAX_REASON) {
			throw new ChangeRejected("The reason must be 2,000 characters or fewer; it has "
					+ String.format(java.util.Locale.UK, "%,d", cleaned.length()) + ".");
		}
		return cleaned;
	}

	private static String described(PublishedReport report) {
		return report.title() + ", version " + report.version() + " (report " + report.id() + ", content hash "
				+ report.contentHash() + ")";
	}

	private void requireOfficer(Actor actor, Scorecard scorecard, String what) {
		actor.require(this.units.pathOf(scorecard.organisationUnitId()), what, Role.PERFORMANCE_OFFICER);
	}

	private static String subject(Scorecard scorecard, FinancialQuarter period) {
		return scorecard.code() + " " + period.label();
	}

}
