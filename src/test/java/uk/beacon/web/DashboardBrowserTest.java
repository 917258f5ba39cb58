package uk.beacon.web;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import uk.beacon.BeaconIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A councillor drills down from the council overview to an indicator, filters by status,
 * and can do it all with the keyboard alone; axe-core checks every page type on the way.
 */
@BeaconIntegrationTest
class DashboardBrowserTest extends BrowserTestSupport {

	@Test
	void drillsDownFromTheCouncilToAnIndicatorAndFiltersByStatus() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/dashboard"));
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Worcestershire County Council")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Worcestershire County Council");
		// assertions that wait: the page may still be arriving when its heading shows
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("By directorate");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("By objective or perspective");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Children, Families and Communities"))
			.first()
			.click();
		PlaywrightAssertions.assertThat(page.locator("h1"))
			.containsText("Children, Families and Communities: Q2 2019/20");
		PlaywrightAssertions.assertThat(page.locator("table").last().locator("tbody tr")).hasCount(60);
		// every line has a variation icon, or says it has no limits, in words too
		for (String line : page.locator("table").last().locator("tbody tr").allTextContents()) {
			assertThat(line).containsPattern("Common cause variation|Special cause of|No process limits");
		}
		assertThat(page.locator(".beacon-counts").innerText().replaceAll("\\s+", " ")).contains("26 indicators Red");

		page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("RED");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
		PlaywrightAssertions.assertThat(page.locator("table").last().locator("tbody tr")).hasCount(26);
		assertThat(page.locator("[role=status]").innerText()).isEqualTo("26 indicators match the filters");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Care Leavers in suitable accommodation"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Care Leavers in suitable accommodation");
		page.close();
	}

	@Test
	void theDashboardCanBeFilteredWithTheKeyboardAlone() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/dashboard/LCC"));
		Keyboard keyboard = page.keyboard();

		for (int i = 0; i < 100 && !"status".equals(page.evaluate("() => document.activeElement.id")); i++) {
			keyboard.press("Tab");
		}
		assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("status");
		keyboard.press("ArrowDown");
		keyboard.press("ArrowDown");
		keyboard.press("ArrowDown");
		assertThat(page.locator("#status").inputValue()).isEqualTo("RED");
		for (int i = 0; i < 20 && !"Apply filters".equals(focusedText(page)); i++) {
			keyboard.press("Tab");
		}
		assertThat(focusedText(page)).isEqualTo("Apply filters");
		keyboard.press("Enter");

		PlaywrightAssertions.assertThat(page).hasURL(java.util.regex.Pattern.compile(".*status=RED.*"));
		PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("match the filters");
		page.close();
	}

	@Test
	void theFirstTabReachesTheSkipLinkAndItLeadsToTheContent() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/dashboard"));
		page.keyboard().press("Tab");
		assertThat(focusedText(page)).isEqualTo("Skip to main content");
		page.keyboard().press("Enter");
		PlaywrightAssertions.assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main-content$"));
		page.close();
	}

	private static String focusedText(Page page) {
		return (String) page.evaluate("() => document.activeElement ? document.activeElement.textContent.trim() : ''");
	}

}
