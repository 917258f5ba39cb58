package uk.beacon.web;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import uk.beacon.BeaconIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page satisfies the content security policy in a real browser that
 * enforces it: no inline script or style, nothing from elsewhere.
 */
@BeaconIntegrationTest
class ContentSecurityPolicyBrowserTest extends BrowserTestSupport {

	@Test
	void pagesRaiseNoContentSecurityPolicyViolations() {
		Page page = browser.newStrictPage();
		List<String> violations = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				violations.add(page.url() + ": " + message.text());
			}
		});
		signInAsAdministrator(page);
		for (String path : List.of("/", "/scorecards/1", "/indicators/WCC-LAC", "/indicators/LCC-PH-01", "/dashboard",
				"/dashboard/WCC", "/risks", "/risks/CR4", "/risks/heat-map", "/risks/profile", "/risks/matrix",
				"/import", "/collection", "/collection/my", "/admin/users", "/admin/audit", "/account")) {
			page.navigate(url(path));
			page.waitForLoadState();
		}
		assertThat(violations).isEmpty();
		page.context().close();
	}

}
