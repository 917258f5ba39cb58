package uk.beacon.web;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import uk.beacon.BeaconIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A performance officer's path through Beacon in real Chromium, every page checked with
 * axe-core.
 */
@BeaconIntegrationTest
class PagesBrowserTest extends BrowserTestSupport {

	@Test
	void fromTheScorecardsToAnIndicatorAndBack() {
		Page page = browser.newPage();
		page.navigate(url("/"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Scorecards");
		assertThat(page.locator("h2").allTextContents()).contains("Worcestershire County Council",
				"Lancashire County Council");
		assertAccessible(page);

		page.getByText("Children, Families and Communities Balanced Scorecard").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Q2 2019/20");
		PlaywrightAssertions.assertThat(page.locator("tbody tr")).hasCount(60);
		assertThat(page.locator(".beacon-counts li").allInnerTexts())
			.extracting(text -> text.replaceAll("\\s+", " ").trim().toLowerCase())
			.containsExactly("11 green", "12 amber", "26 red", "11 not rated", "0 no data");
		assertAccessible(page);
		// each line has its variation and assurance icons, or says it has no limits, in
		// words for screen readers, and a key says what the icons mean
		for (String line : page.locator("tbody tr").allTextContents()) {
			assertThat(line).containsPattern("Common cause variation|Special cause of|No process limits");
		}
		page.getByText("What the variation and assurance icons mean").click();
		PlaywrightAssertions.assertThat(page.locator("details").first())
			.containsText("Consistently failing the target");
		assertAccessible(page);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/scorecard.png")).setFullPage(false));
		page.setViewportSize(390, 844);
		assertAccessible(page);
		page.setViewportSize(1280, 720);

		// the link, not the title of its sparkline
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Care Leavers in suitable accommodation"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Care Leavers in suitable accommodation");
		assertThat(page.locator(".govuk-summary-list").first().innerText()).contains("Status by the rule")
			.contains("Red: 76");
		assertAccessible(page);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/indicator.png")).setFullPage(true));
		page.close();
	}

	@Test
	void choosingAnEarlierQuarterShowsTheFiguresReportedThen() {
		Page page = browser.newPage();
		page.navigate(url("/"));
		page.getByText("Corporate Strategy Monitoring").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Q3 2019/20");

		page.getByLabel("Reporting period").selectOption("Q1 2019/20");
		page.getByText("Show period").click();

		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Q1 2019/20");
		assertThat(page.locator("tbody tr").first().innerText()).contains("96.67%");
		assertAccessible(page);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/scorecard.png")).setFullPage(true));
		page.close();
	}

	@Test
	void anImportWithProblemsListsThemAndSavesNothing() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/import"));
		assertAccessible(page);

		page.getByLabel("Files to import")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("measurements.csv", "text/csv",
					"indicator_code,data_period,reporting_period,value\nNOPE,31/09/2019,Q2 2019/20,1\n"
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Check the files"))
			.click();

		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Nothing was imported");
		assertThat(page.locator("tbody").innerText()).contains("31/09/2019").contains("NOPE");
		assertAccessible(page);
		page.close();
	}

	@Test
	void anUnknownPageSaysSoPlainly() {
		Page page = browser.newPage();
		page.navigate(url("/indicators/NO-SUCH-CODE"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Page not found");
		assertAccessible(page);
		page.close();
	}

}
