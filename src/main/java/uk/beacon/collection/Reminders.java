package uk.beacon.collection;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, reminds owners of figures due soon and tells them of overdue ones.
 * ShedLock makes sure only one instance sends them when several serve the council.
 */
@Component
class Reminders {

	private final Notices notices;

	Reminders(Notices notices) {
		this.notices = notices;
	}

	@Scheduled(cron = "${beacon.collection.reminder-cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "collection-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		this.notices.sendRequests(this.notices.unnotifiedRequests());
		this.notices.sendRemindersAndOverdueNotices();
	}

}
