package uk.beacon.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.collection.Collection;
import uk.beacon.collection.DataRequest;
import uk.beacon.collection.ReportingCycle;
import uk.beacon.identity.Account;
import uk.beacon.identity.Viewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.CouncilRagRules;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.Tolerance;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's data request page in real Chromium, at desktop width and at 390 px, each
 * state checked with axe-core: what is asked beside the last four figures and their
 * chart, a mistake linked to its field, the status a figure would get, a draft saved and
 * resumed, and the figures as submitted.
 */
@BeaconIntegrationTest
class OwnerRequestBrowserTest extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Collection collection;

	@Autowired
	OrganisationUnits units;

	@Autowired
	IndicatorManagement management;

	@Autowired
	CouncilRagRules rules;

	@Test
	void anOwnerChecksSavesADraftAndSubmitsTheirFigures() {
		long request = request();
		Page page = browser.newPage();
		signIn(page, "orb-owner", TestUsers.PASSWORD);
		page.navigate(url("/collection/requests/" + request));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Residents helped at home");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Target for Q3 2019/20");
		PlaywrightAssertions.assertThat(page.locator("#recent-caption")).hasText("The last 4 figures, oldest first");
		PlaywrightAssertions.assertThat(page.locator("figure svg")).hasCount(1);
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.setViewportSize(1280, 900);

		// a mistake is linked to its field, and what was typed is kept
		page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)).fill("seventy");
		page.getByLabel("Performance details").fill("Two carers left in October.");
		button(page, "Check the status").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary a")).containsText("as a number");
		assertThat(page.title()).startsWith("Error:");
		PlaywrightAssertions.assertThat(page.getByLabel("Performance details")).hasValue("Two carers left in October.");
		assertAccessible(page);
		PlaywrightAssertions.assertThat(page.locator(".govuk-error-summary a").first()).hasAttribute("href", "#value");
		PlaywrightAssertions.assertThat(page.locator("#value-error")).containsText("as a number");

		// the status the figure would get, by the council's rule, before submitting
		page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)).fill("74");
		button(page, "Check the status").click();
		PlaywrightAssertions.assertThat(page.locator("#status-check")).containsText("would be Amber");
		PlaywrightAssertions.assertThat(page.locator("#status-check")).containsText("council");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.setViewportSize(1280, 900);

		// a draft is saved and is there when the owner comes back
		button(page, "Save as a draft").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("draft");
		page.navigate(url("/collection/my"));
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Draft saved");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Residents helped at home, Q3 2019/20"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("#draft")).containsText("You saved a draft");
		PlaywrightAssertions.assertThat(page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("74");
		assertAccessible(page);

		// submitted: the owner sees what went to the approver
		page.getByLabel("Current activity").fill("Recruiting two carers.");
		page.getByLabel("Future activity").fill("Back to target by March.");
		button(page, "Submit for approval").click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner")).containsText("Submitted");
		PlaywrightAssertions.assertThat(page.locator("#submitted")).hasText("Submitted figures");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Recruiting two carers.");
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("Waiting for approval");
		assertAccessible(page);
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.navigate(url("/collection/my"));
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("by Orb-owner Tester");
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.close();
	}

	/** A council whose rule is 5% green and 10% amber, and an owner asked for Q3. */
	private long request() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				ORB,Owner Request Browser Council,council,
				ORB-D,Adult Services,directorate,ORB
				"""),
				file("indicators.csv",
						"""
								code,title,definition,organisation_code,unit,decimal_places,polarity,frequency,accumulation,arrears_months,owner,owner_email,public
								ORB-1,Residents helped at home,Residents helped to live at home as a share of those assessed,ORB-D,percent,1,higher_is_better,quarterly,snapshot,0,Olive Owner,owner@orb.example,yes
								"""),
				file("targets.csv", """
						indicator_code,kind,applies_from,value
						ORB-1,value,Q1 2018/19,80
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						ORB-1,Q2 2018/19,Q2 2018/19,61.5
						ORB-1,Q3 2018/19,Q3 2018/19,70
						ORB-1,Q4 2018/19,Q4 2018/19,77.5
						ORB-1,Q1 2019/20,Q1 2019/20,79
						ORB-1,Q2 2019/20,Q2 2019/20,83.5
						""")), TestUsers.SYSTEM);
		long council = this.units.findByCode("ORB").orElseThrow().id();
		this.management.setCouncilRule(TestUsers.SYSTEM, council,
				RagRule.council(Tolerance.percentage(new BigDecimal("5")), Tolerance.percentage(BigDecimal.TEN)),
				this.rules.ofCouncil(council).fingerprint());
		TestUsers.ensure(this.context, "orb-owner", "owner@orb.example", Role.INDICATOR_OWNER, "ORB");
		Account officer = TestUsers.ensure(this.context, "orb-officer", "officer@orb.example", Role.PERFORMANCE_OFFICER,
				"ORB");
		ReportingCycle cycle = this.collection.open(
				new Viewer(officer.id(), officer.username(), officer.displayName(), officer.email()), council,
				new FinancialQuarter(2019, 3), LocalDate.now().plusDays(14));
		return this.collection.requestsOf(cycle).stream().mapToLong(DataRequest::id).findFirst().orElseThrow();
	}

	private static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
