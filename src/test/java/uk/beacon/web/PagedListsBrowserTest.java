package uk.beacon.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.dashboard.PagingCouncil;

/**
 * A performance officer reads a council's list of 250 indicators a page at a time: the
 * pagination under the list leads on and back with the filters kept, says which page is
 * shown, passes axe-core's checks and fits a phone held upright (390 px).
 */
@BeaconIntegrationTest
class PagedListsBrowserTest extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void aCouncilLongerThanAPage() {
		PagingCouncil.load(this.context);
	}

	@Test
	void theCouncilsIndicatorsAreReadAPageAtATimeWithTheFiltersKept() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/dashboard/PGC?period=Q3+2025%2F26&updated=true"));
		PlaywrightAssertions.assertThat(page.locator("[role=status]"))
			.hasText("125 indicators match the filters, by indicator code. Showing 1 to 100 of 125.");
		PlaywrightAssertions.assertThat(page.locator("table").last().locator("tbody tr")).hasCount(100);
		assertAccessible(page);

		page.getByRole(AriaRole.NAVIGATION,
				new Page.GetByRoleOptions().setName("Pages of the indicators of Paging County Council"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page"))
			.click();
		PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*updated=true&page=2#indicators$"));
		PlaywrightAssertions.assertThat(page.locator("table").last().locator("tbody tr")).hasCount(25);
		PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Showing 101 to 125 of 125.");
		PlaywrightAssertions.assertThat(page.locator(".govuk-pagination [aria-current=page]")).hasText("2");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Page 1").setExact(true)).click();
		PlaywrightAssertions.assertThat(page.locator("table").last().locator("tbody tr")).hasCount(100);
		page.close();
	}

	@Test
	void thePaginationOfDataToCheckFitsAPhone() {
		Page page = browser.newPage();
		page.setViewportSize(390, 844);
		signInAsAdministrator(page);
		page.navigate(url("/data-quality?unit=PGC&page=2"));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Data to check");
		PlaywrightAssertions.assertThat(page.locator(".govuk-pagination")).isVisible();
		assertNoSidewaysScrolling(page);
		assertAccessible(page);
		page.navigate(url("/dashboard/PGC?page=2"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-pagination")).isVisible();
		assertNoSidewaysScrolling(page);
		assertAccessible(page);
		page.close();
	}

}
