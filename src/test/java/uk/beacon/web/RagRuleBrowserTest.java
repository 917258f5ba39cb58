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
 * A council's RAG rule set on its page, and a target given its own, in real Chromium: a
 * mistake is linked to its field, the preview says what would change rating, and the
 * indicator's explanation names the rule. Every page is checked with axe-core, at desktop
 * width and at 390 px.
 */
@BeaconIntegrationTest
class RagRuleBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Test
	void theCouncilsRuleIsSetOnScreenAndATargetGivesItsOwn() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				RRB,Rag Rule Browser Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency
				RRB-1,Council tax collected,RRB,percent,1,higher_is_better,quarterly
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value
				RRB-1,value,Q1 2025/26,75
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				RRB-1,Q1 2025/26,Q1 2025/26,73.4
				""")), TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/councils/RRB/rag-rule"));
		assertAccessible(page);

		page.getByLabel("Green tolerance given as").selectOption("percentage");
		page.getByLabel("Green tolerance", new Page.GetByLabelOptions().setExact(true)).fill("10");
		page.getByLabel("Amber tolerance given as").selectOption("percentage");
		page.getByLabel("Amber tolerance", new Page.GetByLabelOptions().setExact(true)).fill("5");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary a"))
			.containsText("Enter an amber tolerance further from the target than the green tolerance");
		assertThat(page.title()).startsWith("Error:");
		assertAccessible(page);

		page.getByLabel("Green tolerance", new Page.GetByLabelOptions().setExact(true)).fill("5");
		page.getByLabel("Amber tolerance", new Page.GetByLabelOptions().setExact(true)).fill("10");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		PlaywrightAssertions.assertThat(page.locator("#preview-title")).isVisible();
		PlaywrightAssertions.assertThat(page.locator("table")).containsText("Red to Green");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the council’s RAG rule")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("green within 5% of the target, amber within 10%");

		page.navigate(url("/indicators/RRB-1"));
		PlaywrightAssertions.assertThat(page.locator("body")).containsText("within the council's 5% green tolerance");

		page.navigate(url("/indicators/RRB-1/targets"));
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct the target from Q1 2025/26"))
			.click();
		page.getByLabel("Its own rule, with the tolerances below").check();
		page.getByLabel("Green tolerance given as").selectOption("absolute");
		page.getByLabel("Green tolerance", new Page.GetByLabelOptions().setExact(true)).fill("1");
		page.getByLabel("Amber tolerance given as").selectOption("absolute");
		page.getByLabel("Amber tolerance", new Page.GetByLabelOptions().setExact(true)).fill("2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		PlaywrightAssertions.assertThat(page.locator("table"))
			.containsText("beyond this indicator's 1-point green tolerance but within its 2-point amber tolerance");
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
