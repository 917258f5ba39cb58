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

/**
 * A council's risk areas in real Chromium: the areas page, an area added with a mistake
 * linked to its field and then corrected, a level set with its reason, a risk placed in
 * the area on its edit page and the register narrowed to the area. Checked with axe-core
 * at desktop width and at 390 px, where nothing scrolls sideways.
 */
@BeaconIntegrationTest
class RiskAreasBrowserTest extends BrowserTestSupport {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@Autowired
	CsvImport csvImport;

	@Test
	void aRiskManagerKeepsTheCouncilsRiskAreas() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				RAB,Risk Areas Browser Council,council,
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code
				RAB-CRR,Risk areas browser register,corporate,RAB
				"""), file("risk-areas.csv", """
				code,council_code,title,lead,mitigations,since
				RAB-FIN,RAB,Financial control,Chief Financial Officer,"Medium Term Financial Plan reviewed monthly
				Spending controls on every directorate",01/04/2019
				"""), file("risks.csv", """
				reference,register_code,kind,title,area_code
				RAB-R1,RAB-CRR,risk,Overspend on children's placements,RAB-FIN
				RAB-R2,RAB-CRR,risk,Failure to keep children safe,
				"""), file("risk-assessments.csv", """
				reference,assessed_on,reporting_period,current_impact,current_likelihood
				RAB-R1,30/09/2019,Q2 2019/20,4,4
				RAB-R2,30/09/2019,Q2 2019/20,5,4
				""")), TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks/areas"));
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Financial control");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("1 open risk is in no area.");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Add a risk area to Risk Areas Browser Council"))
			.click();
		page.getByLabel("Code", EXACT).fill("RAB-SAFE");
		page.getByLabel("Title", EXACT).fill("Safeguarding vulnerable children");
		page.getByLabel("Level", EXACT).selectOption("Red");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the area")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary a")).hasAttribute("href", "#levelReason");
		assertAccessible(page);

		page.getByLabel("Why the level is set").fill("The Ofsted monitoring visit found failings");
		page.getByLabel("Lead", EXACT).fill("Director of Children's Services");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the area")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Added the risk area Safeguarding vulnerable children");
		PlaywrightAssertions.assertThat(page.locator("main"))
			.containsText("Set by an officer: The Ofsted monitoring visit");

		page.navigate(url("/risks/RAB-R2/edit"));
		page.getByLabel("Risk area").selectOption("RAB-SAFE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the changes")).click();
		page.navigate(url("/risks?area=RAB-SAFE"));
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Safeguarding vulnerable children");
		PlaywrightAssertions.assertThat(page.locator("tbody")).containsText("RAB-R2");
		PlaywrightAssertions.assertThat(page.locator("tbody")).not().containsText("RAB-R1");
		assertAccessible(page);

		page.navigate(url("/risks/areas/RAB-FIN/edit"));
		assertAccessible(page);
		for (String path : List.of("/risks/areas", "/risks/areas/RAB-FIN/edit", "/risks/heat-map?area=RAB-FIN")) {
			page.setViewportSize(390, 844);
			page.navigate(url(path));
			assertNoSidewaysScrolling(page);
			assertAccessible(page);
		}
		page.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
