package uk.beacon.identity;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a session ends: a password changed signs the person out everywhere else, an
 * administrator's reset signs them out everywhere, and however busy a session is it ends
 * 8 hours after signing in. (Its ending after 30 minutes idle is in
 * {@code SessionTouchIntegrationTest}.)
 */
@BeaconIntegrationTest
class SessionsEndIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changingYourPasswordSignsYouOutEverywhereElseButHere() {
		TestUsers.ensure(this.context, "twodesks", "twodesks@test.example", Role.READER, null);
		SignedIn here = SignedIn.as(this.port, "twodesks", TestUsers.PASSWORD);
		SignedIn elsewhere = SignedIn.as(this.port, "twodesks", TestUsers.PASSWORD);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

		String replacement = "kettle orchard lantern violet";
		var changed = here.postFrom("/account", "/account/password",
				Map.of("current", TestUsers.PASSWORD, "password", replacement, "confirmation", replacement));

		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
		assertThat(here.get("/account").body()).contains("Your password has been changed.")
			.contains("You have been signed out everywhere else you were signed in.");
		assertThat(here.get("/account").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/account").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
		assertThat(sessionsOf("twodesks")).isEqualTo(1);

		// put back for the other tests that sign in as this person
		here.postFrom("/account", "/account/password",
				Map.of("current", replacement, "password", TestUsers.PASSWORD, "confirmation", TestUsers.PASSWORD));
	}

	@Test
	void anAdministratorsResetSignsThePersonOutEverywhere() {
		Account account = TestUsers.ensure(this.context, "resetme", "resetme@test.example", Role.READER, null);
		SignedIn person = SignedIn.as(this.port, "resetme", TestUsers.PASSWORD);
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);

		int version = this.accounts.findById(account.id()).orElseThrow().version();
		admin.post("/admin/users/" + account.id() + "/password", Map.of("version", String.valueOf(version)));

		assertThat(person.get("/account").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
		assertThat(sessionsOf("resetme")).isZero();
		// and the administrator's own session goes on
		assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void disablingAnAccountSignsThePersonOutEverywhere() {
		Account account = TestUsers.ensure(this.context, "disableme", "disableme@test.example", Role.READER, null);
		SignedIn person = SignedIn.as(this.port, "disableme", TestUsers.PASSWORD);
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(sessionsOf("disableme")).isPositive();

		int version = this.accounts.findById(account.id()).orElseThrow().version();
		admin.post("/admin/users/" + account.id() + "/enabled",
				Map.of("version", String.valueOf(version), "enabled", "false"));

		assertThat(sessionsOf("disableme")).isZero();
		assertThat(person.get("/account").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
		assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionEndsEightHoursAfterSigningInHoweverBusyItHasBeen() {
		TestUsers.ensure(this.context, "longday", "longday@test.example", Role.READER, null);
		SignedIn person = SignedIn.as(this.port, "longday", TestUsers.PASSWORD);

		signedInAgo(person, Duration.ofHours(8).minusMinutes(1));
		assertThat(person.get("/account").statusCode()).isEqualTo(200);

		signedInAgo(person, Duration.ofHours(8).plusMinutes(1));
		String session = person.sessionId();
		assertThat(person.get("/account").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?expired"));
		assertThat(sessionExists(session)).isFalse();
		assertThat(person.get("/sign-in?expired").body())
			.contains("You were signed out because you signed in more than 8 hours ago. Sign in again to carry on.");
		assertThat(person.get("/account").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));

		// a script on a page, calling the API with the session, is told why
		SignedIn again = SignedIn.as(this.port, "longday", TestUsers.PASSWORD);
		signedInAgo(again, Duration.ofHours(9));
		var call = again.get("/api/v1/risks");
		assertThat(call.statusCode()).isEqualTo(401);
		assertThat(call.body()).contains("A session ends 8 hours after signing in: sign in again.");
	}

	@Test
	void theEightHoursCountFromSigningInNotFromTheFirstVisit() {
		TestUsers.ensure(this.context, "longday", "longday@test.example", Role.READER, null);
		SignedIn visitor = SignedIn.anonymous(this.port);
		String beforeSigningIn = visitor.sessionId();
		this.jdbc.sql("update spring_session set creation_time = ? where session_id = ?")
			.params(System.currentTimeMillis() - Duration.ofHours(9).toMillis(), beforeSigningIn)
			.update();

		var signedIn = visitor.post("/sign-in", Map.of("username", "longday", "password", TestUsers.PASSWORD));

		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("sign-in"));
		assertThat(visitor.sessionId()).isNotEqualTo(beforeSigningIn);
		assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
	}

	private void signedInAgo(SignedIn person, Duration ago) {
		this.jdbc.sql("update spring_session set creation_time = ? where session_id = ?")
			.params(System.currentTimeMillis() - ago.toMillis(), person.sessionId())
			.update();
	}

	private boolean sessionExists(String id) {
		return this.jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(id)
			.query(Integer.class)
			.single() > 0;
	}

	private int sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Integer.class)
			.single();
	}

}
