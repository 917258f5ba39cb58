package uk.beacon.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers at once, with 503 Service Unavailable and a page (or, for the API, a problem
 * detail) that says so in words, a request that failed because Beacon could not reach its
 * database: while PostgreSQL is down or restarting, or every connection of the pool
 * stayed busy for longer than the pool waits
 * ({@code spring.datasource.hikari.connection-timeout}, two seconds). Without it the
 * person waited for the pool's thirty seconds and then saw "there is a problem with
 * Beacon" (500), which a load balancer counts against the instance and an administrator
 * cannot tell from a fault in Beacon.
 * <p>
 * It runs before the sessions, which are kept in the database too, and writes its page
 * without the layout, whose navigation reads the person's roles from the database. The
 * answer says when to try again ({@code Retry-After}) and carries the request's reference
 * ({@link RequestIds}); the log gets one line, not a stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnreachableDatabase extends OncePerRequestFilter {

	/** What the person is told, on the page and in the problem detail. */
	static final String REASON = "Beacon cannot reach its database just now; try again in a minute.";

	/** When to ask again, in seconds. */
	static final int RETRY_AFTER = 60;

	private static final Logger log = LoggerFactory.getLogger(UnreachableDatabase.class);

	private final ITemplateEngine templates;

	private final JsonMapper json;

	UnreachableDatabase(ITemplateEngine templates, JsonMapper json) {
		this.templates = templates;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			Throwable cause = unreachable(ex);
			if (cause == null || response.isCommitted()) {
				throw ex;
			}
			log.warn("Answered {} {} with 503 Service Unavailable: the database could not be reached ({})",
					request.getMethod(), request.getRequestURI(), firstLine(cause));
			answer(request, response);
		}
	}

	/**
	 * The failure that shows the database could not be reached, among the causes of
	 * {@code failure}, or {@code null} when it failed for another reason.
	 */
	static Throwable unreachable(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof DataAccessResourceFailureException) {
				return deepest(cause);
			}
			// 08: a connection that could not be made or was lost; 57P01-57P03: the
			// server is shutting down, crashed or is starting up
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return cause;
			}
		}
		return null;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String id = RequestIds.of(request);
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (id != null) {
			response.setHeader(RequestIds.HEADER, id);
		}
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", "Temporarily unavailable");
			problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
			problem.put("detail", REASON);
			problem.put("instance", request.getRequestURI());
			if (id != null) {
				problem.put(RequestIds.KEY, id);
			}
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(this.json.writeValueAsString(problem));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write(page(request, response, id));
	}

	private String page(HttpServletRequest request, HttpServletResponse response, String id) {
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), Locale.UK);
		context.setVariable("problem", REASON);
		context.setVariable(RequestIds.KEY, id);
		StringWriter page = new StringWriter();
		try {
			this.templates.process("unavailable", context, page);
			return page.toString();
		}
		catch (RuntimeException ex) {
			log.warn("Could not write the page that says the database cannot be reached", ex);
			return "<!DOCTYPE html><html lang=\"en-GB\"><title>Sorry, Beacon is unavailable</title><p>" + REASON
					+ "</p></html>";
		}
	}

	private static Throwable deepest(Throwable failure) {
		Throwable deepest = failure;
		for (int depth = 0; deepest.getCause() != null && deepest.getCause() != deepest && depth < 32; depth++) {
			deepest = deepest.getCause();
		}
		return deepest;
	}

	private static String firstLine(Throwable failure) {
		String message = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message).strip();
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
