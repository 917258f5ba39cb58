package uk.beacon.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import uk.beacon.identity.ApiTokenManagement;
import uk.beacon.identity.BeaconPrincipal;
import uk.beacon.identity.DirectorySignIn;
import uk.beacon.identity.Permissions;
import uk.beacon.access.Role;

/**
 * Who may reach which page and API. Every endpoint has a rule here; anything without one
 * is refused ({@code RoleEndpointIntegrationTest} fails when an endpoint is added without
 * a rule). Roles are read afresh for each request, so withdrawing one takes effect at
 * once. Finer checks (owning an indicator, approving for a part of the council) happen in
 * the services, on the server, too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The pages' content security policy: nothing inline, nothing from elsewhere. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** What a load balancer asks: alive, and ready for requests. */
	private static final String[] HEALTH = { "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness" };

	private static final String METRICS = "/actuator/prometheus";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				java.util.Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt",
						new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()));
	}

	/**
	 * Spring Security measures sign-ins ({@code spring_security_authentications_*}), not
	 * every request's way through its filters and rules: observing those made each filter
	 * of every request start a timer and count an event, a tenth of a kept page's time,
	 * and {@code http_server_requests_seconds} already times each request whole.
	 */
	@Bean
	SecurityObservationSettings signInsObserved() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.shouldObserveAuthentications(true)
			.build();
	}

	/**
	 * The sign-in rate limit runs in the security filter chain only, where it sees who
	 * signed in, not a second time as a servlet filter of its own (Spring Boot registers
	 * every filter bean as one).
	 */
	@Bean
	FilterRegistrationBean<SignInRateLimit> rateLimitInTheSecurityChainOnly(SignInRateLimit rateLimit) {
		FilterRegistrationBean<SignInRateLimit> registration = new FilterRegistrationBean<>(rateLimit);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Stylesheets, scripts and images ({@link StaticFiles}): anyone may have them, and
	 * they carry the security headers. Browsers may keep them but ask each time whether
	 * they have changed, so a new release's stylesheet is used at once.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticFiles.MATCHER)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			// nothing here changes anything, so there is nothing to forge
			.csrf(csrf -> csrf.disable());
		headers(http);
		http.headers(headers -> headers.cacheControl(cache -> cache.disable()));
		return http.build();
	}

	/**
	 * A management port of its own ({@code management.server.port}), which the council
	 * keeps off the public proxy: health and metrics for whatever can reach it (the load
	 * balancer, Prometheus) without signing in, and nothing else. Known by the port the
	 * connection came in on, which no header can change.
	 */
	@Bean
	@Order(-1)
	SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
		ManagementPort management = new ManagementPort(environment);
		http.securityMatcher(management::cameIn)
			.authorizeHttpRequests(requests -> requests.requestMatchers(reading(HEALTH))
				.permitAll()
				.requestMatchers(reading(METRICS))
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			// nothing here changes anything
			.csrf(csrf -> csrf.disable());
		headers(http);
		return http.build();
	}

	/**
	 * A page or API read: GET, and HEAD as well, which asks the same without the body (an
	 * uptime monitor's request) and is allowed to whoever may read it.
	 */
	private static org.springframework.security.web.util.matcher.RequestMatcher[] reading(String... patterns) {
		var builder = org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults();
		return java.util.Arrays.stream(patterns)
			.flatMap(pattern -> java.util.stream.Stream.of(builder.matcher(HttpMethod.GET, pattern),
					builder.matcher(HttpMethod.HEAD, pattern)))
			.toArray(org.springframework.security.web.util.matcher.RequestMatcher[]::new);
	}

	@Bean
	@Order(1)
	SecurityFilterChain securityFilterChain(HttpSecurity http, Permissions permissions,
			ObjectProvider<ClientRegistrationRepository> directories, DirectorySignIn directorySignIn,
			SignInRateLimit rateLimit, ApiTokenManagement tokens, Clock clock,
			@Value("${beacon.security.session-absolute-limit:8h}") Duration sessionLimit) throws Exception {
		Rules rules = new Rules(permissions);
		http.authorizeHttpRequests(requests -> requests
			// Assets, the sign-in pages and the error page.
			.requestMatchers("/error", "/sign-in", "/oauth2/**", "/login/oauth2/**")
			.permitAll()
			// Load balancers and monitors: whether this instance is alive and ready, in
			// one word and nothing more.
			.requestMatchers(reading(HEALTH))
			.permitAll()
			// Metrics: administrators, on Beacon's own port (see managementPort).
			.requestMatchers(reading(METRICS))
			.access(rules.anyOf(Role.ADMINISTRATOR))
			// What the public may see: the councils and their units, scorecards, public
			// indicators and their analysis, the open data, search (which finds what
			// the person may see) and the help pages.
			.requestMatchers(reading("/", "/units/*", "/search", "/open-data", "/open-data/scorecards/*",
					"/open-data/reports.atom", "/scorecards/*", "/scorecards/*/pdf", "/scorecards/*/export",
					"/api/v1/scorecards/*/export", "/indicators/*", "/api/v1/scorecards",
					"/api/v1/scorecards/*/indicators", "/api/v1/indicators/*/analysis", "/api/v1/openapi.json",
					"/api/v1/openapi.json.yaml", "/api", "/help", "/help/*"))
			.permitAll()
			// drafts of reports are for staff and councillors
			.requestMatchers(reading("/reports/draft"))
			.access(rules.anyRole())
			// and published reports (Part B only to restricted readers of the council:
			// checked in the controller)
			.requestMatchers(reading("/reports", "/reports/*", "/api/v1/reports", "/api/v1/reports/*"))
			.permitAll()
			// Anyone signed in: their own account and their data requests.
			.requestMatchers("/account", "/account/**", "/sign-out", "/collection/my", "/collection/requests/**")
			.authenticated()
			// Administrators.
			.requestMatchers("/admin/**")
			.access(rules.anyOf(Role.ADMINISTRATOR))
			// The import's format guide, for anyone who works in Beacon.
			.requestMatchers(reading("/import/guide"))
			.authenticated()
			// The performance team: imports and the collection cycle.
			.requestMatchers("/import", "/import/**", "/api/v1/imports", "/api/v1/imports/**", "/collection/cycles",
					"/collection/cycles/*/close", "/collection/cycles/*/owners", "/collection/cycles/*/send-again")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			.requestMatchers(reading("/collection", "/collection/cycles/*"))
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER, Role.APPROVER))
			.requestMatchers("/collection/approvals")
			.access(rules.anyOf(Role.APPROVER))
			// The performance team enters a quarter's figures on a scorecard's grid and
			// keeps indicators' targets.
			.requestMatchers("/setup", "/setup/**")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			.requestMatchers("/figures", "/scorecards/*/figures", "/scorecards/*/owners", "/scorecards/*/layout",
					"/scorecards/*/targets", "/indicators/*/targets", "/indicators/*/targets/*",
					"/indicators/*/targets/*/end", "/indicators/*/edit", "/indicators/*/definition",
					"/indicators/*/retire", "/indicators/*/reinstate", "/indicators/*/comparators",
					"/indicators/*/comparators/remove", "/councils/*/rag-rule")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			// The performance team edits the report's narrative and publishes it.
			.requestMatchers("/scorecards/*/report/narrative", "/scorecards/*/report/publish")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			// Risk managers change registers on screen (performance officers only by
			// import); RiskManagement checks the role's part of the council.
			.requestMatchers("/risks/new", "/risks/*/review", "/risks/*/edit", "/risks/appetite/*",
					"/risks/areas/*/new", "/risks/areas/*/edit")
			.access(rules.anyOf(Role.RISK_MANAGER))
			// The matrix and bands: whoever keeps the whole council's registers, on
			// screen or by import.
			.requestMatchers("/risks/matrix/*")
			.access(rules.anyOf(Role.RISK_MANAGER, Role.PERFORMANCE_OFFICER))
			.requestMatchers(HttpMethod.POST, "/risks/*/escalate", "/risks/*/de-escalate", "/risks/*/merge",
					"/risks/*/close", "/risks/*/reopen", "/risks/*/links", "/risks/*/links/remove")
			.access(rules.anyOf(Role.RISK_MANAGER))
			// Everyone who holds a role reads the rest; restricted items only the
			// restricted
			// reader of their part of the council.
			.requestMatchers(reading("/dashboard", "/dashboard/*", "/dashboard/*/pdf", "/risks", "/risks/*",
					"/api/v1/risks", "/api/v1/risks/*", "/reports/*/changes", "/scorecards/*/report",
					"/api/v1/scorecards/*/report", "/api/v1/councils/*/risk-areas", "/api/v1/risk-areas/*"))
			.access(rules.anyRole())
			// The council-wide data to check: for the performance team above all, and for
			// anyone with a role, as the dashboards are (an indicator owner checks their
			// own figures, a director their directorate's); restricted indicators only
			// for their restricted readers (DataQualityReview).
			.requestMatchers(reading("/data-quality", "/api/v1/data-quality"))
			.access(rules.anyRole())
			// The write API: the same roles as the pages that make the same changes.
			.requestMatchers("/api/v1/scorecards/*/figures", "/api/v1/scorecards/*/owners",
					"/api/v1/indicators/*/targets", "/api/v1/indicators/*/targets/*")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			.requestMatchers(HttpMethod.PUT, "/api/v1/indicators/*")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			.requestMatchers(HttpMethod.POST, "/api/v1/indicators/*/retire", "/api/v1/indicators/*/reinstate",
					"/api/v1/units/*/retire", "/api/v1/units/*/reinstate")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			.requestMatchers("/api/v1/indicators/*/comparators", "/api/v1/indicators/*/definition",
					"/api/v1/indicators/*/definitions", "/api/v1/councils/*/rag-rule")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			// setting the plan up: units, new indicators, new scorecards and their layout
			.requestMatchers("/api/v1/units", "/api/v1/units/*", "/api/v1/scorecards/*/layout")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			.requestMatchers(HttpMethod.POST, "/api/v1/indicators", "/api/v1/scorecards")
			.access(rules.anyOf(Role.PERFORMANCE_OFFICER))
			.requestMatchers(HttpMethod.POST, "/api/v1/risks", "/api/v1/risks/*/reviews", "/api/v1/risks/*/close",
					"/api/v1/risks/*/reopen", "/api/v1/risks/*/links", "/api/v1/risks/*/escalate",
					"/api/v1/risks/*/de-escalate", "/api/v1/risks/*/merge")
			.access(rules.anyOf(Role.RISK_MANAGER))
			.requestMatchers(HttpMethod.PUT, "/api/v1/risks/*")
			.access(rules.anyOf(Role.RISK_MANAGER))
			.requestMatchers(HttpMethod.DELETE, "/api/v1/risks/*/links")
			.access(rules.anyOf(Role.RISK_MANAGER))
			.requestMatchers("/api/v1/councils/*/risk-appetite")
			.access(rules.anyOf(Role.RISK_MANAGER))
			.requestMatchers(HttpMethod.POST, "/api/v1/councils/*/risk-areas")
			.access(rules.anyOf(Role.RISK_MANAGER))
			.requestMatchers(HttpMethod.PUT, "/api/v1/risk-areas/*")
			.access(rules.anyOf(Role.RISK_MANAGER))
			.requestMatchers("/api/v1/councils/*/risk-matrix")
			.access(rules.anyOf(Role.RISK_MANAGER, Role.PERFORMANCE_OFFICER))
			.requestMatchers(HttpMethod.POST, "/api/v1/analytics/spc")
			.access(rules.anyRole())
			.anyRequest()
			.denyAll());
		http.formLogin(form -> form.loginPage("/sign-in")
			.loginProcessingUrl("/sign-in")
			.defaultSuccessUrl("/", false)
			// every refusal alike: a wrong password, an unknown username, or an
			// account disabled or locked to this client (PasswordSignIn)
			.failureUrl("/sign-in?error"));
		http.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"));
		if (directories.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/sign-in")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(directorySignIn))
				.failureUrl("/sign-in?directory-error"));
		}
		// API clients present a personal access token (or, still, their password) with
		// each request instead of a session.
		// before the CSRF check, which only an API call that really authenticated itself
		// skips
		// and tokens refused count against the client's limit of failed attempts, as
		// wrong passwords do
		http.addFilterBefore(new ApiTokenAuthentication(tokens, rateLimit.throttle()), CsrfFilter.class);
		http.httpBasic(basic -> basic.authenticationEntryPoint(ApiRefusals.signInNeeded()));
		http.exceptionHandling(exceptions -> exceptions
			.defaultAuthenticationEntryPointFor(ApiRefusals.signInNeeded(), api())
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"), request -> true)
			.defaultAccessDeniedHandlerFor(ApiRefusals.refused(), api())
			// named for the pages too, or the API's would be taken for every refusal
			.defaultAccessDeniedHandlerFor(new org.springframework.security.web.access.AccessDeniedHandlerImpl(),
					request -> true));
		// a page asked for before signing in is returned to afterwards; an API call never
		// is, so it makes no session
		org.springframework.security.web.savedrequest.HttpSessionRequestCache pages = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
		pages.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !api().matches(request)
				&& !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")));
		http.requestCache(cache -> cache.requestCache(pages));
		// Forms carry a token; API calls that authenticate by the request alone (a
		// personal access token Beacon accepted, or Basic credentials, and no session
		// cookie) need none. A call that carries a session cookie is a browser's,
		// whatever
		// Authorization header it adds, and is checked.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::authenticatedByHeaderAlone));
		headers(http);
		http.addFilterBefore(rateLimit, UsernamePasswordAuthenticationFilter.class);
		// Signing in starts a new session, so that its creation time is when the person
		// signed in, which is what SessionLifetime ends it by.
		http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.migrateSession()));
		http.addFilterBefore(new SessionLifetime(clock, sessionLimit), SecurityContextHolderFilter.class);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(policy -> policy.policy("camera=(), microphone=(), geolocation=()"))
			.frameOptions(frame -> frame.deny()));
	}

	/**
	 * An API call that needs no CSRF token: it authenticates by its Authorization header
	 * and carries no session cookie, so a forged request from another site, which a
	 * browser sends with the cookie, is never one.
	 */
	static boolean authenticatedByHeaderAlone(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& request.getRequestedSessionId() == null
				&& (request.getAttribute(ApiTokenAuthentication.AUTHENTICATED) != null
						|| startsWithIgnoringCase(request.getHeader("Authorization"), "Basic "));
	}

	private static boolean startsWithIgnoringCase(String text, String prefix) {
		return text != null && text.regionMatches(true, 0, prefix, 0, prefix.length());
	}

	private static RequestMatcher api() {
		return PathPatternRequestMatcher.withDefaults().matcher("/api/**");
	}

	/** Authorisation rules that read the person's roles afresh. */
	private record Rules(Permissions permissions) {

		AuthorizationManager<RequestAuthorizationContext> anyOf(Role... roles) {
			return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
				Authentication who = authentication.get();
				return new AuthorizationDecision(who != null && who.getPrincipal() instanceof BeaconPrincipal principal
						&& this.permissions.holdsAny(principal.viewer(), roles));
			};
		}

		AuthorizationManager<RequestAuthorizationContext> anyRole() {
			return anyOf(Role.values());
		}

	}

}
