package uk.beacon.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;

/**
 * The management port of its own ({@code management.server.port}), when the council sets
 * one: known by the port a connection came in on, which no header can change. Every
 * request is asked about, so the port is read from the environment once it is known
 * rather than for each request.
 */
final class ManagementPort {

	private final Environment environment;

	private final boolean ofItsOwn;

	private volatile int port;

	ManagementPort(Environment environment) {
		this.environment = environment;
		// -1 switches the management endpoints off over HTTP
		String set = environment.getProperty("management.server.port");
		this.ofItsOwn = set != null && !"-1".equals(set.trim());
	}

	/** Whether the request came in on the management port of its own. */
	boolean cameIn(HttpServletRequest request) {
		if (!this.ofItsOwn) {
			return false;
		}
		int known = this.port;
		if (known == 0) {
			// not known until the management server has started
			known = started();
			if (known == 0) {
				return false;
			}
			this.port = known;
		}
		return request.getLocalPort() == known;
	}

	// the port the management server listens on, or 0 while it is not known or is
	// Beacon's own
	private int started() {
		Integer management = this.environment.getProperty("local.management.port", Integer.class);
		Integer beacons = this.environment.getProperty("local.server.port", Integer.class);
		return (management != null && management > 0 && !management.equals(beacons)) ? management : 0;
	}

}
