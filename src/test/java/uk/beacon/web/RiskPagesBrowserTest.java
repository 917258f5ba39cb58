package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * A risk manager's path through the registers in real Chromium, every page checked with
 * axe-core.
 */
@BeaconIntegrationTest
class RiskPagesBrowserTest extends BrowserTestSupport {

	@Autowired
	CsvImport csvImport;

	@Test
	void fromTheRegisterToARiskAndWhatItThreatens() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks"));
		assertAccessible(page);

		page.getByLabel("Register").selectOption("LCC-CRR");
		page.getByLabel("Level").selectOption("Red");
		page.getByText("Apply filters").click();
		PlaywrightAssertions.assertThat(page.locator("tbody tr")).hasCount(6);
		assertThat(page.locator("tbody").innerText()).contains("16 Major/Likely").contains("15 Outstanding/Possible");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CR4").setExact(true)).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Increase in demand");
		assertThat(page.locator(".govuk-summary-list").innerText()).contains("16 Major/Likely");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions()
					.setName("Indicator: Percentage of children looked after who are actually living in Lancashire"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("CR4: Increase in demand");
		page.close();
	}

	@Test
	void theHeatMapHasATableBesideIt() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks/heat-map?register=LCC-CRR"));
		PlaywrightAssertions.assertThat(page.locator(".beacon-heat-map tbody tr")).hasCount(5);
		assertThat(page.locator(".beacon-heat-map").innerText()).contains("CR9").contains("CO2");
		assertThat(page.locator("table").nth(1).locator("tbody tr").count()).isEqualTo(17);
		assertAccessible(page);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/heat-map.png")).setFullPage(true));
		page.close();
	}

	@Test
	void theProfileAndTheDuplicatesPagesRead() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks/profile?register=LCC-CRR"));
		assertThat(page.locator("main").innerText()).contains("Risks by level").contains("17 have no target date");
		assertAccessible(page);

		page.navigate(url("/risks/matrix"));
		assertThat(page.locator("main").innerText()).contains("Lancashire County Council")
			.contains("Outstanding")
			.contains("15 to 25");
		assertAccessible(page);

		page.navigate(url("/risks/duplicates"));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Possible duplicate risks");
		assertAccessible(page);
		page.close();
	}

	@Test
	void aMistakeInTheFormIsShownAtTheFieldAndNothingTypedIsLost() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks/new"));
		page.getByLabel("Reference").fill("bad ref!");
		page.getByLabel("Review every (months)").fill("quarterly");
		page.getByLabel("Description").fill("Kept after the error");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title");
		assertThat(page.locator(".govuk-error-summary").innerText()).contains("letters, numbers and hyphens")
			.contains("whole number of months");
		assertThat(page.getByLabel("Description").inputValue()).isEqualTo("Kept after the error");
		assertThat(page.locator("#reviewMonths").inputValue()).isEqualTo("quarterly");
		assertThat(page.title()).startsWith("Error:");
		assertAccessible(page);
		page.close();
	}

	@Test
	void enteringARiskShowsLikelyDuplicatesBeforeSaving() {
		// a directorate's register of the same council as CR2: duplicates are never
		// suggested across councils, whose risks cannot be merged
		this.csvImport.run(List.of(new ImportFile("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				LCC-ECS-RR,Education and Children's Services risk register,directorate,LCC-ECS,LCC-CRR
				""".getBytes(StandardCharsets.UTF_8))), TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks/new"));
		assertAccessible(page);
		page.getByLabel("Register").selectOption("LCC-ECS-RR");
		page.getByLabel("Reference").fill("WCR-NEW");
		page.getByLabel("Title").fill("Safeguarding children at risk of harm");
		page.getByLabel("Possible consequences").fill("Children are put at risk of harm");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		PlaywrightAssertions.assertThat(page.locator(".govuk-warning-text")).containsText("may already hold");
		assertThat(page.locator("tbody").innerText()).contains("CR2");
		assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save anyway")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Safeguarding children at risk of harm");
		assertThat(page.locator(".govuk-notification-banner").innerText()).contains("Added WCR-NEW");
		page.close();
	}

	@Test
	void aRiskManagerRecordsTheQuartersReviewOnScreen() {
		this.csvImport.run(List.of(new ImportFile("organisation.csv", """
				code,name,kind,parent_code
				RVB,Review Browser Council,council,
				""".getBytes(StandardCharsets.UTF_8)), new ImportFile("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				RVB-CR,Review browser register,corporate,RVB,
				""".getBytes(StandardCharsets.UTF_8)), new ImportFile("risks.csv", """
				reference,register_code,kind,title
				RVB-1,RVB-CR,risk,Cyber attack on council systems
				""".getBytes(StandardCharsets.UTF_8)), new ImportFile("risk-actions.csv", """
				reference,action,status
				RVB-1,Test the backups,open
				""".getBytes(StandardCharsets.UTF_8))), TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks/RVB-1"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record this quarter's review")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Review: Cyber attack on council systems");
		assertAccessible(page);

		// a mistake first: nothing said about what the review found
		page.locator("#currentImpact").selectOption("4");
		page.locator("#currentLikelihood").selectOption("3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the review")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Say what the review found");
		assertThat(page.title()).startsWith("Error:");
		assertAccessible(page);

		page.getByLabel("What the review found").fill("Phishing attempts doubled this quarter");
		page.locator("#actions-0-status").selectOption("COMPLETE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the review")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Recorded the review of RVB-1");
		assertThat(page.locator(".govuk-summary-list").innerText()).contains("12 Major/Possible");
		assertThat(page.locator("main").innerText()).contains("Phishing attempts doubled this quarter", "Complete");
		assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit, restrict or link it")).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Edit: Cyber attack on council systems");
		assertAccessible(page);
		page.locator("#owner").fill("Head of IT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the changes")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Saved the changes to RVB-1");
		assertThat(page.locator(".govuk-summary-list").innerText()).contains("Head of IT");
		page.close();
	}

}
