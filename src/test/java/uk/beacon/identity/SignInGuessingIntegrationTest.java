package uk.beacon.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestMail;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing, through the form and HTTP Basic, from many addresses, as behind a
 * reverse proxy that names each client ({@code X-Forwarded-For}, read with
 * {@code server.forward-headers-strategy=native}): guesses are slowed for the client
 * making them, an account is locked only to clients it has not signed in from, and every
 * refusal reads the same. With Beacon's own limits, not the shared tests' relaxed ones.
 * The addresses are documentation ones (RFC 5737), only ever written in a header.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "beacon.data-dir=target/test-data/${random.uuid}", "beacon.demo-data.enabled=false",
				"beacon.admin-password=" + TestUsers.ADMIN_PASSWORD, "server.forward-headers-strategy=native",
				"spring.session.timeout=45m" })
@ContextConfiguration(initializers = TestMail.class)
class SignInGuessingIntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	/** Where the administrator works, and has signed in from before. */
	private static final String OFFICE = "192.0.2.10";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void strangersGuessesDoNotLockTheAdministratorOutOfTheComputerTheyUse() {
		SignedIn.asFrom(this.port, OFFICE, "admin", TestUsers.ADMIN_PASSWORD);

		// five wrong guesses, each from a different address, as a botnet would
		for (int i = 1; i <= 5; i++) {
			assertThat(basic("203.0.113." + i, "admin", "guess number " + i).statusCode()).isEqualTo(401);
		}
		// locked now, to strangers: even the right password is refused them
		assertThat(basic("203.0.113.6", "admin", TestUsers.ADMIN_PASSWORD).statusCode()).isEqualTo(401);
		assertThat(this.audit.about("USER", "admin")).extracting(e -> e.action()).contains("ACCOUNT_LOCKED");

		// but not to the administrator at their own computer, by form or Basic
		SignedIn admin = SignedIn.asFrom(this.port, OFFICE, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
		assertThat(basic(OFFICE, "admin", TestUsers.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void aLockedAccountAnswersExactlyAsAnUnknownOneDoes() {
		TestUsers.ensure(this.context, "lockedout", "lockedout@test.example", Role.READER, null);
		for (int i = 1; i <= 5; i++) {
			basic("198.51.100." + i, "lockedout", "guess number " + i);
		}
		assertThat(this.accounts.findByUsername("lockedout").orElseThrow().lockedUntil()).isNotNull();

		String stranger = "198.51.100.20";
		HttpResponse<String> unknown = basic(stranger, "nosuchperson", "guess number 6");
		HttpResponse<String> wrong = basic(stranger, "lockedout", "guess number 6");
		HttpResponse<String> right = basic(stranger, "lockedout", TestUsers.PASSWORD);
		for (HttpResponse<String> locked : List.of(wrong, right)) {
			assertThat(locked.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(401);
			assertThat(locked.body()).isEqualTo(unknown.body());
			assertThat(locked.headers().allValues("WWW-Authenticate"))
				.isEqualTo(unknown.headers().allValues("WWW-Authenticate"));
		}

		String another = "198.51.100.21";
		HttpResponse<String> unknownForm = form(another, "nosuchperson", "guess number 7");
		HttpResponse<String> wrongForm = form(another, "lockedout", "guess number 7");
		HttpResponse<String> rightForm = form(another, "lockedout", TestUsers.PASSWORD);
		for (HttpResponse<String> locked : List.of(wrongForm, rightForm)) {
			assertThat(locked.statusCode()).isEqualTo(unknownForm.statusCode()).isEqualTo(302);
			assertThat(locked.headers().firstValue("Location")).isEqualTo(unknownForm.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error"));
			assertThat(locked.body()).isEqualTo(unknownForm.body());
		}
		assertThat(SignedIn.anonymousFrom(this.port, another).get("/sign-in?error").body())
			.contains("The username or password is not right.");
	}

	@Test
	void fiveFailedSignInsLockTheAccountToNewClientsUntilAnAdministratorUnlocksIt() {
		Account account = TestUsers.ensure(this.context, "guessed", "guessed@test.example", Role.READER, null);
		for (int i = 1; i <= 5; i++) {
			assertThat(
					form("198.51.100." + (40 + i), "guessed", "wrong password " + i).headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error"));
		}
		// the right password from somewhere new is refused too (and counted)
		assertThat(form("198.51.100.50", "guessed", TestUsers.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error"));
		assertThat(this.audit.about("USER", "guessed")).extracting(e -> e.action()).contains("ACCOUNT_LOCKED");

		SignedIn admin = SignedIn.asFrom(this.port, OFFICE, "admin", TestUsers.ADMIN_PASSWORD);
		int version = this.accounts.findById(account.id()).orElseThrow().version();
		assertThat(admin.get("/admin/users/" + account.id()).body())
			.contains("Locked to new computers after 6 failed sign-ins");
		admin.post("/admin/users/" + account.id() + "/unlock", Map.of("version", String.valueOf(version)));

		SignedIn.asFrom(this.port, "198.51.100.50", "guessed", TestUsers.PASSWORD);
		assertThat(this.audit.about("USER", "guessed")).extracting(e -> e.actor() + " " + e.action())
			.contains("Administrator (admin) ACCOUNT_UNLOCKED");
	}

	@Test
	void thirtyWrongBasicGuessesInABurstAreAnswered429AndOnlyForTheClientMakingThem() {
		TestUsers.ensure(this.context, "burst", "burst@test.example", Role.READER, null);
		String guesser = "203.0.113.50";

		List<HttpResponse<String>> answers = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			answers.add(basic(guesser, "burst", "guess number " + i));
		}

		long checked = answers.stream().filter(a -> a.statusCode() == 401).count();
		List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 429).toList();
		// three checked, then a wait that doubles (a slow machine may get a fourth, fifth
		// or sixth in after one, three or seven seconds)
		assertThat(checked).isBetween(3L, 6L);
		assertThat(refused).hasSize(30 - (int) checked);
		assertThat(refused).allSatisfy(answer -> {
			assertThat(answer.headers().firstValue("Retry-After"))
				.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
			assertThat(answer.body()).contains("Too many attempts to sign in");
		});
		// a username with no account is slowed the same
		List<Integer> unknown = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			unknown.add(basic(guesser, "noburst", "guess number " + i).statusCode());
		}
		assertThat(unknown).startsWith(401, 401, 401).contains(429);

		// the person themselves, from their own computer, is not kept waiting
		SignedIn.asFrom(this.port, "192.0.2.20", "burst", TestUsers.PASSWORD);
		assertThat(basic("192.0.2.20", "burst", TestUsers.PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void theSignInFormIsSlowedTheSameWay() {
		TestUsers.ensure(this.context, "formguess", "formguess@test.example", Role.READER, null);
		String guesser = "203.0.113.70";
		List<Integer> answers = new ArrayList<>();
		SignedIn browser = SignedIn.anonymousFrom(this.port, guesser);
		for (int i = 1; i <= 10; i++) {
			answers.add(browser.post("/sign-in", Map.of("username", "formguess", "password", "guess number " + i))
				.statusCode());
		}
		assertThat(answers).startsWith(302, 302, 302).contains(429);
	}

	@Test
	void oneAddressGuessingManyAccountsIsStoppedAfterTenFailuresAMinute() {
		String sprayer = "203.0.113.60";
		List<Integer> answers = new ArrayList<>();
		for (int i = 1; i <= 11; i++) {
			answers.add(basic(sprayer, "person" + i, "Summer2024!").statusCode());
		}
		assertThat(answers.subList(0, 10)).containsOnly(401);
		assertThat(answers.get(10)).isEqualTo(429);
		// another address is not
		assertThat(basic("203.0.113.61", "person11", "Summer2024!").statusCode()).isEqualTo(401);
	}

	@Test
	void guessedApiTokensAreStoppedAfterTenRefusalsAMinuteWhileAGoodTokenIsNeverHeldBack() {
		String guesser = "203.0.113.80";
		List<Integer> answers = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			answers.add(bearer(guesser, "beacon_guess" + i).statusCode());
		}
		assertThat(answers.subList(0, 10)).containsOnly(401);
		HttpResponse<String> held = bearer(guesser, "beacon_guess13");
		assertThat(held.statusCode()).isEqualTo(429);
		assertThat(held.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(held.body()).contains("Too many attempts with a token Beacon refused");
		// a wrong password from the same address is held back too: one limit for both
		assertThat(basic(guesser, "admin", "a guess").statusCode()).isEqualTo(429);

		Account reader = TestUsers.ensure(this.context, "tokenuser", "tokenuser@test.example", Role.READER, null);
		String secret = this.context.getBean(uk.beacon.identity.ApiTokenManagement.class)
			.issue(TestUsers.SYSTEM, reader.id(), "Guessing test", null)
			.secret();
		String worker = "192.0.2.30";
		List<Integer> good = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			good.add(bearer(worker, secret).statusCode());
		}
		assertThat(good).as("a good token's calls are never counted").containsOnly(200);
		assertThat(bearer(guesser, secret).statusCode())
			.as("a good token works from an address held back for others' refused tokens")
			.isEqualTo(200);
		assertThat(bearer(guesser, "beacon_guess14").statusCode()).isEqualTo(429);
		assertThat(bearer("203.0.113.81", "beacon_other").statusCode()).as("another address is not held back")
			.isEqualTo(401);
	}

	@Test
	void sessionsEndAfterTheIdleTimeConfigured() {
		SignedIn.asFrom(this.port, OFFICE, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(this.jdbc
			.sql("select distinct max_inactive_interval from spring_session where principal_name = 'admin'")
			.query(Integer.class)
			.list()).containsExactly(45 * 60);
	}

	/** A call to the API with HTTP Basic credentials, from this address. */
	private HttpResponse<String> bearer(String from, String token) {
		return send(HttpRequest.newBuilder(uri("/api/v1/risks"))
			.header("Authorization", "Bearer " + token)
			.header("X-Forwarded-For", from)
			.build());
	}

	private HttpResponse<String> basic(String from, String username, String password) {
		return send(HttpRequest.newBuilder(uri("/api/v1/risks"))
			.header("Authorization", Http.basic(username, password))
			.header("X-Forwarded-For", from)
			.build());
	}

	/** The sign-in form sent from this address; returns Beacon's answer. */
	private HttpResponse<String> form(String from, String username, String password) {
		return SignedIn.anonymousFrom(this.port, from)
			.post("/sign-in", Map.of("username", username, "password", password));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
