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
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing how an indicator is measured from a quarter on, in real Chromium: reached from
 * its edit page, a refusal said in the error summary keeping what was chosen, the new
 * definition saved, and the indicator's page showing both, its earlier figure still as it
 * was reported. Checked with axe-core at desktop width and at 390 px.
 */
@BeaconIntegrationTest
class DefinitionFromAQuarterBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Autowired
	Indicators indicators;

	@Test
	void anOfficerMakesANewDefinitionFromAQuarter() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				DFB,Definition Browser Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				DFB-1,Households in temporary accommodation,DFB,number,lower_is_better,quarterly
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				DFB-1,Q4 2024/25,Q4 2024/25,412
				DFB-1,Q1 2025/26,Q1 2025/26,4.1
				""")), TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/indicators/DFB-1/edit"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("change how it is measured")).click();
		assertAccessible(page);

		page.getByLabel("Its figures are in").selectOption("rate_per_1000");
		page.getByLabel("Decimal places shown").fill("1");
		page.getByLabel("A new definition, from a quarter on").check();
		page.getByLabel("First quarter it applies to").fill("Q1 2024/25");
		page.getByLabel("Why it changes").fill("Per 1,000 households, as DLUHC publishes it");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the definition")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("No figure of DFB-1 was reported under its present definition before Q1 2024/25");
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.getByLabel("Why it changes").inputValue())
			.isEqualTo("Per 1,000 households, as DLUHC publishes it");
		assertAccessible(page);

		page.getByLabel("First quarter it applies to").fill("Q1 2025/26");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the definition")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("reported from Q1 2025/26 on are rated under the new definition");
		assertThat(this.indicators.findByCode("DFB-1").orElseThrow().unit()).isEqualTo(Unit.RATE_PER_1000);
		PlaywrightAssertions.assertThat(page.locator("table")).containsText("Until Q4 2024/25");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertNoSidewaysScrolling(page);
		assertAccessible(page);

		page.setViewportSize(1280, 900);
		page.navigate(url("/indicators/DFB-1?period=Q4%202024%2F25"));
		PlaywrightAssertions.assertThat(page.locator("#definitions")).containsText("Its definition has changed");
		PlaywrightAssertions.assertThat(page.locator("body")).containsText("412");
		assertAccessible(page);
		page.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
