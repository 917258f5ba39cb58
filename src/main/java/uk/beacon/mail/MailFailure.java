package uk.beacon.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why an e-mail could not be sent, in words an officer can act on: the page shows it
 * beside the data request or the risk it was about; the technical detail goes to the log.
 */
public final class MailFailure {

	private MailFailure() {
	}

	public static String reason(MailException ex) {
		if (ex instanceof MailAuthenticationException) {
			return "the mail server did not accept Beacon's user name and password";
		}
		if (ex instanceof MailParseException || ex instanceof MailPreparationException) {
			return "the owner's address is not a valid e-mail address";
		}
		Throwable[] causes = (ex instanceof MailSendException send && send.getMessageExceptions().length > 0)
				? send.getMessageExceptions() : new Throwable[] { ex };
		for (Throwable cause : causes) {
			for (Throwable t = cause; t != null; t = t.getCause()) {
				if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
						&& refused.getInvalidAddresses().length > 0) {
					return "the mail server refused the address " + addresses(refused.getInvalidAddresses());
				}
				if (t instanceof ConnectException || t instanceof UnknownHostException
						|| t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
					return "the mail server could not be reached";
				}
			}
		}
		return "the mail server did not accept the message (" + firstLine(causes[0]) + ")";
	}

	private static String addresses(Address[] addresses) {
		return Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
	}

	private static String firstLine(Throwable ex) {
		Throwable deepest = ex;
		while (deepest.getCause() != null && deepest.getCause() != deepest) {
			deepest = deepest.getCause();
		}
		String message = (deepest.getMessage() != null) ? deepest.getMessage() : deepest.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message).strip();
	}

}
