package uk.beacon.collection;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.beacon.collection.OwnerMailOutbox.Taken;

/**
 * Sends the e-mails waiting in the {@link OwnerMailOutbox}, every few seconds on every
 * instance ({@code beacon.mail.outbox-interval}, 5 seconds unless set). Each e-mail is
 * taken, sent and recorded in one transaction that holds its outbox rows locked: another
 * worker skips them, so each e-mail goes once however many instances run, and one that
 * another worker sent meanwhile, or that is no longer due, is not sent again. An instance
 * that stops after the mail server took an e-mail but before recording it sends it again,
 * once, after its transaction has been rolled back.
 */
@Component
class OwnerMailSender {

	private static final Logger log = LoggerFactory.getLogger(OwnerMailSender.class);

	private final OwnerMailOutbox outbox;

	private final CollectionStore store;

	private final Notices notices;

	private final TransactionTemplate transaction;

	OwnerMailSender(OwnerMailOutbox outbox, CollectionStore store, Notices notices,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.store = store;
		this.notices = notices;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Sends what is waiting. While the database is down the e-mails wait with it, and the
	 * log says so in one line rather than a stack trace each time.
	 */
	void sendWaitingNow() {
		try {
			sendWaiting();
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("The e-mails waiting in the outbox stay there until the database answers: {}",
					ex.getMostSpecificCause().getMessage());
		}
	}

	/**
	 * Sends every e-mail waiting that no other worker holds, one owner and kind at a
	 * time.
	 * @return how many e-mails the mail server was given, taken or not
	 */
	int sendWaiting() {
		int sent = 0;
		while (true) {
			Optional<Integer> mails = this.transaction.execute(status -> this.outbox.takeNext().map(this::send));
			if (mails == null || mails.isEmpty()) {
				return sent;
			}
			sent += mails.get();
		}
	}

	/**
	 * Sends again an e-mail the mail server did not take, together with the owner's other
	 * requests whose same e-mail failed, now rather than in a few seconds, so that the
	 * page can say whether it went. A reminder that failed goes as the overdue notice
	 * once the due date has passed.
	 */
	void sendAgain(DataRequest request, boolean overdue) {
		MailKind kind = request.lastMail().kind();
		if (kind == MailKind.REMINDER && overdue) {
			kind = MailKind.OVERDUE;
		}
		MailKind failedKind = request.lastMail().kind();
		Set<Long> ids = (kind == MailKind.RETURNED) ? Set.of(request.id())
				: Set.copyOf(this.store.requestsOfCycle(request.cycle().id())
					.stream()
					.filter(r -> r.id() == request.id() || (request.ownerEmail().equals(r.ownerEmail())
							&& r.mailToSendAgain() && r.lastMail().kind() == failedKind))
					.map(DataRequest::id)
					.toList());
		MailKind sending = kind;
		this.transaction.executeWithoutResult(status -> {
			this.outbox.put(ids, sending);
			this.outbox.take(ids, sending).ifPresent(this::send);
		});
	}

	/**
	 * Sends one e-mail for the rows taken, about the requests to which it is still due,
	 * records what happened on them, and removes the rows.
	 * @return 1 when the mail server was given the e-mail, 0 when none was due
	 */
	private int send(Taken taken) {
		List<Long> due = taken.rows().isEmpty() ? List.of()
				: this.outbox.stillDue(taken.requestIds(), taken.owner(), taken.kind());
		int sent = 0;
		if (!due.isEmpty()) {
			OwnerMail mail = this.notices.send(taken.owner(), taken.kind(), this.store.requests(due));
			this.outbox.recordMail(due, taken.owner(), taken.kind(), mail.failure(), notifiedColumn(taken.kind()));
			sent = 1;
		}
		this.outbox.remove(taken);
		return sent;
	}

	/** The column that says the owner has had this kind of e-mail, if one does. */
	private static String notifiedColumn(MailKind kind) {
		return switch (kind) {
			case REQUEST -> "notified_at";
			case REMINDER -> "reminded_at";
			case OVERDUE -> "overdue_notified_at";
			case RETURNED -> null;
		};
	}

}
