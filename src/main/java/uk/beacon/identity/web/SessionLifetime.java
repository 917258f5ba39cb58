package uk.beacon.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after signing in,
 * {@code beacon.security.session-absolute-limit} (8 hours), however busy it has been, so
 * that a session someone else got hold of does not last for ever (OWASP ASVS 3.3.2): the
 * person signs in again, and the sign-in page says why. Signing in always starts a new
 * session ({@code SecurityConfiguration} migrates to one), so a session's creation time
 * is when its person signed in; sessions nobody signed in to are left alone.
 */
class SessionLifetime extends OncePerRequestFilter {

	private final Clock clock;

	private final Duration limit;

	SessionLifetime(Clock clock, Duration limit) {
		this.clock = clock;
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && isSignedIn(session)
				&& this.clock.millis() - session.getCreationTime() >= this.limit.toMillis()) {
			session.invalidate();
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				ApiRefusals.write(response, HttpStatus.UNAUTHORIZED, "Your session has ended",
						"A session ends " + inWords(this.limit) + " after signing in: sign in again.");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/sign-in?expired");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isSignedIn(HttpSession session) {
		try {
			return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
		}
		catch (IllegalStateException ended) {
			return false;
		}
	}

	/** "8 hours", "90 minutes": how the limit is told to people. */
	static String inWords(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes % 60 == 0) {
			long hours = minutes / 60;
			return hours + ((hours == 1) ? " hour" : " hours");
		}
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

}
