package uk.beacon.identity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.beacon.identity.ClientAddress;

/**
 * Slows down password guessing, through the sign-in form and HTTP Basic alike
 * ({@link SignInThrottle} says how): an attempt beyond the limits is answered 429 Too
 * Many Requests with Retry-After, without its password being checked, and the same
 * whether or not the account exists. Whether an attempt succeeded is read after it, from
 * whom it signed in. The lock-out of an account (in the database, so across every
 * instance) stops guessing one person's password from many addresses.
 */
@Component
class SignInRateLimit extends OncePerRequestFilter {

	private static final String BASIC = "basic ";

	private final SignInThrottle throttle;

	SignInRateLimit(Clock clock, @Value("${beacon.security.sign-in-attempts-per-minute:10}") int perMinute,
			@Value("${beacon.security.attempts-before-delay:3}") int attemptsBeforeDelay,
			@Value("${beacon.security.longest-delay:15m}") Duration longestDelay) {
		this.throttle = new SignInThrottle(clock, perMinute, attemptsBeforeDelay, longestDelay);
	}

	/**
	 * The limits, which API tokens are held to as well ({@link ApiTokenAuthentication}).
	 */
	SignInThrottle throttle() {
		return this.throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isFormSignIn(request) && !hasBasicCredentials(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = isFormSignIn(request);
		String client = ClientAddress.of(request.getRemoteAddr());
		String username = normalised(form ? request.getParameter("username") : basicUsername(request));
		long retryAfter = this.throttle.start(client, username);
		if (retryAfter > 0) {
			refuse(response, form, retryAfter);
			return;
		}
		boolean succeeded = false;
		try {
			chain.doFilter(request, response);
			succeeded = signedInAs(username);
		}
		finally {
			this.throttle.end(client, username, succeeded);
		}
	}

	private static void refuse(HttpServletResponse response, boolean form, long retryAfter) throws IOException {
		String why = "Too many attempts to sign in from your address. Wait " + retryAfter + " seconds and try again.";
		response.setHeader("Retry-After", Long.toString(retryAfter));
		if (form) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write(why);
		}
		else {
			tooMany(response, "Too many attempts to sign in", why, retryAfter);
		}
	}

	/** 429 Too Many Requests for an API client, with when to try again. */
	static void tooMany(HttpServletResponse response, String title, String why, long retryAfter) throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfter));
		ApiRefusals.write(response, HttpStatus.TOO_MANY_REQUESTS, title, why);
	}

	private static boolean signedInAs(String username) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)
				&& normalised(who.getName()).equals(username);
	}

	private static boolean isFormSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/sign-in");
	}

	private static boolean hasBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length());
	}

	/** The username in Basic credentials, or empty when they cannot be read. */
	private static String basicUsername(HttpServletRequest request) {
		try {
			String decoded = new String(
					Base64.getDecoder().decode(request.getHeader("Authorization").substring(BASIC.length()).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon >= 0) ? decoded.substring(0, colon) : "";
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	/** As accounts are looked up: trimmed, in lower case. */
	private static String normalised(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
