package uk.beacon.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wherever a person chooses a password, the common ones are refused with the reason: when
 * they change their own, and when they replace the temporary password an administrator
 * gave them on adding them or resetting it. (Beacon itself makes the temporary ones.)
 */
@BeaconIntegrationTest
class PasswordRulesIntegrationTest {

	/** What the probe of issue 19 found accepted. */
	private static final List<String> PROBED = List.of("aaaaaaaaaaaa", "password1234", "123456789012", "qwertyuiop12");

	private static final String WHY = "This password is ";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Test
	void aPersonChangingTheirPasswordCannotChooseACommonOne() {
		TestUsers.ensure(this.context, "chooser", "chooser@test.example", Role.READER, null);
		SignedIn person = SignedIn.as(this.port, "chooser", TestUsers.PASSWORD);

		for (String password : PROBED) {
			assertThat(refusal(person, TestUsers.PASSWORD, password)).as(password)
				.contains(WHY)
				.contains("Choose another");
		}
		// the password they had still works
		SignedIn.as(this.port, "chooser", TestUsers.PASSWORD);
	}

	@Test
	void someoneAddedOrResetByAnAdministratorCannotReplaceTheTemporaryPasswordWithACommonOne() {
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		HttpResponse<String> added = admin.post("/admin/users",
				Map.of("username", "starter", "name", "Common Starter", "email", "common.starter@test.example"));
		String page = admin.get(path(added)).body();
		String temporary = page.replaceAll("(?s).*Their temporary password is ([A-Za-z0-9]+) .*", "$1");

		SignedIn starter = SignedIn.as(this.port, "starter", temporary);
		for (String password : PROBED) {
			assertThat(refusal(starter, temporary, password)).as(password).contains(WHY);
		}
		assertThat(this.accounts.findByUsername("starter").orElseThrow().mustChangePassword()).isTrue();

		Account account = this.accounts.findByUsername("starter").orElseThrow();
		HttpResponse<String> reset = admin.post("/admin/users/" + account.id() + "/password",
				Map.of("version", String.valueOf(account.version())));
		String again = admin.get(path(reset))
			.body()
			.replaceAll("(?s).*The temporary password is ([A-Za-z0-9]+) .*", "$1");
		SignedIn afterReset = SignedIn.as(this.port, "starter", again);
		for (String password : PROBED) {
			assertThat(refusal(afterReset, again, password)).as(password).contains(WHY);
		}
		assertThat(this.accounts.findByUsername("starter").orElseThrow().mustChangePassword()).isTrue();
	}

	/**
	 * Tries the change from the account page; returns the page the person is sent back
	 * to.
	 */
	private static String refusal(SignedIn person, String current, String replacement) {
		HttpResponse<String> answer = person.postFrom("/account?change-password", "/account/password",
				Map.of("current", current, "password", replacement, "confirmation", replacement));
		assertThat(answer.statusCode()).isEqualTo(302);
		return person.get(path(answer)).body();
	}

	private static String path(HttpResponse<String> redirect) {
		return redirect.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
	}

}
