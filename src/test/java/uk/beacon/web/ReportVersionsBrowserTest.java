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
 * Issue 15, in real Chromium: publishing a quarter again asks why, says so beside the box
 * when no reason is given, and makes version 2, whose page links to version 1 and the
 * other way round. Every page is checked with axe-core, at desktop and phone width.
 */
@BeaconIntegrationTest
class ReportVersionsBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Autowired
	Scorecards scorecards;

	@Test
	void aQuarterPublishedAgainIsVersionTwoWithItsReasonAndLinksToVersionOne() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						RVB,Report Versions Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency,public
						RVB-1,Missed bin collections,RVB,number,lower_is_better,quarterly,yes
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						RVB-1,Q2 2025/26,Q2 2025/26,120
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										RVB-SC,Report Versions Scorecard,RVB,corporate,Waste,objective,RVB-1,Q2 2025/26
										""")),
				TestUsers.SYSTEM);
		long id = this.scorecards.idOf("RVB-SC").orElseThrow();
		String confirmation = url("/scorecards/" + id + "/report/publish?period=Q2%202025/26");
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(confirmation);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, publish the report")).click();
		PlaywrightAssertions.assertThat(page.locator("#version")).containsText("This is version 1, published");
		String first = page.url().replaceFirst("\\?.*$", "");

		for (int width : new int[] { 1280, 390 }) {
			page.setViewportSize(width, 900);
			page.navigate(confirmation);
			PlaywrightAssertions.assertThat(page.locator("h1"))
				.hasText("Are you sure you want to publish this report again?");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, publish version 2")).click();
			PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
				.containsText("Say why the report is published again");
			PlaywrightAssertions.assertThat(page.locator("#reason-error"))
				.containsText("Say why the report is published again");
			assertAccessible(page);
			assertNoSidewaysScrolling(page);
		}
		page.getByLabel("Why is the report published again?").fill("The missed collections figure was revised.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, publish version 2")).click();

		PlaywrightAssertions.assertThat(page.locator("#version")).containsText("This is version 2, published");
		PlaywrightAssertions.assertThat(page.locator("#version"))
			.containsText("because: The missed collections figure was revised.");
		assertAccessible(page);
		// the versions fit a phone (the report's own wide scorecard table does not yet)
		org.assertj.core.api.Assertions
			.assertThat((Boolean) page.evaluate(
					"() => document.querySelector('#version').getBoundingClientRect()" + ".right <= window.innerWidth"))
			.isTrue();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("version 1").setExact(true)).click();
		PlaywrightAssertions.assertThat(page).hasURL(first);
		PlaywrightAssertions.assertThat(page.locator("#version")).containsText("A later version replaces this one");
		page.setViewportSize(1280, 900);
		assertAccessible(page);
		page.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
