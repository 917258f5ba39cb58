package uk.beacon.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test needs: one Chromium for the class, the server's address, and
 * the axe-core check of a page against WCAG 2.2 A and AA.
 */
abstract class BrowserTestSupport {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Signs in through the sign-in page, as a person would. */
	void signIn(Page page, String username, String password) {
		page.navigate(url("/sign-in"));
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in").setExact(true))
			.click();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByText("Your account")).isVisible();
	}

	/** Signs in as the first administrator, who may see every page. */
	void signInAsAdministrator(Page page) {
		signIn(page, "admin", uk.beacon.TestUsers.ADMIN_PASSWORD);
	}

	static void assertAccessible(Page page) {
		assertThat(Browser.accessibilityViolations(page)).as("WCAG 2.2 AA violations on " + page.url()).isEmpty();
	}

	/**
	 * Asserts that nothing on the page reaches beyond the window's width, so the page
	 * does not scroll sideways; a wide table may scroll inside its own labelled region.
	 */
	static void assertNoSidewaysScrolling(Page page) {
		assertThat(page.evaluate("""
				() => [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
				    && !e.closest('.beacon-table-wrapper'))
				  .map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40))"""))
			.as("what sticks out beyond the window's width on " + page.url())
			.asList()
			.isEmpty();
	}

}
