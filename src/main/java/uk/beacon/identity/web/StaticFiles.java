package uk.beacon.identity.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Stylesheets, scripts, fonts and images: the same for everyone, so their requests
 * neither read the session from the database nor pass the sign-in rules.
 */
final class StaticFiles {

	static final RequestMatcher MATCHER = new OrRequestMatcher(
			Arrays.stream(new String[] { "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico" })
				.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
				.toList());

	private StaticFiles() {
	}

	/**
	 * The session cookie as Spring Boot configured it, except that a request for a static
	 * file is read as naming no session: Spring Session would otherwise look the session
	 * up, and write it back, for every stylesheet a page asks for.
	 */
	static final class CookiesIgnoredForStaticFiles implements CookieSerializer {

		private final CookieSerializer cookies;

		CookiesIgnoredForStaticFiles(CookieSerializer cookies) {
			this.cookies = cookies;
		}

		@Override
		public void writeCookieValue(CookieValue cookieValue) {
			this.cookies.writeCookieValue(cookieValue);
		}

		@Override
		public List<String> readCookieValues(HttpServletRequest request) {
			return MATCHER.matches(request) ? List.of() : this.cookies.readCookieValues(request);
		}

	}

}
