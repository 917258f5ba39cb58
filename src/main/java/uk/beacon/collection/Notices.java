package uk.beacon.collection;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import uk.beacon.mail.MailFailure;

/**
 * The e-mails of the collection: the request when a cycle opens (or an owner is named), a
 * reminder before the deadline, a notice when overdue, and word when figures are
 * returned. One e-mail per owner and kind lists all their requests. Nothing here waits in
 * a page's request: the e-mails wait in the {@link OwnerMailOutbox} and
 * {@link OwnerMailSender} sends them with this, recording on the requests what happened,
 * so that the quarter's page shows one the mail server would not take, and why.
 */
@Component
class Notices {

	private static final Logger log = LoggerFactory.getLogger(Notices.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	private final JavaMailSender mail;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	Notices(JavaMailSender mail, Clock clock, @Value("${beacon.mail.from}") String from,
			@Value("${beacon.base-url}") String baseUrl) {
		this.mail = mail;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.replaceAll("/$", "");
	}

	/**
	 * Sends the owner one e-mail of this kind about these requests.
	 * @return what happened
	 */
	OwnerMail send(String owner, MailKind kind, List<DataRequest> requests) {
		return switch (kind) {
			case REQUEST -> sendRequests(owner, requests);
			case REMINDER -> sendReminder(owner, requests);
			case OVERDUE -> sendOverdueNotice(owner, requests);
			case RETURNED -> sendReturned(owner, requests.get(0));
		};
	}

	private OwnerMail sendReturned(String owner, DataRequest request) {
		return send(owner, "Beacon: figures returned for " + request.subject(),
				request.decidedBy() + " has returned your figures for " + request.indicator().title() + " ("
						+ request.dataPeriod().label() + ") with this reason:\n\n    " + request.returnReason()
						+ "\n\nPlease correct them and submit them again:\n" + link(request) + "\n",
				MailKind.RETURNED);
	}

	private OwnerMail sendRequests(String owner, List<DataRequest> requests) {
		DataRequest first = requests.get(0);
		String subject = "Beacon: figures needed for " + first.cycle().period().label() + " by "
				+ first.cycle().dueDate().format(DAY);
		String body = "The " + first.cycle().period().label() + " performance data collection for "
				+ first.cycle().councilName() + " is open. Please enter the figures and commentary for these "
				+ "indicators by " + first.cycle().dueDate().format(DAY) + ":\n\n" + list(requests)
				+ "\nWhere a figure is red against its target, all three parts of the commentary are needed.\n";
		return send(owner, subject, body, MailKind.REQUEST);
	}

	private OwnerMail sendReminder(String owner, List<DataRequest> requests) {
		DataRequest first = requests.get(0);
		return send(owner, "Beacon reminder: figures due " + first.cycle().dueDate().format(DAY),
				"A reminder that these figures for " + first.cycle().period().label() + " are due by "
						+ first.cycle().dueDate().format(DAY) + " and have not been submitted yet:\n\n"
						+ list(requests),
				MailKind.REMINDER);
	}

	private OwnerMail sendOverdueNotice(String owner, List<DataRequest> requests) {
		DataRequest first = requests.get(0);
		return send(owner, "Beacon: figures overdue for " + first.cycle().period().label(),
				"These figures for " + first.cycle().period().label() + " were due by "
						+ first.cycle().dueDate().format(DAY)
						+ " and have not been submitted. Please enter them as soon as you can, or tell the "
						+ "performance team why they are late:\n\n" + list(requests),
				MailKind.OVERDUE);
	}

	/**
	 * Hands one e-mail to the mail server.
	 * @return what happened
	 */
	private OwnerMail send(String to, String subject, String body, MailKind kind) {
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
		return new OwnerMail(kind, Instant.now(this.clock), failure);
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

}
