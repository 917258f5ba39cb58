package uk.beacon.collection;

import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.fail;

/**
 * Lets a test go on once the e-mails Beacon has put in the outbox are sent or have
 * failed: it sends those no worker holds, as the scheduled worker would, and waits for
 * the worker that holds the others.
 */
final class WaitingMail {

	private static final Duration AT_MOST = Duration.ofSeconds(30);

	private WaitingMail() {
	}

	static void sendAll(ApplicationContext context) {
		OwnerMailSender sender = context.getBean(OwnerMailSender.class);
		OwnerMailOutbox outbox = context.getBean(OwnerMailOutbox.class);
		Instant giveUp = Instant.now().plus(AT_MOST);
		while (Instant.now().isBefore(giveUp)) {
			sender.sendWaiting();
			if (outbox.waiting() == 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		fail(outbox.waiting() + " e-mails still waiting in the outbox after " + AT_MOST.toSeconds() + " seconds");
	}

}
