package uk.beacon.mail;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason shown on the quarter's page when an e-mail to an owner could not be sent,
 * from what Spring Mail and Jakarta Mail report.
 */
class MailFailureTest {

	@Test
	void aServerThatRefusesConnectionsCouldNotBeReached() {
		assertThat(MailFailure.reason(new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect to host, port: localhost, 25",
						new ConnectException("Connection refused")))))
			.isEqualTo("the mail server could not be reached");
	}

	@Test
	void anUnknownHostCouldNotBeReached() {
		assertThat(MailFailure.reason(new MailSendException("Mail server connection failed",
				new MessagingException("Unknown SMTP host: smtp.council.example",
						new UnknownHostException("smtp.council.example")))))
			.isEqualTo("the mail server could not be reached");
	}

	@Test
	void aRefusedRecipientIsNamed() throws AddressException {
		SendFailedException refused = new SendFailedException("Invalid Addresses",
				new MessagingException("550 5.1.1 <mo@mf1.example>: Recipient address rejected"), new Address[0],
				new Address[0], new Address[] { new InternetAddress("mo@mf1.example") });
		assertThat(MailFailure.reason(new MailSendException(Map.of(new Object(), refused))))
			.isEqualTo("the mail server refused the address mo@mf1.example");
	}

	@Test
	void wrongCredentialsAreSaidSo() {
		assertThat(MailFailure.reason(new MailAuthenticationException("535 5.7.8 Authentication failed")))
			.isEqualTo("the mail server did not accept Beacon's user name and password");
	}

	@Test
	void anAddressThatCannotBeParsedIsNotValid() {
		assertThat(MailFailure
			.reason(new MailParseException("Could not parse mail", new AddressException("Missing final '@domain'"))))
			.isEqualTo("the owner's address is not a valid e-mail address");
	}

	@Test
	void anyOtherRefusalGivesTheServersWords() {
		assertThat(MailFailure.reason(new MailSendException(
				Map.of(new Object(), new MessagingException("552 5.3.4 Message size exceeds fixed limit\nmore")))))
			.isEqualTo("the mail server did not accept the message (552 5.3.4 Message size exceeds fixed limit)");
	}

}
