package uk.beacon.identity;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.CouncilDate;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.NotPermitted;
import uk.beacon.access.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal access tokens: issued by an administrator on the person's page and shown once,
 * kept only as a hash, used by API calls as the person with the roles they hold at each
 * call, never for pages, refused once revoked or expired or the account disabled.
 */
@BeaconIntegrationTest
class ApiTokenIntegrationTest {

	private static final Pattern SECRET = Pattern.compile("id=\"issued-token\">(beacon_[A-Za-z0-9_-]+)<");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorIssuesATokenOnThePersonsPageAndItIsShownOnce() {
		Account reader = TestUsers.ensure(this.context, "token-reader", "token-reader@test.example", Role.READER, null);
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		String page = "/admin/users/" + reader.id();
		assertThat(admin.get(page).body()).contains("No tokens: this person has never been issued one.");

		HttpResponse<String> issued = admin.postFrom(page, page + "/tokens",
				Map.of("name", "Power BI refresh", "lasts", "THIRTY_DAYS"));
		assertThat(issued.statusCode()).isEqualTo(200);
		Matcher secret = SECRET.matcher(issued.body());
		assertThat(secret.find()).as("the secret on the answer").isTrue();
		String token = secret.group(1);
		assertThat(issued.body()).contains("Copy it now").contains("Power BI refresh");
		// only its hash is kept, and the page never shows it again
		assertThat(this.jdbc.sql("select count(*) from api_token where secret_hash = ? or hint = ?")
			.params(token, token)
			.query(Long.class)
			.single()).isZero();
		String later = admin.get(page).body();
		assertThat(later).doesNotContain(token)
			.contains(token.substring(0, 13) + "…")
			.contains("Works until " + CouncilDate.today().plusDays(30).getDayOfMonth());
		assertThat(later).contains("Never");

		// the API answers as the person, and no session is made
		HttpResponse<String> risks = Http.sendJson(this.port, "GET", "/api/v1/risks", null, token);
		assertThat(risks.statusCode()).isEqualTo(200);
		assertThat(risks.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(admin.get(page).body()).doesNotContain("<td class=\"govuk-table__cell\">Never</td>");

		// a blank name is refused beside the field
		HttpResponse<String> blank = admin.postFrom(page, page + "/tokens", Map.of("name", " "));
		assertThat(blank.body()).contains("Enter what the token is for").doesNotContain("id=\"issued-token\"");

		// revoked from the page: refused from then on, saying why
		long id = this.jdbc.sql("select id from api_token where user_id = ? and name = 'Power BI refresh'")
			.param(reader.id())
			.query(Long.class)
			.single();
		admin.postFrom(page, page + "/tokens/" + id + "/revoke", Map.of());
		HttpResponse<String> refused = Http.sendJson(this.port, "GET", "/api/v1/risks", null, token);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("revoked");
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> h.startsWith("Bearer"));
		assertThat(admin.get(page).body()).contains("Revoked");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where subject = 'token-reader' and action in "
					+ "('API_TOKEN_ISSUED', 'API_TOKEN_REVOKED')")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aTokenActsWithTheRolesThePersonHoldsAtEachCall() {
		Account account = TestUsers.ensure(this.context, "token-officer", "token-officer@test.example",
				Role.PERFORMANCE_OFFICER, null);
		String token = this.tokens.issue(TestUsers.SYSTEM, account.id(), "Nightly figures", null).secret();
		assertThat(Http.sendJson(this.port, "GET", "/api/v1/scorecards/1/owners", null, token).statusCode())
			.isEqualTo(200);

		long grant = this.context.getBean(Accounts.class)
			.grantsOf(account.id())
			.stream()
			.filter(g -> g.role() == Role.PERFORMANCE_OFFICER)
			.findFirst()
			.orElseThrow()
			.id();
		this.accounts.revoke(TestUsers.SYSTEM, account.id(), grant);
		assertThat(Http.sendJson(this.port, "GET", "/api/v1/scorecards/1/owners", null, token).statusCode())
			.isEqualTo(403);

		// tokens open the API only
		HttpResponse<String> page = Http.sendJson(this.port, "GET", "/dashboard", null, token);
		assertThat(page.statusCode()).isEqualTo(401);
		assertThat(page.body()).contains("opens Beacon's API (/api/v1) only");
	}

	@Test
	void aTokenIsRefusedWhenUnknownExpiredOrItsAccountDisabled() {
		assertThat(Http.sendJson(this.port, "GET", "/api/v1/risks", null, "beacon_not-a-real-one").body())
			.contains("not one Beacon issued");
		assertThat(Http.sendJson(this.port, "GET", "/api/v1/risks", null, "something else").statusCode())
			.isEqualTo(401);

		Account account = TestUsers.ensure(this.context, "token-expiring", "token-expiring@test.example", Role.READER,
				null);
		ApiTokenManagement.IssuedToken issued = this.tokens.issue(TestUsers.SYSTEM, account.id(), "Short lived",
				CouncilDate.today());
		assertThat(Http.sendJson(this.port, "GET", "/api/v1/risks", null, issued.secret()).statusCode()).isEqualTo(200);
		this.jdbc.sql("update api_token set expires_on = current_date - 1 where id = ?").param(issued.id()).update();
		HttpResponse<String> expired = Http.sendJson(this.port, "GET", "/api/v1/risks", null, issued.secret());
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.body()).contains("expired");

		String other = this.tokens.issue(TestUsers.SYSTEM, account.id(), "Another", null).secret();
		Account now = this.context.getBean(Accounts.class).findById(account.id()).orElseThrow();
		this.accounts.setEnabled(TestUsers.SYSTEM, account.id(), now.version(), false);
		HttpResponse<String> disabled = Http.sendJson(this.port, "GET", "/api/v1/risks", null, other);
		assertThat(disabled.statusCode()).isEqualTo(401);
		assertThat(disabled.body()).contains("disabled");
	}

	@Test
	void onlyAnAdministratorIssuesOrRevokesAndTheNameIsChecked() {
		Account account = TestUsers.ensure(this.context, "token-plain", "token-plain@test.example", Role.READER, null);
		assertThatThrownBy(() -> this.tokens.issue(TestUsers.everywhere("Officer", Role.PERFORMANCE_OFFICER),
				account.id(), "Mine", null))
			.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> this.tokens.issue(TestUsers.SYSTEM, account.id(), "Line\nbreak", null))
			.isInstanceOf(ChangeRejected.class)
			.hasMessageContaining("on one line");
		assertThatThrownBy(
				() -> this.tokens.issue(TestUsers.SYSTEM, account.id(), "Past", CouncilDate.today().minusDays(1)))
			.isInstanceOf(ChangeRejected.class)
			.hasMessageContaining("today or later");
		long id = this.tokens.issue(TestUsers.SYSTEM, account.id(), "Kept", null).id();
		assertThatThrownBy(() -> this.tokens.revoke(TestUsers.SYSTEM, account.id() + 100_000, id))
			.isInstanceOf(ChangeRejected.class);
		this.tokens.revoke(TestUsers.SYSTEM, account.id(), id);
		assertThatThrownBy(() -> this.tokens.revoke(TestUsers.SYSTEM, account.id(), id))
			.hasMessageContaining("already been revoked");
	}

}
