package uk.beacon.risk;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, tells risk owners of reviews falling due and overdue
 * ({@link RiskReviewNotices}). ShedLock makes sure only one instance sends them when
 * several serve the council.
 */
@Component
// not in the migration step, which only migrates and sets up
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty(name = "beacon.migrate-only",
		havingValue = false, matchIfMissing = true)
class RiskReviewReminders {

	private final RiskReviewNotices notices;

	RiskReviewReminders(RiskReviewNotices notices) {
		this.notices = notices;
	}

	@Scheduled(cron = "${beacon.risks.review-reminder-cron:0 15 7 * * *}", zone = "${beacon.time-zone:Europe/London}")
	@SchedulerLock(name = "risk-review-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		this.notices.sendDueAndOverdue();
	}

}
