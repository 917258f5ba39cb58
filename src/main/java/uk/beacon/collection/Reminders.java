package uk.beacon.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, in the council's time zone, puts in the outbox the reminders of figures
 * due soon and the notices of overdue ones, and tries again the requests for figures the
 * mail server would not take; {@link OwnerMailSender} sends them. ShedLock makes sure
 * only one instance runs it when several serve the council, and an e-mail already waiting
 * is not put twice.
 */
@Component
// not in the migration step, which only migrates and sets up
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty(name = "beacon.migrate-only",
		havingValue = false, matchIfMissing = true)
class Reminders {

	private final CollectionStore store;

	private final OwnerMailOutbox outbox;

	private final Clock clock;

	private final int reminderDays;

	Reminders(CollectionStore store, OwnerMailOutbox outbox, Clock clock,
			@Value("${beacon.collection.reminder-days-before:3}") int reminderDays) {
		this.store = store;
		this.outbox = outbox;
		this.clock = clock;
		this.reminderDays = reminderDays;
	}

	@Scheduled(cron = "${beacon.collection.reminder-cron:0 0 7 * * *}", zone = "${beacon.time-zone:Europe/London}")
	@SchedulerLock(name = "collection-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		queue();
	}

	/**
	 * Puts in the outbox what is due today: the request for figures of those whose owner
	 * has not had it, a reminder of those due within {@code reminder-days-before} days
	 * and a notice of those overdue, once each.
	 */
	void queue() {
		LocalDate today = LocalDate.now(this.clock);
		this.outbox.putRequestsNotYetSent(null, null);
		List<DataRequest> open = this.store.openRequestsWithOwner();
		this.outbox.put(open.stream()
			.filter(r -> !today.isBefore(r.cycle().dueDate().minusDays(this.reminderDays)))
			.filter(r -> !today.isAfter(r.cycle().dueDate()))
			.filter(r -> !this.store.notifiedAt(r.id(), "reminded_at"))
			.map(DataRequest::id)
			.toList(), MailKind.REMINDER);
		this.outbox.put(open.stream()
			.filter(r -> r.overdueOn(today))
			.filter(r -> !this.store.notifiedAt(r.id(), "overdue_notified_at"))
			.map(DataRequest::id)
			.toList(), MailKind.OVERDUE);
	}

}
