package uk.beacon.collection;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds, the e-mails waiting in the outbox are sent
 * ({@link OwnerMailSender}). Not in the migration step, which runs with the database
 * owner's credentials and only migrates and sets up.
 */
@Component
@ConditionalOnBooleanProperty(name = "beacon.migrate-only", havingValue = false, matchIfMissing = true)
class OwnerMailSchedule {

	private final OwnerMailSender sender;

	OwnerMailSchedule(OwnerMailSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${beacon.mail.outbox-interval:5s}",
			initialDelayString = "${beacon.mail.outbox-interval:5s}")
	void sendWaiting() {
		this.sender.sendWaitingNow();
	}

}
