package uk.beacon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the tests, started once on a free port; Beacon's
 * {@code spring.mail.*} settings point at it.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	private static int port;

	/** The server every integration test's Beacon sends to. */
	public static synchronized GreenMail server() {
		if (server == null) {
			ServerSetup smtp = new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP);
			// a free port the first time; the same one after an outage
			server = new GreenMail((port == 0) ? smtp.dynamicPort() : smtp);
			server.start();
			if (port == 0) {
				Runtime.getRuntime().addShutdownHook(new Thread(TestMail::stop));
			}
			port = server.getSmtp().getPort();
		}
		return server;
	}

	/**
	 * Stops the mail server, so that Beacon cannot reach it, until the outage is over:
	 * then it starts again on the same port, with no messages. Tests run one at a time,
	 * so no other test sees the outage.
	 */
	public static synchronized Outage outage() {
		server();
		stop();
		return TestMail::server;
	}

	/**
	 * Replaces the mail server, until closed, by one that takes connections and never
	 * answers, as a mail server too busy to serve does: Beacon waits for it as long as
	 * {@code spring.mail.properties.mail.smtp.timeout} allows. Closing it starts the real
	 * server again on the same port, with no messages.
	 */
	public static synchronized Outage silent() {
		server();
		stop();
		try {
			ServerSocket silent = new ServerSocket();
			silent.setReuseAddress(true);
			silent.bind(new InetSocketAddress("localhost", port));
			List<Socket> held = new CopyOnWriteArrayList<>();
			Thread taker = new Thread(() -> {
				while (!silent.isClosed()) {
					try {
						held.add(silent.accept());
					}
					catch (IOException ex) {
						// closed
					}
				}
			}, "silent mail server");
			taker.setDaemon(true);
			taker.start();
			return () -> {
				try {
					silent.close();
					for (Socket socket : held) {
						// reset rather than close, which would keep the port for a minute
						socket.setSoLinger(true, 0);
						socket.close();
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				server();
			};
		}
		catch (IOException ex) {
			server();
			throw new UncheckedIOException(ex);
		}
	}

	private static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GreenMail smtp = server();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("greenmail",
					java.util.Map.of("spring.mail.host", "localhost", "spring.mail.port", smtp.getSmtp().getPort())));
	}

	/** While the mail server is down; closing it starts the server again. */
	@FunctionalInterface
	public interface Outage extends AutoCloseable {

		@Override
		void close();

	}

	/** How many e-mails the server has received for the address. */
	public static int mailsTo(String address) throws MessagingException {
		return allMailTo(address).size();
	}

	/** The latest e-mail to the address; fails when there is none. */
	public static MimeMessage lastMailTo(String address) throws MessagingException {
		List<MimeMessage> messages = allMailTo(address);
		org.assertj.core.api.Assertions.assertThat(messages).as("e-mails to " + address).isNotEmpty();
		return messages.get(messages.size() - 1);
	}

	/** Every e-mail the server has received for the address, oldest first. */
	public static List<MimeMessage> allMailTo(String address) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : server().getReceivedMessages()) {
			if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
				found.add(message);
			}
		}
		return found;
	}

	/** An e-mail's text, with line ends as Beacon writes them. */
	public static String body(MimeMessage message) throws Exception {
		return String.valueOf(message.getContent()).replace("\r\n", "\n");
	}

}
