package uk.beacon.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import uk.beacon.access.Audience;
import uk.beacon.mail.MailFailure;

/**
 * Every morning, tells risk owners whose review falls due within the week and, once the
 * review date has passed without one, that it is overdue: one e-mail an owner of each
 * kind, listing their risks, once for each review date (a new review sets the next date,
 * and the next e-mails are about that). An e-mail the mail server would not take is tried
 * again the next morning; the risk's page shows what happened to the last one.
 */
@Component
class RiskReviewNotices {

	private static final Logger log = LoggerFactory.getLogger(RiskReviewNotices.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final RiskViews views;

	private final RiskReviewMails mails;

	private final RiskManagement management;

	private final JavaMailSender sender;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	private final int daysBefore;

	RiskReviewNotices(RiskViews views, RiskReviewMails mails, RiskManagement management, JavaMailSender sender,
			Clock clock, @Value("${beacon.mail.from}") String from, @Value("${beacon.base-url}") String baseUrl,
			@Value("${beacon.risks.review-reminder-days-before:7}") int daysBefore) {
		this.views = views;
		this.mails = mails;
		this.management = management;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.replaceAll("/$", "");
		this.daysBefore = daysBefore;
	}

	/** The morning's e-mails: {@link RiskReviewReminders} runs it once a day. */
	void sendDueAndOverdue() {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, List<RiskSummary>> due = new LinkedHashMap<>();
		Map<String, List<RiskSummary>> overdue = new LinkedHashMap<>();
		for (RiskSummary summary : this.views.register(new RiskFilter(null, null, null, null, null),
				Audience.everywhere())) {
			Risk risk = summary.risk();
			LocalDate review = summary.nextReview();
			if (risk.status() != RiskStatus.OPEN || risk.ownerEmail() == null || review == null) {
				continue;
			}
			String owner = risk.ownerEmail().toLowerCase(Locale.ROOT);
			if (today.isAfter(review)) {
				if (!this.mails.sent(risk.id(), RiskReviewMail.Kind.OVERDUE, review)) {
					overdue.computeIfAbsent(owner, o -> new ArrayList<>()).add(summary);
				}
			}
			else if (!today.isBefore(review.minusDays(this.daysBefore))
					&& !this.mails.sent(risk.id(), RiskReviewMail.Kind.DUE, review)) {
				due.computeIfAbsent(owner, o -> new ArrayList<>()).add(summary);
			}
		}
		due.values().forEach(risks -> sendEach(RiskReviewMail.Kind.DUE, risks));
		overdue.values().forEach(risks -> sendEach(RiskReviewMail.Kind.OVERDUE, risks));
	}

	/** One owner's e-mail: a failure with it leaves the other owners' to go. */
	private void sendEach(RiskReviewMail.Kind kind, List<RiskSummary> risks) {
		try {
			send(kind, risks);
		}
		catch (RuntimeException ex) {
			log.error("Could not record the risk review e-mail to {}; it is tried again tomorrow",
					risks.get(0).risk().ownerEmail(), ex);
		}
	}

	private void send(RiskReviewMail.Kind kind, List<RiskSummary> risks) {
		String to = risks.get(0).risk().ownerEmail();
		StringBuilder list = new StringBuilder();
		for (RiskSummary summary : risks) {
			// an e-mail may be read by others than the owner: a restricted risk is named
			// by its reference only
			list.append("- ")
				.append(summary.risk().reference())
				.append(' ')
				.append(summary.risk().restricted() ? "(a restricted risk: open Beacon to see it)"
						: summary.risk().title())
				.append(": review ")
				.append((kind == RiskReviewMail.Kind.DUE) ? "due by " : "was due by ")
				.append(summary.nextReview().format(DAY))
				.append("\n  ")
				.append(this.baseUrl)
				.append("/risks/")
				.append(summary.risk().reference())
				.append("/review\n");
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		if (kind == RiskReviewMail.Kind.DUE) {
			message
				.setSubject((risks.size() == 1) ? "Beacon: a risk review falls due" : "Beacon: risk reviews fall due");
			message.setText("These risks you own are due for their review. Please rescore each, say what the "
					+ "review found, and update its controls and actions:\n\n" + list
					+ "\nBeacon, performance and risk management\n");
		}
		else {
			message.setSubject(
					(risks.size() == 1) ? "Beacon: a risk review is overdue" : "Beacon: risk reviews are overdue");
			message.setText("The review of these risks you own is overdue. Please review them as soon as you can, "
					+ "or tell the risk manager why not:\n\n" + list + "\nBeacon, performance and risk management\n");
		}
		String failure = null;
		try {
			this.sender.send(message);
		}
		catch (MailException ex) {
			failure = MailFailure.reason(ex);
			log.warn("Could not send \"{}\" to {}; the risk's page shows it ({}): {}", message.getSubject(), to,
					failure, ex.getMessage());
		}
		java.time.Instant now = this.clock.instant();
		for (RiskSummary summary : risks) {
			this.management.recordReviewMail(summary.risk().id(),
					new RiskReviewMail(kind, summary.nextReview(), to, now, failure));
		}
	}

}
