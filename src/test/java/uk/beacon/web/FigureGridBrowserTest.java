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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A performance officer enters a quarter's figures on a scorecard's grid in real
 * Chromium, the page checked with axe-core at desktop and phone width.
 */
@BeaconIntegrationTest
class FigureGridBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Test
	void anOfficerEntersTheQuartersFiguresAndTheScorecardRatesThem() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						FGB,Browser Grid Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency,owner
						FGB-1,Rent collected,FGB,percent,higher_is_better,quarterly,Rita Rent
						FGB-2,Days to process a claim,FGB,days,lower_is_better,quarterly,Colin Claims
						"""), file("targets.csv", """
						indicator_code,kind,applies_from,value
						FGB-1,value,Q1 2025/26,95
						FGB-2,value,Q1 2025/26,20
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						FGB-1,Q1 2025/26,Q1 2025/26,96
						FGB-2,Q1 2025/26,Q1 2025/26,19
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										FGB-SC,Browser grid scorecard,FGB,corporate,Finance,objective,FGB-1,Q2 2025/26
										FGB-SC,Browser grid scorecard,FGB,corporate,Finance,objective,FGB-2,
										""")),
				TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/figures"));
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browser grid scorecard, Q2 2025/26"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Figures for Q2 2025/26");
		assertAccessible(page);

		page.getByLabel("Figure of FGB-1 for Q2 2025/26").fill("93.5");
		page.getByLabel("Commentary on FGB-1 for Q2 2025/26").fill("Two large accounts paid late");
		page.getByLabel("Figure of FGB-2 for Q2 2025/26").fill("eighteen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the figures")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter the figure of FGB-2 for Q2 2025/26 as a number");
		assertThat(page.getByLabel("Figure of FGB-1 for Q2 2025/26").inputValue()).isEqualTo("93.5");
		assertAccessible(page);

		page.getByLabel("Figure of FGB-2 for Q2 2025/26").fill("18");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the figures")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Saved 2 figures for Q2 2025/26.");
		assertThat(page.locator("tbody tr").first().innerText()).contains("Held: 94%", "Red");

		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);

		page.setViewportSize(1280, 900);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Owners of the indicators")).click();
		assertAccessible(page);
		page.getByLabel("Select FGB-2").check();
		page.getByLabel("Owner's name").fill("Clara Claims");
		page.getByLabel("Owner's e-mail address").fill("clara.claims@fgb.gov.uk");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Name the owner of the ticked indicators"))
			.click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Named Clara Claims the owner of 1 indicator.");
		assertThat(page.locator("tbody").innerText()).contains("clara.claims@fgb.gov.uk", "Rita Rent");
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);

		page.setViewportSize(1280, 900);
		page.navigate(page.url().replace("/owners", "/layout"));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Sections and indicators");
		assertAccessible(page);
		page.locator("#title-0").fill("Money");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the layout")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Saved the layout of Browser grid scorecard.");
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.close();
	}

	@Test
	void aMistypedTargetIsCorrectedOnScreenAfterItsPreview() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				FGT,Browser Target Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				FGT-1,Invoices paid within 30 days,FGT,percent,higher_is_better,quarterly
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value
				FGT-1,value,Q1 2025/26,98
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				FGT-1,Q1 2025/26,Q1 2025/26,90
				""")), TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/indicators/FGT-1/targets"));
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct the target from Q1 2025/26"))
			.click();
		page.getByLabel("The figure (for a figure)").fill("89");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		PlaywrightAssertions.assertThat(page.locator("main"))
			.containsText("1 of the latest figures would change rating.");
		assertAccessible(page);
		page.getByLabel("Why the target is corrected").fill("The plan says 89%, not 98%");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the corrected target")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Corrected the target of FGT-1 from Q1 2025/26: 89%.");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the title, owner and other words"))
			.click();
		assertAccessible(page);
		page.getByLabel("Owner e-mail address").fill("not an address");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the indicator")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter the owner's e-mail address in full");
		assertAccessible(page);
		page.getByLabel("Owner e-mail address").fill("payments@fgt.gov.uk");
		page.getByLabel("Title").fill("Invoices paid within 30 days of receipt");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the indicator")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Saved FGT-1.");
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
