package uk.beacon.identity;

import uk.beacon.access.Role;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local accounts: hashed passwords, an administrator's reset with a temporary password
 * that must be changed, sessions in the database, and the security headers every page
 * carries. Lock-out after repeated failures is in {@code SignInGuessingIntegrationTest}.
 */
@BeaconIntegrationTest
class AccountsIntegrationTest {

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
	void passwordsAreStoredAsArgon2idHashesAndSessionsInTheDatabase() {
		TestUsers.ensure(this.context, "hashed", "hashed@test.example", Role.READER, null);

		assertThat(this.accounts.findByUsername("hashed").orElseThrow().passwordHash()).startsWith("{argon2}$argon2id$")
			.doesNotContain(TestUsers.PASSWORD);
		SignedIn.as(this.port, "hashed", TestUsers.PASSWORD);
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = 'hashed'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void anAdministratorAddsAPersonWhoMustChangeTheTemporaryPassword() {
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);

		HttpResponse<String> added = admin.post("/admin/users",
				Map.of("username", "newstarter", "name", "New Starter", "email", "New.Starter@Test.example"));
		String page = admin.get(added.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""))
			.body();
		String temporary = page.replaceAll("(?s).*Their temporary password is ([A-Za-z0-9]+) .*", "$1");
		assertThat(temporary).hasSize(20);
		Account account = this.accounts.findByUsername("newstarter").orElseThrow();
		assertThat(account.email()).isEqualTo("new.starter@test.example");
		assertThat(account.mustChangePassword()).isTrue();

		SignedIn starter = SignedIn.as(this.port, "newstarter", temporary);
		// every page sends them to change it first
		assertThat(starter.get("/").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/account?change-password"));
		assertThat(starter
			.postFrom("/account?change-password", "/account/password",
					Map.of("current", temporary, "password", "short", "confirmation", "short"))
			.statusCode()).isEqualTo(302);
		assertThat(this.accounts.findByUsername("newstarter").orElseThrow().mustChangePassword()).isTrue();
		starter.post("/account/password", Map.of("current", temporary, "password", "a long enough passphrase",
				"confirmation", "a long enough passphrase"));
		assertThat(starter.get("/").statusCode()).isEqualTo(200);
		assertThat(this.audit.about("USER", "newstarter")).extracting(e -> e.action())
			.containsExactly("USER_CREATED", "PASSWORD_CHANGED");

		// a duplicate username is refused with a reason, on the form with what was typed
		assertThat(admin
			.postFrom("/admin/users", "/admin/users",
					Map.of("username", "newstarter", "name", "Someone Else", "email", ""))
			.body()).contains("There is already an account with the username newstarter")
			.contains("value=\"Someone Else\"");
	}

	@Test
	void aRoleWithdrawnTakesEffectOnTheNextRequest() {
		Account account = TestUsers.ensure(this.context, "withdrawn", "withdrawn@test.example", Role.READER, null);
		SignedIn person = SignedIn.as(this.port, "withdrawn", TestUsers.PASSWORD);
		assertThat(person.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(person.get("/").body()).contains("href=\"/dashboard\"", "href=\"/risks\"");

		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		long grant = account.grants().get(0).id();
		admin.post("/admin/users/" + account.id() + "/roles/" + grant + "/remove", Map.of());

		assertThat(person.get("/dashboard").statusCode()).isEqualTo(403);
		// and the header no longer offers what the role gave
		assertThat(person.get("/").body()).doesNotContain("href=\"/dashboard\"", "href=\"/risks\"")
			.contains("Your account");
		assertThat(this.audit.about("USER", "withdrawn")).extracting(e -> e.action()).contains("ROLE_REVOKED");
	}

	@Test
	void pagesCarryTheSecurityHeadersAndErrorsShowNoInternals() {
		HttpResponse<String> home = Http.get(this.port, "/");

		assertThat(home.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
				.contains("script-src 'self'")
				.contains("style-src 'self'")
				.contains("frame-ancestors 'none'"));
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		HttpResponse<String> broken = Http.get(this.port, "/api/v1/scorecards/not-a-number/indicators");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at uk.beacon").doesNotContain("select ");
		HttpResponse<String> missing = SignedIn.anonymous(this.port).get("/scorecards/999999");
		assertThat(missing.body()).contains("Page not found").doesNotContain("Exception");
	}

	@Test
	void formsWithoutTheTokenAreRefused() {
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		HttpResponse<String> withToken = admin.post("/admin/users", Map.of("username", "", "name", "", "email", ""));
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(withToken.body()).contains("Enter the person&#39;s name");

		HttpResponse<String> forged = Http.post(this.port, "/sign-in", "application/x-www-form-urlencoded",
				"username=admin&password=x".getBytes(java.nio.charset.StandardCharsets.UTF_8), "admin",
				TestUsers.ADMIN_PASSWORD);
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void administratorsSearchAndExportTheAuditTrail() {
		TestUsers.ensure(this.context, "audited", "audited@test.example", Role.APPROVER, "WCC");
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);

		String page = admin.get("/admin/audit?text=audited&type=USER").body();
		assertThat(page).contains("ROLE_GRANTED").contains("Approver for Worcestershire County Council");
		HttpResponse<String> csv = admin.get("/admin/audit.csv?text=audited");
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.body()).startsWith("id,occurred_at,actor,action,subject_type,subject,before,after")
			.contains("USER_CREATED")
			.contains("ROLE_GRANTED");
		// nobody else may read it
		SignedIn approver = SignedIn.as(this.port, "audited", TestUsers.PASSWORD);
		assertThat(approver.get("/admin/audit.csv").statusCode()).isEqualTo(403);
	}

}
