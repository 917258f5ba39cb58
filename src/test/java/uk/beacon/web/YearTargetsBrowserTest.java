package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.scorecard.Scorecards;

/**
 * A year's targets for a scorecard, set on one page in real Chromium: reached from the
 * figure grid, a mistake linked to its row, then saved. Checked with axe-core at desktop
 * width and at 390 px, where the table scrolls in its own region and the page does not.
 */
@BeaconIntegrationTest
class YearTargetsBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Autowired
	Scorecards scorecards;

	@Test
	void anOfficerSetsTheYearsTargets() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						YTB,Year Targets Browser Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency
						YTB-1,Council tax collected,YTB,percent,higher_is_better,quarterly
						YTB-2,Missed bin collections,YTB,number,lower_is_better,quarterly
						"""), file("targets.csv", """
						indicator_code,kind,applies_from,value,tolerance_kind,tolerance
						YTB-1,value,Q1 2025/26,96,absolute,1
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
										YTB-SC,Year targets browser scorecard,YTB,corporate,Place,objective,YTB-1
										YTB-SC,Year targets browser scorecard,YTB,corporate,Place,objective,YTB-2
										""")),
				TestUsers.SYSTEM);
		long id = this.scorecards.idOf("YTB-SC").orElseThrow();
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/scorecards/" + id + "/figures?period=Q4%202025%2F26"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Targets for a year")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Targets for 2026/27")).click();
		assertAccessible(page);

		page.getByLabel("Target of YTB-1 for 2026/27").fill("97");
		page.getByLabel("Target of YTB-2 for 2026/27").fill("a hundred");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the targets for 2026/27")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary a")).hasAttribute("href", "#value-1");
		assertAccessible(page);

		page.getByLabel("Target of YTB-2 for 2026/27").fill("120");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the targets for 2026/27")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Set 2 targets from Q1 2026/27");
		PlaywrightAssertions.assertThat(page.locator("tbody")).containsText("starts in or after Q1 2026/27");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertNoSidewaysScrolling(page);
		assertAccessible(page);
		page.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
