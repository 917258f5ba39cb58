package uk.beacon.reporting;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.period.FinancialQuarter;

/**
 * The changes officers make to reports: editing a draft's narrative and publishing. Each
 * is saved and announced for the audit trail in one transaction.
 */
@Service
@Transactional
public class ReportPublishing {

	private final ReportDrafts drafts;

	private final Narratives narratives;

	private final PublishedReports published;

	private final ApplicationEventPublisher events;

	ReportPublishing(ReportDrafts drafts, Narratives narratives, PublishedReports published,
			ApplicationEventPublisher events) {
		this.drafts = drafts;
		this.narratives = narratives;
		this.published = published;
		this.events = events;
	}

	/**
	 * Keeps an officer's narrative for the draft; a blank one puts back the narrative
	 * drafted from the data.
	 * @return the draft with it, empty when there is no such scorecard
	 */
	public Optional<CabinetReport> editNarrative(long scorecardId, FinancialQuarter period, String text, String actor) {
		Optional<CabinetReport> before = this.drafts.draft(scorecardId, Optional.of(period));
		if (before.isEmpty()) {
			return before;
		}
		String key = period.key();
		String cleaned = (text != null) ? text.strip().replace("\r\n", "\n") : "";
		if (cleaned.isEmpty()) {
			this.narratives.remove(scorecardId, key);
		}
		else {
			this.narratives.save(scorecardId, key, cleaned, actor);
		}
		CabinetReport after = this.drafts.draft(scorecardId, Optional.of(period)).orElseThrow();
		this.events.publishEvent(new ReportEvents.NarrativeEdited(after.scorecardName(), after.period(),
				before.get().narrative(), after.narrative(), actor));
		return Optional.of(after);
	}

	/**
	 * Freezes the draft as it stands now, with its narrative, as an immutable snapshot.
	 * @return the published report, empty when there is no such scorecard
	 */
	public Optional<PublishedReport> publish(long scorecardId, FinancialQuarter period, String actor) {
		return this.drafts.draft(scorecardId, Optional.of(period)).map(report -> {
			PublishedReport saved = this.published.add(scorecardId, period.key(), report, actor);
			this.events
				.publishEvent(new ReportEvents.ReportPublished(saved.id(), saved.title(), saved.contentHash(), actor));
			return saved;
		});
	}

}
