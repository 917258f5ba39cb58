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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retiring an indicator on its edit page, in real Chromium: a quarter in which it has
 * figures is refused saying why and keeping what was typed, a later one retires it, its
 * page says so, and it is put back in use. Every page is checked with axe-core.
 */
@BeaconIntegrationTest
class IndicatorRetirementBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Autowired
	Indicators indicators;

	@Test
	void anIndicatorIsRetiredOnItsPageAndPutBackInUse() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				IRB,Retirement Browser Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				IRB-1,Letters sent by post,IRB,number,lower_is_better,quarterly
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				IRB-1,Q1 2025/26,Q1 2025/26,400
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value
				IRB-1,value,Q1 2025/26,350
				""")), TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/indicators/IRB-1/edit"));
		assertAccessible(page);

		page.getByLabel("First quarter it is not measured").fill("Q1 2025/26");
		page.getByLabel("Why is it retired?").fill("Letters go by e-mail now");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire the indicator")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText(
					"IRB-1 has figures reported in Q1 2025/26, so it is retired from Q2 2025/26 at the earliest.");
		assertThat(page.getByLabel("Why is it retired?").inputValue()).isEqualTo("Letters go by e-mail now");
		assertAccessible(page);

		page.getByLabel("First quarter it is not measured").fill("Q2 2025/26");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire the indicator")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Retired IRB-1 from Q2 2025/26");
		assertThat(this.indicators.findByCode("IRB-1").orElseThrow().retiredFrom()).isNotNull();
		page.navigate(url("/indicators/IRB-1"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-inset-text").first())
			.containsText("Retired from Q2 2025/26");
		assertAccessible(page);

		page.navigate(url("/indicators/IRB-1/edit"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put it back in use")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("in use again");
		assertThat(this.indicators.findByCode("IRB-1").orElseThrow().retiredFrom()).isNull();

		// a unit still in use is not retired, and the page says why beside the reason
		page.navigate(url("/setup/organisation/IRB"));
		page.getByLabel("Why is it retired?").fill("Merged with a neighbour");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire the unit")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("1 indicator in use (IRB-1)");
		PlaywrightAssertions.assertThat(page.locator("#retire-reason-error")).containsText("is still in use");
		assertThat(page.title()).startsWith("Error:");
		assertAccessible(page);

		// a target is ended on its own page, the refusal linked to its field
		page.navigate(url("/indicators/IRB-1/targets"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct the target from Q1 2025/26"))
			.click();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the target")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary a")).containsText("Say the last quarter");
		assertThat(page.title()).startsWith("Error:");
		assertAccessible(page);
		page.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
