package uk.beacon.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an identifier that follows it everywhere: in each line the log
 * writes while the request is answered ({@code requestId} in the log's MDC, printed by
 * {@code logging.pattern.correlation} and in JSON logs), in the {@code X-Request-Id}
 * header of the answer, on the error page and in the API's problem details. Someone who
 * reports a problem with the reference from the page lets the administrator find the
 * lines about it.
 * <p>
 * A proxy or load balancer that already numbers requests sends its identifier in
 * {@code X-Request-Id}, and Beacon keeps it, so that the proxy's log and Beacon's agree;
 * only up to 64 letters, digits, dots, dashes and underscores are taken, so that nothing
 * a client sends can forge or break a log line. Anything else is replaced by a new
 * identifier.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

	/** The header that carries the identifier, both ways. */
	public static final String HEADER = "X-Request-Id";

	/** The identifier's name in the log's MDC and among the request's attributes. */
	public static final String KEY = "requestId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/**
	 * The identifier of the request, or {@code null} when it did not pass this filter.
	 */
	public static String of(HttpServletRequest request) {
		return (request.getAttribute(KEY) instanceof String id) ? id : null;
	}

	/** The identifier a client sent when it is one Beacon may keep, or a new one. */
	static String chosen(String sent) {
		return (sent != null && SANE.matcher(sent).matches()) ? sent : UUID.randomUUID().toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// an error page is rendered in a dispatch of its own: it keeps the request's
		String id = (of(request) != null) ? of(request) : chosen(request.getHeader(HEADER));
		request.setAttribute(KEY, id);
		response.setHeader(HEADER, id);
		String outer = MDC.get(KEY);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer != null) {
				MDC.put(KEY, outer);
			}
			else {
				MDC.remove(KEY);
			}
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
