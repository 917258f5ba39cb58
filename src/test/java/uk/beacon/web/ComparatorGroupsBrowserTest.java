package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.ComparatorValues;
import uk.beacon.indicator.Indicators;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: an indicator's comparator groups kept on screen, in real Chromium: a member's
 * value is added (each mistake said beside its field), corrected and removed, and a
 * colleague's correction is never overwritten. Every page is checked with axe-core, and
 * at phone width for sideways scrolling.
 */
@BeaconIntegrationTest
class ComparatorGroupsBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Autowired
	Indicators indicators;

	@Autowired
	ComparatorValues comparators;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMembersValueIsAddedCorrectedAndRemovedOnScreen() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				CGB,Comparator Browser Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				CGB-1,Household waste recycled,CGB,percent,higher_is_better,annual
				""")), TestUsers.SYSTEM);
		long id = this.indicators.findByCode("CGB-1").orElseThrow().id();
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/indicators/CGB-1/comparators"));
		assertThat(page.locator("main").innerText()).contains("No comparator values are recorded yet");
		assertAccessible(page);

		page.getByLabel("Group code").fill("CGB-NN");
		page.getByLabel("Group name").fill("Recycling neighbours");
		page.getByLabel("Period the value measures").fill("2024/25");
		page.getByLabel("Member council").fill("Staffordshire");
		page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("61,5");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the value")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).isVisible();
		assertThat(page.getByLabel("Member council").inputValue()).isEqualTo("Staffordshire");
		assertAccessible(page);
		page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("61.5");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the value")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Saved Staffordshire");
		assertThat(page.locator("tbody").innerText()).contains("Staffordshire").contains("61.5");
		page.setViewportSize(390, 844);
		assertNoSidewaysScrolling(page);
		page.setViewportSize(1280, 800);

		// corrected, as seen: a colleague's change in between is not overwritten
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Staffordshire, 2024/25")).click();
		page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("62");
		this.jdbc.sql("update comparator_value set value = 63 where indicator_id = ?").param(id).update();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the value")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Someone else changed");
		assertThat(this.comparators.forIndicator(id).get(0).value()).isEqualByComparingTo("63");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Staffordshire, 2024/25")).click();
		page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("62");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the value")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Saved");
		assertThat(this.comparators.forIndicator(id).get(0).value()).isEqualByComparingTo("62");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Staffordshire, 2024/25")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Removed");
		assertThat(this.comparators.forIndicator(id)).isEmpty();
		assertThat(this.jdbc.sql("select action from audit_event where subject = 'CGB-1' order by id")
			.query(String.class)
			.list()).contains("COMPARATOR_VALUE_ADDED", "COMPARATOR_VALUE_CHANGED", "COMPARATOR_VALUE_REMOVED");
		page.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
