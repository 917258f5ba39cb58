package uk.beacon.identity;

import uk.beacon.access.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's last access is written at most once a minute, and never for a stylesheet,
 * so that a page's requests do not each write to the database; the session stays signed
 * in all the same.
 */
@BeaconIntegrationTest
class SessionTouchIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void lastAccessIsWrittenOnlyOnceAMinuteHasPassed() {
		TestUsers.ensure(this.context, "toucher", "toucher@test.example", Role.READER, null);
		SignedIn person = SignedIn.as(this.port, "toucher", TestUsers.PASSWORD);
		assertThat(person.get("/account").statusCode()).isEqualTo(200);

		long thirtySecondsAgo = setLastAccess(30_000);
		assertThat(person.get("/account").statusCode()).isEqualTo(200);
		assertThat(lastAccess()).isEqualTo(thirtySecondsAgo);

		long twoMinutesAgo = setLastAccess(120_000);
		assertThat(person.get("/account").statusCode()).isEqualTo(200);
		assertThat(lastAccess()).isGreaterThan(twoMinutesAgo + 60_000);
		// idle for 30 minutes, it ends (ASVS 3.3.1)
		assertThat(expiry() - lastAccess()).isEqualTo(30L * 60 * 1000);
	}

	@Test
	void aStylesheetNeitherReadsNorWritesTheSession() {
		TestUsers.ensure(this.context, "toucher", "toucher@test.example", Role.READER, null);
		SignedIn person = SignedIn.as(this.port, "toucher", TestUsers.PASSWORD);
		long twoMinutesAgo = setLastAccess(120_000);

		var stylesheet = person.get("/css/beacon.css");
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(stylesheet.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(lastAccess()).isEqualTo(twoMinutesAgo);

		// still signed in
		assertThat(person.get("/account").body()).contains("toucher");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() {
		assertThat(uk.beacon.Http.get(this.port, "/sign-in").headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("SESSION=").contains("Path=/", "HttpOnly", "SameSite=Lax"));
	}

	private long setLastAccess(long millisAgo) {
		long then = System.currentTimeMillis() - millisAgo;
		this.jdbc
			.sql("""
					update spring_session set last_access_time = :then, expiry_time = :then + max_inactive_interval * 1000::bigint
					where principal_name = 'toucher'""")
			.param("then", then)
			.update();
		return then;
	}

	private long lastAccess() {
		return this.jdbc.sql("select max(last_access_time) from spring_session where principal_name = 'toucher'")
			.query(Long.class)
			.single();
	}

	private long expiry() {
		return this.jdbc.sql("select max(expiry_time) from spring_session where principal_name = 'toucher'")
			.query(Long.class)
			.single();
	}

}
