package uk.beacon.web;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.indicator.Indicators;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that updates, in real Chromium: the files are checked and what they would
 * change is shown, nothing is saved until confirmed (with a reason for corrections), and
 * a cancelled import saves nothing. The templates and the guide are pages of their own.
 * Every page is checked with axe-core, and at phone width for sideways scrolling.
 */
@BeaconIntegrationTest
class ImportPreviewBrowserTest extends BrowserTestSupport {

	private static final String ORGANISATION = """
			code,name,kind,parent_code
			IPB,Import Preview Council,council,
			""";

	@Autowired
	Indicators indicators;

	@Test
	void anImportIsSavedOnlyOnceItsPreviewIsConfirmed() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		upload(page, "indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				IPB-1,Residents satisfied,IPB,percent,higher_is_better,annual
				""", ORGANISATION);
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Check what the import will do");
		assertThat(page.locator(".govuk-summary-list").innerText()).contains("1 new, 0 changed, 0 unchanged");
		assertThat(this.indicators.findByCode("IPB-1")).isEmpty();
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and save")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-panel__title")).hasText("Import complete");
		assertThat(this.indicators.findByCode("IPB-1")).isPresent();

		// a change is shown field by field, and cancelling it saves nothing
		upload(page, "indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				IPB-1,Residents satisfied with the council,IPB,percent,higher_is_better,annual
				""", null);
		assertThat(page.locator("table").innerText()).contains("title")
			.contains("Residents satisfied")
			.contains("Residents satisfied with the council");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertNoSidewaysScrolling(page);
		page.setViewportSize(1280, 800);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel: save nothing")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Import data");
		PlaywrightAssertions.assertThat(page.locator(".govuk-inset-text")).containsText("Nothing was imported");
		assertThat(this.indicators.findByCode("IPB-1").orElseThrow().title()).isEqualTo("Residents satisfied");

		// a correction of a figure needs a reason, asked for on the preview
		upload(page, "measurements.csv", """
				indicator_code,data_period,reporting_period,value
				IPB-1,2024/25,Q4 2024/25,71
				""", null);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and save")).click();
		upload(page, "measurements.csv", """
				indicator_code,data_period,reporting_period,value
				IPB-1,2024/25,Q4 2024/25,72
				""", null);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and save")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("say why");
		assertAccessible(page);
		page.getByLabel("Why are figures or targets corrected?").fill("Survey reweighted");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and save")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-panel__title")).hasText("Import complete");
		page.close();
	}

	@Test
	void theTemplatesAndTheGuideArePagesOfBeacon() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/import"));
		page.getByText("Download templates").click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Import templates");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertNoSidewaysScrolling(page);
		page.setViewportSize(1280, 800);
		page.navigate(url("/import"));
		page.getByText("Read the import guide").click();
		PlaywrightAssertions.assertThat(page.locator("h1").first()).containsText("Importing a council's data");
		assertThat(page.locator("h2").allTextContents()).contains("Imports that update, with a preview",
				"Excel workbooks and templates", "targets.csv");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertNoSidewaysScrolling(page);
		page.close();
	}

	private void upload(Page page, String name, String content, String organisation) {
		page.navigate(url("/import"));
		FilePayload file = new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
		if (organisation != null) {
			page.getByLabel("Files to import")
				.setInputFiles(new FilePayload[] {
						new FilePayload("organisation.csv", "text/csv", organisation.getBytes(StandardCharsets.UTF_8)),
						file });
		}
		else {
			page.getByLabel("Files to import").setInputFiles(file);
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the files")).click();
	}

}
