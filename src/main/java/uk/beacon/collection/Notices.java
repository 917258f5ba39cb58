package uk.beacon.collection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.beacon.mail.MailFailure;

/**
 * The e-mails of the collection: the request when a cycle opens (or an owner is named), a
 * reminder before the deadline, a notice when overdue, and word when figures are
 * returned. One e-mail per owner and kind lists all their requests. What happened to each
 * e-mail is recorded on its requests, so that the quarter's page shows one the mail
 * server would not take, and why; the performance team can send it again from there. A
 * request is marked as notified only once its e-mail has been accepted by the mail
 * server, so the daily run also tries a failed request, reminder or notice again.
 */
@Component
class Notices {

	private static final Logger log = LoggerFactory.getLogger(Notices.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	private final JavaMailSender mail;

	private final CollectionStore store;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	private final int reminderDays;

	Notices(JavaMailSender mail, CollectionStore store, PlatformTransactionManager transactions, Clock clock,
			@Value("${beacon.mail.from}") String from, @Value("${beacon.base-url}") String baseUrl,
			@Value("${beacon.collection.reminder-days-before:3}") int reminderDays) {
		this.mail = mail;
		this.store = store;
		// e-mails go after the change has committed: their outcome is recorded on its own
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.replaceAll("/$", "");
		this.reminderDays = reminderDays;
	}

	/**
	 * Runs the work once the current transaction has committed, or now if there is none.
	 */
	void afterCommit(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					work.run();
				}
			});
		}
		else {
			work.run();
		}
	}

	/** Sends each owner the requests they have not been told about. */
	void sendRequests(List<DataRequest> requests) {
		byOwner(requests).forEach(this::sendRequests);
	}

	List<DataRequest> unnotifiedRequests() {
		return this.store.unnotified();
	}

	/** Daily: reminders before the deadline and notices once it has passed. */
	void sendRemindersAndOverdueNotices() {
		LocalDate today = LocalDate.now(this.clock);
		List<DataRequest> open = this.store.openRequestsWithOwner();
		List<DataRequest> overdue = open.stream()
			.filter(r -> today.isAfter(r.cycle().dueDate()))
			.filter(r -> !notified(r.id(), "overdue_notified_at"))
			.toList();
		List<DataRequest> dueSoon = open.stream()
			.filter(r -> !today.isAfter(r.cycle().dueDate()))
			.filter(r -> !today.isBefore(r.cycle().dueDate().minusDays(this.reminderDays)))
			.filter(r -> !notified(r.id(), "reminded_at"))
			.toList();
		byOwner(dueSoon).forEach(this::sendReminder);
		byOwner(overdue).forEach(this::sendOverdueNotice);
	}

	OwnerMail sendReturned(DataRequest request, String approver, String reason) {
		if (request.ownerEmail() == null) {
			return null;
		}
		return send(request.ownerEmail(), "Beacon: figures returned for " + request.subject(),
				approver + " has returned your figures for " + request.indicator().title() + " ("
						+ request.dataPeriod().label() + ") with this reason:\n\n    " + reason
						+ "\n\nPlease correct them and submit them again:\n" + link(request) + "\n",
				List.of(request), MailKind.RETURNED);
	}

	/**
	 * Sends again the e-mail about this request that the mail server did not take,
	 * together with the owner's other requests of the quarter whose same e-mail failed. A
	 * reminder that failed goes as the overdue notice once the due date has passed.
	 */
	OwnerMail sendAgain(DataRequest request) {
		MailKind kind = request.lastMail().kind();
		if (kind == MailKind.RETURNED) {
			return sendReturned(request, request.decidedBy(), request.returnReason());
		}
		List<DataRequest> failed = this.store.requestsOfCycle(request.cycle().id())
			.stream()
			.filter(r -> r.id() == request.id() || (request.ownerEmail().equals(r.ownerEmail()) && r.mailToSendAgain()
					&& r.lastMail().kind() == kind))
			.toList();
		if (kind == MailKind.REQUEST) {
			return sendRequests(request.ownerEmail(), failed);
		}
		return LocalDate.now(this.clock).isAfter(request.cycle().dueDate())
				? sendOverdueNotice(request.ownerEmail(), failed) : sendReminder(request.ownerEmail(), failed);
	}

	private OwnerMail sendRequests(String owner, List<DataRequest> requests) {
		DataRequest first = requests.get(0);
		String subject = "Beacon: figures needed for " + first.cycle().period().label() + " by "
				+ first.cycle().dueDate().format(DAY);
		String body = "The " + first.cycle().period().label() + " performance data collection for "
				+ first.cycle().councilName() + " is open. Please enter the figures and commentary for these "
				+ "indicators by " + first.cycle().dueDate().format(DAY) + ":\n\n" + list(requests)
				+ "\nWhere a figure is red against its target, all three parts of the commentary are needed.\n";
		return send(owner, subject, body, requests, MailKind.REQUEST);
	}

	private OwnerMail sendReminder(String owner, List<DataRequest> requests) {
		DataRequest first = requests.get(0);
		return send(owner, "Beacon reminder: figures due " + first.cycle().dueDate().format(DAY),
				"A reminder that these figures for " + first.cycle().period().label() + " are due by "
						+ first.cycle().dueDate().format(DAY) + " and have not been submitted yet:\n\n"
						+ list(requests),
				requests, MailKind.REMINDER);
	}

	private OwnerMail sendOverdueNotice(String owner, List<DataRequest> requests) {
		DataRequest first = requests.get(0);
		return send(owner, "Beacon: figures overdue for " + first.cycle().period().label(),
				"These figures for " + first.cycle().period().label() + " were due by "
						+ first.cycle().dueDate().format(DAY)
						+ " and have not been submitted. Please enter them as soon as you can, or tell the "
						+ "performance team why they are late:\n\n" + list(requests),
				requests, MailKind.OVERDUE);
	}

	private boolean notified(long requestId, String column) {
		return this.store.notifiedAt(requestId, column);
	}

	/**
	 * Sends one e-mail and records on its requests what happened to it.
	 * @return what happened
	 */
	private OwnerMail send(String to, String subject, String body, List<DataRequest> requests, MailKind kind) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body + "\nBeacon, performance and risk management\n");
		String failure = null;
		try {
			this.mail.send(message);
		}
		catch (MailException ex) {
			failure = MailFailure.reason(ex);
			log.warn("Could not send \"{}\" to {}; the quarter's page shows it ({}): {}", subject, to, failure,
					ex.getMessage());
		}
		Set<Long> ids = requests.stream().map(DataRequest::id).collect(Collectors.toSet());
		String outcome = failure;
		this.ownTransaction.executeWithoutResult(s -> this.store.recordMail(ids, kind, outcome, notifiedColumn(kind)));
		return new OwnerMail(kind, Instant.now(this.clock), failure);
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

	private String list(List<DataRequest> requests) {
		StringBuilder text = new StringBuilder();
		for (DataRequest request : requests) {
			text.append("  - ")
				.append(request.indicator().code())
				.append(" ")
				.append(request.indicator().title())
				.append(", ")
				.append(request.dataPeriod().label())
				.append(request.state() == RequestState.RETURNED ? " (returned to you)" : "")
				.append("\n    ")
				.append(link(request))
				.append("\n");
		}
		return text.toString();
	}

	private String link(DataRequest request) {
		return this.baseUrl + "/collection/requests/" + request.id();
	}

	private static Map<String, List<DataRequest>> byOwner(List<DataRequest> requests) {
		return requests.stream()
			.filter(r -> r.ownerEmail() != null)
			.collect(Collectors.groupingBy(DataRequest::ownerEmail, LinkedHashMap::new, Collectors.toList()));
	}

}
