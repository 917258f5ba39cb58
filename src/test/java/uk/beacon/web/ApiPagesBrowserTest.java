package uk.beacon.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.identity.Account;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator issues a personal access token on a person's page and reads the API's
 * page, in real Chromium, each checked with axe-core at desktop and phone width.
 */
@BeaconIntegrationTest
class ApiPagesBrowserTest extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Test
	void anAdministratorIssuesATokenAndRevokesIt() {
		Account person = TestUsers.ensure(this.context, "browser-token", "browser-token@test.example",
				Role.PERFORMANCE_OFFICER, null);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/admin/users/" + person.id()));
		page.getByLabel("What it is for").fill("Power BI refresh");
		page.getByLabel("1 year").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue token")).click();

		PlaywrightAssertions.assertThat(page.getByText("Token issued")).isVisible();
		assertThat(page.locator("#issued-token").textContent()).startsWith("beacon_");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.setViewportSize(1280, 900);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the token for Power BI refresh"))
			.click();
		PlaywrightAssertions.assertThat(page.getByText("Token revoked")).isVisible();
		assertThat(page.locator("table").last().textContent()).contains("Revoked");
		assertAccessible(page);
	}

	@Test
	void theApiPageListsTheOperationsForEveryone() {
		Page page = browser.newPage();
		page.navigate(url("/api"));
		PlaywrightAssertions
			.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Beacon API")))
			.isVisible();
		PlaywrightAssertions
			.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Risk register")))
			.isVisible();
		assertThat(page.content()).contains("/api/v1/risks/{reference}/reviews");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
	}

}
