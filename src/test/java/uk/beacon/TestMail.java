package uk.beacon;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the tests, started once on a free port; Beacon's
 * {@code spring.mail.*} settings point at it.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	/** The server every integration test's Beacon sends to. */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GreenMail smtp = server();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("greenmail",
					java.util.Map.of("spring.mail.host", "localhost", "spring.mail.port", smtp.getSmtp().getPort())));
	}

}
