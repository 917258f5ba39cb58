package uk.beacon.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.beacon.identity.ApiTokenManagement;
import uk.beacon.identity.ClientAddress;

/**
 * Signs in an API call that presents a personal access token
 * ({@code Authorization: Bearer beacon_…}) as the person the token was issued to, for
 * that call only: no session is made. A token that is not Beacon's, revoked or expired is
 * refused with 401 and the reason; tokens open the API only, never the pages. A refused
 * token counts against the client's limit of failed attempts a minute, which wrong
 * passwords share ({@link SignInThrottle}); past it, a refused token is answered 429 Too
 * Many Requests with Retry-After, while a good one from the same address still works.
 */
class ApiTokenAuthentication extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	/**
	 * The request attribute that says a token Beacon accepted authenticated the call, so
	 * that it needs no CSRF token.
	 */
	static final String AUTHENTICATED = ApiTokenAuthentication.class.getName() + ".AUTHENTICATED";

	private final ApiTokenManagement tokens;

	private final SignInThrottle throttle;

	ApiTokenAuthentication(ApiTokenManagement tokens, SignInThrottle throttle) {
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/") && !path.equals("/api")) {
			refuse(response, "A personal access token opens Beacon's API (/api/v1) only; sign in to use its pages");
			return;
		}
		String secret = request.getHeader("Authorization").substring(BEARER.length()).strip();
		ApiTokenManagement.Presented presented = this.tokens.check(secret);
		if (presented.holder() == null) {
			// a good token is never held back, whatever others at its address got wrong
			String client = ClientAddress.of(request.getRemoteAddr());
			long wait = this.throttle.tokenWait(client);
			if (wait > 0) {
				SignInRateLimit.tooMany(response, "Too many refused tokens",
						"Too many attempts with a token Beacon refused from your address. Wait " + wait
								+ " seconds and try again.",
						wait);
				return;
			}
			this.throttle.tokenRefused(client);
			refuse(response, presented.refusal());
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(presented.holder(), null, List.of()));
		SecurityContextHolder.setContext(context);
		request.setAttribute(AUTHENTICATED, Boolean.TRUE);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void refuse(HttpServletResponse response, String reason) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		ApiRefusals.write(response, HttpStatus.UNAUTHORIZED, "The API token is refused", reason);
	}

}
