package uk.beacon.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import uk.beacon.BeaconIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident, not signed in, finds their way by links alone: from the home page to the
 * council, on to a directorate's scorecard and an indicator on it, with breadcrumbs back
 * up the council's tree; a corporate scorecard leads to the directorates' scorecards and
 * an indicator to every scorecard it is on. Every page is checked with axe-core at
 * desktop width and at 390 px, where none scrolls sideways.
 */
@BeaconIntegrationTest
class PublicNavigationBrowserTest extends BrowserTestSupport {

	@Test
	void aResidentGoesFromTheHomePageToADirectorateScorecardAndAnIndicatorByLinksAlone() {
		Page page = browser.newPage();
		page.navigate(url("/"));
		checked(page);

		link(page, "Worcestershire County Council").first().click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Worcestershire County Council");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Directorates and their scorecards");
		assertThat(breadcrumbs(page)).containsExactly("Scorecards");
		checked(page);

		link(page, "Children, Families and Communities Balanced Scorecard").click();
		PlaywrightAssertions.assertThat(page.locator("h1"))
			.hasText("Children, Families and Communities Balanced Scorecard: Q2 2019/20");
		assertThat(breadcrumbs(page)).containsExactly("Scorecards", "Worcestershire County Council",
				"Children, Families and Communities");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("The scorecard above this one");
		checked(page);

		link(page, "Care Leavers in suitable accommodation").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Care Leavers in suitable accommodation");
		assertThat(breadcrumbs(page)).containsExactly("Scorecards", "Worcestershire County Council",
				"Children, Families and Communities");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Scorecards this indicator is on");
		checked(page);

		// and back up by the breadcrumbs to the directorate's own page
		page.locator(".govuk-breadcrumbs").getByText("Children, Families and Communities").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Children, Families and Communities");
		assertThat(breadcrumbs(page)).containsExactly("Scorecards", "Worcestershire County Council");
		PlaywrightAssertions.assertThat(link(page, "Children, Families and Communities Balanced Scorecard"))
			.isVisible();
		checked(page);
		page.close();
	}

	@Test
	void aCorporateScorecardLeadsToTheDirectoratesAndAnIndicatorToEveryScorecardItIsOn() {
		Page page = browser.newPage();
		page.navigate(url("/"));
		link(page, "Cabinet Balanced Scorecard").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Cabinet Balanced Scorecard");
		assertThat(breadcrumbs(page)).containsExactly("Scorecards", "Worcestershire County Council");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Scorecards below this one");

		// an indicator on both of Worcestershire's scorecards lists both
		page.locator("tbody").getByText("Looked After Children").first().click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Looked After Children");
		Locator onScorecards = page.locator("h2:has-text('Scorecards this indicator is on') + ul li");
		PlaywrightAssertions.assertThat(onScorecards).hasCount(2);
		assertThat(onScorecards.allInnerTexts()).anyMatch(t -> t.contains("Cabinet Balanced Scorecard"))
			.anyMatch(t -> t.contains("Children, Families and Communities Balanced Scorecard"));

		link(page, "Children, Families and Communities Balanced Scorecard").click();
		PlaywrightAssertions.assertThat(page.locator("h1"))
			.containsText("Children, Families and Communities Balanced Scorecard");
		link(page, "Cabinet Balanced Scorecard").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Cabinet Balanced Scorecard");
		page.close();
	}

	@Test
	void aCouncilWithoutDirectorateScorecardsStillListsItsDirectorates() {
		Page page = browser.newPage();
		page.navigate(url("/units/LCC"));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Lancashire County Council");
		assertThat(page.locator("main h3").allTextContents()).contains("Education and Children's Services",
				"Growth, Environment & Transport");
		PlaywrightAssertions.assertThat(link(page, "Corporate Strategy Monitoring")).isVisible();
		checked(page);

		link(page, "Education and Children's Services").click();
		PlaywrightAssertions.assertThat(page.locator("main"))
			.containsText("Education and Children's Services has no scorecard of its own.");
		assertThat(breadcrumbs(page)).containsExactly("Scorecards", "Lancashire County Council");
		checked(page);

		assertThat(page.navigate(url("/units/NO-SUCH-UNIT")).status()).isEqualTo(404);
		page.close();
	}

	@Test
	void theOpenDataPageIsReachedFromTheHomePageAndNamesTheLicence() {
		Page page = browser.newPage();
		page.navigate(url("/"));
		link(page, "open data").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Open data");
		PlaywrightAssertions.assertThat(link(page, "Open Government Licence v3.0")).isVisible();
		PlaywrightAssertions.assertThat(link(page, "JSON of Corporate Strategy Monitoring")).isVisible();
		PlaywrightAssertions.assertThat(link(page, "feed of published reports (Atom)")).isVisible();
		checked(page);
		page.close();
	}

	@Test
	void aResidentSearchesFromTheHeaderAndFindsCareLeavers() {
		Page page = browser.newPage();
		page.navigate(url("/"));
		page.getByRole(AriaRole.SEARCH).getByLabel("Search Beacon").fill("care leavers");
		page.getByRole(AriaRole.SEARCH)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Search");
		PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("for “care leavers”");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Indicators (");
		PlaywrightAssertions.assertThat(page.locator("main")).not().containsText("Risks (");
		PlaywrightAssertions.assertThat(link(page, "Care Leavers in suitable accommodation")).isVisible();
		checked(page);

		link(page, "Care Leavers in suitable accommodation").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Care Leavers in suitable accommodation");

		// too long to be a search: said on the page, next to the box
		page.navigate(url("/search?q=" + "a".repeat(201)));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("200 characters or fewer");
		checked(page);
		page.close();
	}

	private static Locator link(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static java.util.List<String> breadcrumbs(Page page) {
		return page.locator(".govuk-breadcrumbs__link").allTextContents().stream().map(String::trim).toList();
	}

	/** Accessible at desktop width and at 390 px, and not scrolling sideways there. */
	private static void checked(Page page) {
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.setViewportSize(1280, 900);
	}

}
