package uk.beacon.identity.web;

import java.time.Duration;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Sessions live in the database (tables from {@code V5__people_and_collection.sql}), so
 * that several instances behind a load balancer serve one council and a restart signs no
 * one out. A session's last access is written at most once a minute: every request
 * touches it, and writing it each time made every page wait on a write to the database,
 * and a person's own parallel requests (a page and its stylesheets) wait on each other's
 * lock of the same row. So an idle session ends up to a minute before
 * {@code spring.session.timeout} (30 minutes) after its last request. However busy, a
 * signed-in session also ends a fixed time after signing in ({@link SessionLifetime}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	/**
	 * How long a session may be idle before it ends, {@code spring.session.timeout} (30
	 * minutes, as OWASP ASVS 3.3.1 asks of level 2): read here, since Spring Session's
	 * own configuration, not Spring Boot's, makes the repository.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(
			@Value("${spring.session.timeout:30m}") Duration idle) {
		return repository -> repository.setDefaultMaxInactiveInterval(idle);
	}

	/** The session tables come from a migration, so sessions wait for Flyway. */
	@Bean
	static BeanFactoryPostProcessor sessionsAfterMigrations() {
		return beans -> {
			if (beans.containsBeanDefinition("sessionRepository")
					&& beans.containsBeanDefinition("flywayInitializer")) {
				beans.getBeanDefinition("sessionRepository").setDependsOn("flywayInitializer");
			}
		};
	}

	/**
	 * The session cookie: {@code SESSION}, HttpOnly, SameSite=Lax, Secure whenever the
	 * request came over HTTPS, for the whole application, changed as Spring Boot's
	 * {@code server.servlet.session.cookie.*} settings say (read, as Spring Session reads
	 * them, from the servlet context). Requests for stylesheets and images read it as
	 * naming no session (see {@link StaticFiles}).
	 */
	@Bean
	HttpSessionIdResolver sessionCookie(ServletContext servletContext) {
		SessionCookieConfig settings = servletContext.getSessionCookieConfig();
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		if (settings.getName() != null) {
			cookie.setCookieName(settings.getName());
		}
		if (settings.getDomain() != null) {
			cookie.setDomainName(settings.getDomain());
		}
		if (settings.getPath() != null) {
			cookie.setCookiePath(settings.getPath());
		}
		if (settings.getMaxAge() != -1) {
			cookie.setCookieMaxAge(settings.getMaxAge());
		}
		if (settings.isSecure()) {
			cookie.setUseSecureCookie(true);
		}
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite((settings.getAttribute("SameSite") != null) ? settings.getAttribute("SameSite") : "Lax");
		CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
		resolver.setCookieSerializer(new StaticFiles.CookiesIgnoredForStaticFiles(cookie));
		return resolver;
	}

	/** How much later a request must come than the last one written to be written. */
	static final long TOUCH_AFTER_MILLIS = 60_000;

	/**
	 * Spring Session's update of a session with every new value bound once, written only
	 * when something other than the time of last access changed, or that time moved on by
	 * a minute or more. Attributes are written by their own statements, as before.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> touchAtMostOnceAMinute() {
		return repository -> repository.setUpdateSessionQuery("""
				update %%TABLE_NAME%% s
				set session_id = v.session_id, last_access_time = v.last_access_time,
				    max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time,
				    principal_name = v.principal_name
				from (select ?::char(36) as session_id, ?::bigint as last_access_time,
				             ?::int as max_inactive_interval, ?::bigint as expiry_time,
				             ?::text as principal_name, ?::char(36) as primary_id) v
				where s.primary_id = v.primary_id
				  and (s.session_id <> v.session_id
				       or s.max_inactive_interval <> v.max_inactive_interval
				       or s.principal_name is distinct from v.principal_name
				       or v.last_access_time - s.last_access_time >= %d)""".formatted(TOUCH_AFTER_MILLIS));
	}

}
