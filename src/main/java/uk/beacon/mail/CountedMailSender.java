package uk.beacon.mail;

import java.io.InputStream;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * Beacon's mail sender, counting what it sends for the council's monitoring:
 * {@code beacon.mail.sent} and {@code beacon.mail.failed} ({@code beacon_mail_sent_total}
 * and {@code beacon_mail_failed_total} in Prometheus), one for each message, whichever
 * part of Beacon sent it. A rise in failures is the first sign that the mail server
 * refuses Beacon or cannot be reached; each failure is still told beside the request it
 * was about ({@link MailFailure}).
 */
final class CountedMailSender implements JavaMailSender {

	private final JavaMailSender sender;

	private final Supplier<MeterRegistry> meters;

	CountedMailSender(JavaMailSender sender, Supplier<MeterRegistry> meters) {
		this.sender = sender;
		this.meters = meters;
	}

	@Override
	public MimeMessage createMimeMessage() {
		return this.sender.createMimeMessage();
	}

	@Override
	public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
		return this.sender.createMimeMessage(contentStream);
	}

	@Override
	public void send(MimeMessage message) throws MailException {
		counted(1, () -> this.sender.send(message));
	}

	@Override
	public void send(MimeMessage... messages) throws MailException {
		counted(messages.length, () -> this.sender.send(messages));
	}

	@Override
	public void send(MimeMessagePreparator preparator) throws MailException {
		counted(1, () -> this.sender.send(preparator));
	}

	@Override
	public void send(MimeMessagePreparator... preparators) throws MailException {
		counted(preparators.length, () -> this.sender.send(preparators));
	}

	@Override
	public void send(SimpleMailMessage message) throws MailException {
		counted(1, () -> this.sender.send(message));
	}

	@Override
	public void send(SimpleMailMessage... messages) throws MailException {
		counted(messages.length, () -> this.sender.send(messages));
	}

	private void counted(int messages, Runnable sending) {
		try {
			sending.run();
			count(messages, 0);
		}
		catch (MailException ex) {
			// a batch says which of its messages failed; anything else failed them all
			int failed = (ex instanceof MailSendException send && !send.getFailedMessages().isEmpty())
					? Math.min(messages, send.getFailedMessages().size()) : messages;
			count(messages - failed, failed);
			throw ex;
		}
	}

	private void count(int sent, int failed) {
		MeterRegistry registry = this.meters.get();
		if (registry == null) {
			return;
		}
		counter(registry, "beacon.mail.sent", "E-mails the mail server accepted").increment(sent);
		counter(registry, "beacon.mail.failed", "E-mails that could not be sent").increment(failed);
	}

	private static Counter counter(MeterRegistry registry, String name, String description) {
		return Counter.builder(name).description(description).register(registry);
	}

}
