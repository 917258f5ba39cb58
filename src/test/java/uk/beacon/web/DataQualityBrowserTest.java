package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Locator;
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
 * Issue 15 item 6: a performance officer goes from the dashboards to the council-wide
 * data to check, narrows it by directorate and kind, follows a flag to its indicator, and
 * is told beside the field when a filter cannot be used; axe-core checks each page at
 * desktop width and at 390 px.
 */
@BeaconIntegrationTest
class DataQualityBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Test
	void narrowsTheDataToCheckAndFollowsAFlagToItsIndicator() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				DQB,Browser Checks Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency,owner
				DQB-GAP,Carers assessed,DQB,number,higher_is_better,quarterly,Ann Example
				DQB-PCT,Invoices paid in 30 days,DQB,percent,higher_is_better,quarterly,Ann Example
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value
				DQB-PCT,value,Q1 2019/20,150
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				DQB-GAP,Q1 2019/20,Q1 2019/20,40
				DQB-GAP,Q3 2019/20,Q3 2019/20,42
				DQB-PCT,Q1 2019/20,Q1 2019/20,80
				""")), TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/dashboard"));
		page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Data to check")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Data to check");
		PlaywrightAssertions.assertThat(page.locator("[role=status]"))
			.containsText("indicators in use that you may see");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.setViewportSize(1280, 800);

		page.getByLabel("Council, directorate or service").selectOption("DQB");
		page.getByLabel("Kind of flag").selectOption("MISSING_PERIOD");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
		PlaywrightAssertions.assertThat(page)
			.hasURL(java.util.regex.Pattern.compile(".*unit=DQB.*kind=MISSING_PERIOD.*"));
		PlaywrightAssertions.assertThat(page.locator("[role=status]"))
			.hasText("2 flags on the 2 indicators that match the unit and owner chosen.");
		assertThat(page.getByLabel("Council, directorate or service").inputValue()).isEqualTo("DQB");
		assertThat(page.locator("tbody tr").allInnerTexts()).singleElement()
			.asString()
			.contains("DQB-GAP: Carers assessed", "Missing period", "Q2 2019/20",
					"Q2 2019/20 has no value, although Q1 2019/20 and Q3 2019/20 do");
		assertAccessible(page);

		// every kind has its count; one with none says so
		page.locator(".beacon-counts").getByText("Unusual value").click();
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("No figures look unusual");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("List every kind")).click();
		PlaywrightAssertions.assertThat(page.locator("tbody tr")).hasCount(2);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DQB-GAP: Carers assessed")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Carers assessed");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Q2 2019/20 has no value");
		page.close();
	}

	@Test
	void aUnitThereIsNotIsSaidBesideTheField() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/data-quality?unit=NOWHERE"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("There is no council, directorate or service with the code \"NOWHERE\"");
		PlaywrightAssertions.assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Data to check.*"));
		page.locator(".govuk-error-summary a").click();
		assertThat(page.url()).endsWith("#unit");
		PlaywrightAssertions.assertThat(page.locator("#unit-error")).containsText("NOWHERE");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
