package uk.beacon.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * How the API refuses a call before it reaches a controller: a problem detail (RFC 9457)
 * that says why, as every refusal after it does ({@code Refusals}), never an empty body.
 */
final class ApiRefusals {

	private ApiRefusals() {
	}

	/** No credentials, or a session that has ended: what to send instead. */
	static AuthenticationEntryPoint signInNeeded() {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			write(response, HttpStatus.UNAUTHORIZED, "Authentication is needed",
					"Send a personal access token as Authorization: Bearer beacon_… (an administrator issues one "
							+ "on your page of People and roles).");
		};
	}

	/**
	 * Signed in, but refused: a browser session's change without its CSRF token, or a
	 * role the person does not hold.
	 */
	static AccessDeniedHandler refused() {
		return (request, response, exception) -> {
			if (exception instanceof CsrfException && request.getRequestedSessionId() == null) {
				// no session to forge: a program that sent no token Beacon accepts
				signInNeeded().commence(request, response, null);
				return;
			}
			write(response, HttpStatus.FORBIDDEN, "You do not have permission to do this", reason(exception));
		};
	}

	private static String reason(AccessDeniedException exception) {
		if (exception instanceof CsrfException) {
			return "A change sent from a browser session needs the page's CSRF token (X-CSRF-TOKEN); "
					+ "a program sends a personal access token instead.";
		}
		return "None of your roles allows this operation, or there is no such operation: "
				+ "/api lists each operation and /api/v1/openapi.json describes them.";
	}

	static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"title\":" + quoted(title) + ",\"status\":" + status.value() + ",\"detail\":" + quoted(detail)
					+ "}");
	}

	private static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
