package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.risk.RiskViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mistake in a form, a refused change and an address with a period that is not one, as
 * a person meets them in Chromium: each says what was wrong in a GOV.UK error summary,
 * and each page passes axe-core.
 */
@BeaconIntegrationTest
class FormErrorsBrowserTest extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	RiskViews risks;

	@Test
	void aReasonIsNeededToEscalateARiskAndTheSummaryLinksToItsField() {
		directorateRisk();
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks/FE1"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escalate")).click();

		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("Enter the reason for escalating the risk");
		PlaywrightAssertions.assertThat(page.locator("#escalate-reason-error"))
			.containsText("Enter the reason for escalating the risk");
		assertThat(page.title()).startsWith("Error: FE1");
		assertAccessible(page);

		page.locator(".govuk-error-summary a").click();
		assertThat(page.url()).endsWith("#escalate-reason");
		page.getByLabel("Reason for escalating").fill("It affects every directorate");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escalate")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Escalated FE1");
		page.close();
	}

	@Test
	void aChangeOutsideThePersonsPartOfTheCouncilIsRefusedOnThePageTheyWereOn() {
		TestUsers.ensure(this.context, "fe-officer", "fe-officer@test.example", Role.PERFORMANCE_OFFICER, "LCC");
		Page page = browser.newPage();
		signIn(page, "fe-officer", TestUsers.PASSWORD);
		page.navigate(url("/scorecards/1/report/publish?period=Q2%202019/20"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, publish the report")).click();

		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Are you sure you want to publish this report?");
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("outside the part of the council your role covers");
		assertAccessible(page);
		page.close();
	}

	@Test
	void aPeriodThatIsNotAQuarterIsExplainedOnTheErrorPage() {
		Page page = browser.newPage();
		Response response = page.navigate(url("/scorecards/1?period=nonsense"));

		assertThat(response.status()).isEqualTo(400);
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary"))
			.containsText("“nonsense” is not a financial quarter Beacon recognises: write it like Q2 2019/20.");
		assertAccessible(page);
		page.close();
	}

	@Test
	void openingAQuarterAndAddingAPersonShowTheMistakesBesideTheFields() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/collection"));
		page.getByLabel("Quarter", new Page.GetByLabelOptions().setExact(true)).fill("Q5 2019/20");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the quarter and e-mail owners"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("#quarter-error")).containsText("Q5 2019/20");
		PlaywrightAssertions.assertThat(page.locator("#due-error")).containsText("Enter the date the figures are due");
		assertThat(page.getByLabel("Quarter", new Page.GetByLabelOptions().setExact(true)).inputValue())
			.isEqualTo("Q5 2019/20");
		assertThat(page.title()).startsWith("Error:");
		assertAccessible(page);

		page.navigate(url("/admin/users"));
		page.getByLabel("Work e-mail").fill("kept@test.example");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary")).containsText("Enter the person's name");
		assertThat(page.getByLabel("Work e-mail").inputValue()).isEqualTo("kept@test.example");
		assertAccessible(page);
		page.close();
	}

	/**
	 * A risk on a directorate's register, which escalates to the council's: a council of
	 * its own, so that escalating it changes no register another test counts.
	 */
	private void directorateRisk() {
		if (this.risks.risk("FE1", Audience.everywhere()).isPresent()) {
			return;
		}
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				FEC,Form Errors County Council,council,
				FEC-D,Form errors directorate,directorate,FEC
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				FE-CRR,Form errors corporate register,corporate,FEC,
				FE-DIR,Form errors directorate register,directorate,FEC-D,FE-CRR
				"""), file("risks.csv", "reference,register_code,kind,title\nFE1,FE-DIR,risk,Agency staff costs\n")),
				TestUsers.SYSTEM);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
