package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer chooses a scorecard and quarter, previews the draft report, edits its
 * narrative, publishes it after confirming, downloads it and sees what changed since;
 * axe-core checks every page on the way.
 */
@BeaconIntegrationTest
class ReportPagesBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Test
	void previewsEditsPublishesAndDownloadsAReport() throws Exception {
		loadCouncil("RPTBRW");
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/reports"));
		assertAccessible(page);

		page.getByLabel("Scorecard")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("RPTBRW Council Scorecard"));
		page.getByLabel("Quarter").fill("Q2 2019/20");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the draft")).click();
		PlaywrightAssertions.assertThat(page.locator("h1"))
			.hasText("RPTBRW Council Scorecard: performance report, Q2 2019/20");
		assertThat(page.locator("main").innerText()).contains("This is a draft")
			.contains("Exception reports")
			.contains("Falling rolls");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the narrative")).click();
		assertAccessible(page);
		page.getByLabel("Edit the narrative").fill("Cabinet is asked to note the report.\n\nAttendance fell.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the narrative")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("The narrative is saved");
		assertThat(page.locator("#narrative ~ p").first().innerText())
			.isEqualTo("Cabinet is asked to note the report.");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Publish this report")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Are you sure you want to publish this report?");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, publish the report")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("The report is published and frozen");
		assertThat(page.locator("main").innerText()).contains("Administrator (admin)").contains("Attendance fell.");
		assertAccessible(page);

		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF of the published report"))
					.click());
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(download.suggestedFilename()).endsWith("Part A.pdf");

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("What has changed in the data since this report was published"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Nothing the report printed has changed");
		assertAccessible(page);

		page.navigate(url("/reports"));
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("RPTBRW Council Scorecard: performance report, Q2 2019/20")
					.setExact(true)))
			.isVisible();
		assertAccessible(page);
	}

	private void loadCouncil(String p) {
		this.csvImport.run(java.util.List.of(file("organisation.csv", """
				code,name,kind,parent_code
				%1$s,%1$s Council,council,
				""".formatted(p)), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				%1$s-1,Falling rolls,%1$s,percent,higher_is_better,quarterly
				%1$s-2,Library visits,%1$s,number,higher_is_better,quarterly
				""".formatted(p)), file("targets.csv", """
				indicator_code,kind,applies_from,value,tolerance_kind,tolerance
				%1$s-1,value,Q1 2019/20,95,absolute,1
				%1$s-2,value,Q1 2019/20,1000,absolute,100
				""".formatted(p)), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value,performance_details
				%1$s-1,Q1 2019/20,Q1 2019/20,96,
				%1$s-1,Q2 2019/20,Q2 2019/20,90,Attendance fell after the summer
				%1$s-2,Q2 2019/20,Q2 2019/20,1200,
				""".formatted(p)),
				file("scorecards.csv",
						"""
								scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
								%1$s-SC,%1$s Council Scorecard,%1$s,corporate,Learning,objective,%1$s-1,Q2 2019/20
								%1$s-SC,%1$s Council Scorecard,%1$s,corporate,Learning,objective,%1$s-2,
								"""
							.formatted(p))),
				TestUsers.SYSTEM);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
