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
import uk.beacon.scorecard.Scorecards;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, in real Chromium: two officers editing a report's narrative, and a
 * colleague's edit while the other confirms publication. The second is shown what
 * changed, keeps what they typed, and nothing is saved or published over the colleague
 * unseen. Every page is checked with axe-core.
 */
@BeaconIntegrationTest
class ReportConflictsBrowserTest extends BrowserTestSupport {

	private static final String PERIOD = "Q2 2025/26";

	@Autowired
	CsvImport csvImport;

	@Autowired
	Scorecards scorecards;

	@Test
	void theSecondOfTwoEditorsIsShownTheFirstsNarrativeAndAPublicationMeanwhileIsRefused() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						RCB,Report Conflicts Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency,public
						RCB-1,Missed bin collections,RCB,number,lower_is_better,quarterly,yes
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						RCB-1,Q2 2025/26,Q2 2025/26,120
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										RCB-SC,Report Conflicts Scorecard,RCB,corporate,Waste,objective,RCB-1,Q2 2025/26
										""")),
				TestUsers.SYSTEM);
		long id = this.scorecards.idOf("RCB-SC").orElseThrow();
		String narrative = "/scorecards/" + id + "/report/narrative?period=Q2%202025/26";
		Page first = browser.newPage();
		Page second = browser.newPage();
		signInAsAdministrator(first);
		signInAsAdministrator(second);
		first.navigate(url(narrative));
		second.navigate(url(narrative));

		second.getByLabel("Edit the narrative").fill("Missed collections rose after the new rounds began.");
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the narrative")).click();
		first.getByLabel("Edit the narrative").fill("Cabinet is asked to note the waste figures.");
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the narrative")).click();

		PlaywrightAssertions.assertThat(first.locator(".govuk-error-summary"))
			.containsText("changed the narrative since you opened it");
		PlaywrightAssertions.assertThat(first.locator("#theirs"))
			.containsText("Missed collections rose after the new rounds began.");
		assertThat(first.getByLabel("Edit the narrative").inputValue())
			.isEqualTo("Cabinet is asked to note the waste figures.");
		assertAccessible(first);
		// saving again, having read the colleague's, replaces it on purpose
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the narrative")).click();
		PlaywrightAssertions.assertThat(first.locator(".report-document"))
			.containsText("Cabinet is asked to note the waste figures.");

		// a colleague's edit while the first confirms publication
		first.navigate(url("/scorecards/" + id + "/report/publish?period=Q2%202025/26"));
		second.navigate(url(narrative));
		second.getByLabel("Edit the narrative").fill("The waste figures are improving.");
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the narrative")).click();
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, publish the report")).click();

		PlaywrightAssertions.assertThat(first.locator("#changed-meanwhile")).containsText("Nothing was published");
		PlaywrightAssertions.assertThat(first.locator("#changed-meanwhile")).containsText("Narrative edited");
		assertAccessible(first);
		first.close();
		second.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
