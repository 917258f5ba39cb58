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

	static void assertAccessible(Page page) {
		assertThat(Browser.accessibilityViolations(page)).as("WCAG 2.2 AA violations on " + page.url()).isEmpty();
	}

}
