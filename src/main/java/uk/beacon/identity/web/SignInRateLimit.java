package uk.beacon.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: at most
 * {@code beacon.security.sign-in-attempts-per-minute} sign-in attempts a minute from one
 * address, after which the sign-in form answers 429 and says when to try again. Lock-out
 * of the account itself (in the database, so across every instance) stops guessing one
 * person's password from many addresses.
 */
@Component
class SignInRateLimit extends OncePerRequestFilter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int perMinute;

	SignInRateLimit(Clock clock, @Value("${beacon.security.sign-in-attempts-per-minute:10}") int perMinute) {
		this.clock = clock;
		this.perMinute = perMinute;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/sign-in"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long retryAfter = admit(request.getRemoteAddr());
		if (retryAfter > 0) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(retryAfter));
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter()
				.write("Too many attempts to sign in from your address. Wait " + retryAfter
						+ " seconds and try again.");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Counts an attempt; returns 0 when admitted, else the seconds until the next is. */
	long admit(String address) {
		long now = this.clock.millis();
		Deque<Long> times = this.attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst() <= now - WINDOW.toMillis()) {
				times.pollFirst();
			}
			if (times.size() >= this.perMinute) {
				return Math.max(1, (times.peekFirst() + WINDOW.toMillis() - now + 999) / 1000);
			}
			times.addLast(now);
		}
		if (this.attempts.size() > 10_000) {
			this.attempts.entrySet().removeIf(e -> e.getValue().isEmpty());
		}
		return 0;
	}

}
