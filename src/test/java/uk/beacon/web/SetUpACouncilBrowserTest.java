package uk.beacon.web;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's first "done when": a performance officer sets a blank council up from
 * nothing on screen, in real Chromium: three units, ten indicators with targets of three
 * shapes, a scorecard with two sections and one quarter's figures in the grid; the
 * scorecard then rates each as the council's rules do. Every new page is checked with
 * axe-core at desktop and phone width.
 */
@BeaconIntegrationTest
class SetUpACouncilBrowserTest extends BrowserTestSupport {

	private static final String QUARTER = "Q1 2025/26";

	@Autowired
	ApplicationContext context;

	@Test
	void aBlankCouncilIsSetUpOnScreenAndItsScorecardRatesTheFigures() {
		TestUsers.ensure(this.context, "setup-officer", "setup-officer@test.example", Role.PERFORMANCE_OFFICER, null);
		Page page = browser.newPage();
		signIn(page, "setup-officer", TestUsers.PASSWORD);
		page.navigate(url("/setup"));
		checked(page);

		// the organisation: a council, a directorate, a service
		page.navigate(url("/setup/organisation"));
		checked(page);
		addUnit(page, "Blankshire Council", "BLK", "Council", "");
		addUnit(page, "People", "BLK-PEO", "Directorate", "BLK");
		addUnit(page, "Adult care", "BLK-PEO-ASC", "Service", "BLK-PEO");
		assertThat(page.locator(".beacon-tree").textContent()).contains("Blankshire Council", "People", "Adult care");

		// ten indicators, each with its target: four figures, three ranges, three
		// quartiles
		for (int i = 1; i <= 10; i++) {
			String code = String.format("BLK-%02d", i);
			page.navigate(url("/setup/indicators/new"));
			if (i == 1) {
				checked(page);
			}
			page.getByLabel("Belongs to").selectOption("BLK-PEO");
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
			page.getByLabel("Title").fill("Blankshire measure " + i);
			page.getByLabel("Its figures are in").selectOption("percent");
			page.getByLabel((i >= 5 && i <= 7) ? "Within a range is best" : "Higher is better").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the indicator")).click();
			PlaywrightAssertions.assertThat(page.getByText("Added " + code)).isVisible();

			page.getByLabel("Applies from the quarter").fill(QUARTER);
			if (i <= 4) {
				page.getByLabel("Kind of target").selectOption("value");
				page.getByLabel("The figure (for a figure)").fill("80");
				page.getByLabel("Its own rule, with the tolerances below").check();
				page.getByLabel("Amber tolerance given as").selectOption("absolute");
				page.getByLabel("Amber tolerance", new Page.GetByLabelOptions().setExact(true)).fill("5");
			}
			else if (i <= 7) {
				page.getByLabel("Kind of target").selectOption("range");
				page.getByLabel("Low end (for a range)").fill("10");
				page.getByLabel("High end (for a range)").fill("20");
			}
			else {
				page.getByLabel("Kind of target").selectOption("quartile");
				page.getByLabel("Quartile, 1 (top) to 4 (for a benchmark quartile)").fill("1");
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new target")).click();
			PlaywrightAssertions.assertThat(page.getByText("Set the target of " + code)).isVisible();
		}

		// a scorecard with two sections, its indicators placed
		page.navigate(url("/setup/scorecards/new"));
		checked(page);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Blankshire scorecard");
		page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("BLK-SC");
		page.getByLabel("Reports on").selectOption("BLK");
		page.getByLabel("Corporate").check();
		page.getByLabel("Its first section").fill("Health and care");
		page.getByLabel("The quarter it opens at (optional)").fill(QUARTER);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the scorecard")).click();
		PlaywrightAssertions.assertThat(page.getByText("Added Blankshire scorecard")).isVisible();
		page.locator("#indicators-0").fill("BLK-01\nBLK-02\nBLK-03\nBLK-04\nBLK-05");
		page.locator("#title-1").fill("Places");
		page.locator("#indicators-1").fill("BLK-06\nBLK-07\nBLK-08\nBLK-09\nBLK-10");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the layout")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).isVisible();
		String scorecard = page.url().replaceAll(".*/scorecards/(\\d+)/.*", "$1");

		// the quarter's figures in one grid
		page.navigate(url("/scorecards/" + scorecard + "/figures?period=Q1%202025%2F26"));
		List<String> figures = List.of("85", "78", "70", "80", "15", "25", "9", "12", "50", "99");
		for (int n = 0; n < figures.size(); n++) {
			page.locator("#value-" + n).fill(figures.get(n));
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the figures")).click();
		PlaywrightAssertions.assertThat(page.getByText("Saved 10 figures for " + QUARTER)).isVisible();

		// the scorecard rates them as the council's rules do
		page.navigate(url("/scorecards/" + scorecard + "?period=Q1%202025%2F26"));
		assertThat(status(page, 1)).isEqualTo("Green");
		assertThat(status(page, 2)).isEqualTo("Amber");
		assertThat(status(page, 3)).isEqualTo("Red");
		assertThat(status(page, 4)).isEqualTo("Green");
		assertThat(status(page, 5)).isEqualTo("Green");
		assertThat(status(page, 6)).isEqualTo("Red");
		assertThat(status(page, 7)).isEqualTo("Red");
		for (int quartile = 8; quartile <= 10; quartile++) {
			assertThat(status(page, quartile)).as("no benchmark yet").isEqualTo("Not rated");
		}
		assertThat(String.join("|", page.locator("h2").allTextContents())).contains("Health and care", "Places");

		page.navigate(url("/setup"));
		String setup = page.locator("main").textContent();
		assertThat(setup).contains("Blankshire Council", "every indicator has a target", "10 indicators");
	}

	private void addUnit(Page page, String name, String code, String kind, String parent) {
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
		page.getByLabel(kind, new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Sits below").selectOption(parent);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the unit")).click();
		PlaywrightAssertions.assertThat(page.getByText("Added " + name + " (" + code + ")")).isVisible();
	}

	/** The assessed status the scorecard shows for the indicator. */
	private static String status(Page page, int indicator) {
		Locator row = page.locator("tr", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Blankshire measure " + indicator).setExact(true))));
		return row.locator(".govuk-tag").first().textContent().strip();
	}

	/**
	 * The page meets WCAG 2.2 AA at desktop and at phone width, with no sideways
	 * scrolling.
	 */
	private static void checked(Page page) {
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.setViewportSize(1280, 900);
	}

}
