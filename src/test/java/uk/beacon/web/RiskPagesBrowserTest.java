package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.beacon.CouncilDate;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardViews;
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

	@Autowired
	ApplicationContext context;

	@Autowired
	ScorecardViews scorecards;

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

	/**
	 * The register kept for a quarter on screen: a risk added with its three positions
	 * and two actions, scored at last quarter's review; this quarter its review records a
	 * higher score and one action done; the register, the heat map and the draft cabinet
	 * report show it risen and above the council's appetite, and the audit trail has each
	 * step.
	 */
	@Test
	void aRiskIsAddedReviewedAQuarterLaterAndHeldToTheCouncilsAppetite() {
		FinancialQuarter thisQuarter = FinancialQuarter.containing(CouncilDate.today());
		FinancialQuarter lastQuarter = thisQuarter.previous();
		this.csvImport.run(List.of(new ImportFile("organisation.csv", """
				code,name,kind,parent_code
				QTR,Quarter Browser Council,council,
				""".getBytes(StandardCharsets.UTF_8)), new ImportFile("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				QTR-1,Council tax collected,QTR,percent,higher_is_better,quarterly
				""".getBytes(StandardCharsets.UTF_8)),
				new ImportFile("scorecards.csv",
						"""
								scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
								QTR-SC,Quarter Browser Scorecard,QTR,corporate,Finance,objective,QTR-1,%s
								"""
							.formatted(thisQuarter.label())
							.getBytes(StandardCharsets.UTF_8)),
				new ImportFile("risk-registers.csv", """
						code,name,kind,organisation_code,escalates_to
						QTR-CRR,Quarter browser corporate register,corporate,QTR,
						""".getBytes(StandardCharsets.UTF_8))), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "qtr-risk", "qtr-risk@test.example", Role.RISK_MANAGER, "QTR");
		Page page = browser.newPage();
		signIn(page, "qtr-risk", TestUsers.PASSWORD);

		// the council's appetite: no risk above 12 in any category
		page.navigate(url("/risks/appetite"));
		assertAccessible(page);
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Set the risk appetite of Quarter Browser Council"))
			.click();
		page.getByLabel("Tolerable score for any other category (the default)").fill("12");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the risk appetite")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Saved the risk appetite of Quarter Browser Council");

		// added as scored at last quarter's review: 9, within the appetite
		page.navigate(url("/risks/new?register=QTR-CRR"));
		page.locator("#reference").fill("QTR-1");
		page.locator("#title").fill("Income from business rates falls");
		page.locator("#category").fill("Financial");
		page.locator("#assessedOn").fill(lastQuarter.end().toString());
		page.locator("#inherentImpact").selectOption("4");
		page.locator("#inherentLikelihood").selectOption("4");
		page.locator("#currentImpact").selectOption("3");
		page.locator("#currentLikelihood").selectOption("3");
		page.locator("#targetImpact").selectOption("2");
		page.locator("#targetLikelihood").selectOption("2");
		page.locator("#targetDate").fill(CouncilDate.today().plusYears(1).toString());
		page.locator("#actions").fill("Review the rateable values\nLobby for transitional relief");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Income from business rates falls");
		assertThat(page.locator(".govuk-summary-list").innerText()).contains("9 Moderate/Possible",
				"Within appetite (tolerable score 12, default)");

		// this quarter's review: higher, and one action done
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record this quarter's review")).click();
		page.locator("#currentImpact").selectOption("4");
		page.locator("#currentLikelihood").selectOption("4");
		page.getByLabel("What the review found").fill("Two large employers have closed");
		page.locator("#actions-0-status").selectOption("COMPLETE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the review")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Recorded the review of QTR-1");
		assertThat(page.locator(".govuk-summary-list").innerText()).contains("16 Major/Likely", "Increased",
				"Above appetite by 4");
		// its history as a chart: the score by quarter against the target and the
		// appetite
		assertThat(page.locator("figure.beacon-chart figcaption").innerText()).contains("rose from 9", "to 16",
				"above the target of 4", "Risk appetite (tolerable score, as set now) 12");
		assertAccessible(page);

		page.navigate(url("/risks?register=QTR-CRR"));
		assertThat(page.locator("tbody tr").innerText()).contains("Increased", "Above appetite by 4",
				"Reviewed this quarter");
		assertAccessible(page);

		page.navigate(url("/risks/heat-map?register=QTR-CRR"));
		assertThat(page.locator(".beacon-heat-map tbody tr").first().innerText()).doesNotContain("QTR-1");
		assertThat(page.locator(".beacon-heat-map tbody tr").nth(1).innerText()).as("the row of impact 4")
			.contains("QTR-1 above appetite by 4");
		assertAccessible(page);

		page.navigate(url("/reports/draft?scorecard=" + scorecardId("QTR-SC") + "&period=" + thisQuarter.label()));
		assertThat(page.locator("main").innerText()).contains("Risks above the council's risk appetite",
				"QTR-1 Income from business rates falls, 16: 4 above the tolerable score of 12 (default)");

		// at a phone's width the appetite page still reads without scrolling sideways
		page.setViewportSize(390, 844);
		page.navigate(url("/risks/appetite"));
		assertThat(page.locator("main").innerText()).contains("QTR-1");
		assertAccessible(page);
		assertNoSidewaysScrolling(page);
		page.close();

		Page administrator = browser.newPage();
		signInAsAdministrator(administrator);
		administrator.navigate(url("/admin/audit?subject=QTR-1"));
		assertThat(administrator.locator("main").innerText()).contains("ADDED", "ASSESSED", "ACTION_ADDED",
				"ACTION_CHANGED");
		administrator.navigate(url("/admin/audit?subject=QTR"));
		assertThat(administrator.locator("main").innerText()).contains("APPETITE_CHANGED");
		administrator.close();
	}

	@Test
	void anAdministratorChangesTheBandsAfterSeeingWhichRisksWouldChangeLevel() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				BMX,Banded Council,council,
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code
				BMX-CRR,Banded corporate register,corporate,BMX
				"""), file("risks.csv", """
				reference,register_code,kind,title
				BMX-1,BMX-CRR,risk,Savings not delivered
				BMX-2,BMX-CRR,risk,Roads not repaired
				"""), file("risk-assessments.csv", """
				reference,assessed_on,reporting_period,current_impact,current_likelihood
				BMX-1,30/09/2019,Q2 2019/20,4,3
				BMX-2,30/09/2019,Q2 2019/20,2,2
				""")), TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks/matrix"));
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Change the matrix and bands of Banded Council"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Change the risk matrix and bands");
		assertAccessible(page);

		page.locator("#band-to-1").fill("10");
		page.locator("#band-from-2").fill("12");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the change")).click();
		Locator changes = page.locator("table").filter(new Locator.FilterOptions().setHasText("would change level"));
		// allInnerTexts does not wait for the preview to come back; this does
		PlaywrightAssertions.assertThat(changes.locator("tbody tr")).hasCount(1);
		assertThat(changes.locator("tbody tr").allInnerTexts()).singleElement()
			.satisfies(row -> assertThat(row).contains("BMX-1", "12", "Amber", "Red"));
		assertAccessible(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/matrix-preview.png"))
			.setFullPage(false));

		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the matrix and bands")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Saved the risk matrix and bands of Banded Council: 1 open risk changed level.");
		assertThat(page.locator("main").innerText()).contains("12 to 25");
		page.navigate(url("/risks/BMX-1"));
		assertThat(page.locator(".govuk-summary-list").innerText()).contains("Red");
		page.close();
	}

	/**
	 * Issue 20: a council that keys its axes 1 to 5, writes likelihood first and has six
	 * named levels reads its way on the risk page, the register and the heat map, each
	 * level's name on its own colour, at desktop width and at 390 px; changing the axis
	 * written first is previewed and saved like the bands.
	 */
	@Test
	void aSecondCouncilsRegisterReadsAsItWritesIt() {
		StringBuilder matrix = new StringBuilder("council_code,axis,level,label,written\n");
		for (String axis : List.of("likelihood", "impact")) {
			for (int level = 1; level <= 5; level++) {
				matrix.append("SIX,")
					.append(axis)
					.append(',')
					.append(level)
					.append(',')
					.append(level)
					.append(',')
					.append((level > 1) ? "" : axis.equals("likelihood") ? "first" : "second")
					.append('\n');
			}
		}
		this.csvImport.run(
				List.of(file("organisation.csv", "code,name,kind,parent_code\nSIX,Six Level Council,council,\n"),
						file("risk-matrix.csv", matrix.toString()), file("risk-bands.csv", """
								council_code,from_score,to_score,level,colour
								SIX,20,25,Very High,dark_red
								SIX,15,16,High,red
								SIX,10,12,High/Medium,orange
								SIX,6,9,Medium,amber
								SIX,3,5,Medium/Low,yellow
								SIX,1,2,Low,light_green
								"""), file("risk-registers.csv", """
								code,name,kind,organisation_code
								SIX-SRR,Strategic Risk Register,corporate,SIX
								"""), file("risks.csv", """
								reference,register_code,kind,title
								SIX-1,SIX-SRR,risk,Demand for adult social care exceeds the budget
								SIX-2,SIX-SRR,risk,A cyber attack stops council services
								SIX-3,SIX-SRR,risk,Too few care workers to recruit
								SIX-4,SIX-SRR,risk,A supplier of school meals fails
								"""),
						file("risk-assessments.csv",
								"""
										reference,assessed_on,reporting_period,current_likelihood,current_impact,residual_likelihood,residual_impact,rating_as_printed
										SIX-1,30/09/2019,Q2 2019/20,4,3,2,3,High/Medium
										SIX-2,30/09/2019,Q2 2019/20,4,5,3,4,Very High
										SIX-3,30/09/2019,Q2 2019/20,3,3,1,2,High/Medium
										SIX-4,30/09/2019,Q2 2019/20,2,2,1,1,
										""")),
				TestUsers.SYSTEM);
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/risks/SIX-1"));
		assertThat(page.locator(".govuk-summary-list").innerText())
			.contains("12 (likelihood 4, impact 3): High/Medium");
		assertThat(page.locator("main").innerText())
			.contains("A score is likelihood × impact on the 5×5 matrix, written likelihood first");
		assertAccessible(page);
		page.navigate(url("/risks/SIX-3"));
		assertThat(page.locator(".govuk-summary-list").innerText()).contains("Medium (printed as High/Medium)");

		page.navigate(url("/risks?register=SIX-SRR"));
		assertThat(page.locator("tbody").innerText()).contains("20 (likelihood 4, impact 5)", "Very High");
		assertAccessible(page);
		page.navigate(url("/risks/heat-map?register=SIX-SRR"));
		assertThat(page.locator(".beacon-heat-map thead").innerText()).doesNotContain("1 1");
		assertThat(page.locator(".beacon-heat-map").innerText()).contains("Very High", "High/Medium", "Medium/Low",
				"Low");
		assertAccessible(page);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/heat-map-six-levels.png"))
			.setFullPage(true));
		page.setViewportSize(390, 844);
		assertAccessible(page);
		page.navigate(url("/risks/SIX-1"));
		assertAccessible(page);
		assertNoSidewaysScrolling(page);

		page.setViewportSize(1280, 900);
		page.navigate(url("/risks/matrix/SIX"));
		assertThat(page.getByLabel("Likelihood first").isChecked()).isTrue();
		page.getByLabel("Impact first").check();
		page.getByLabel("What the council calls likelihood").fill("probability");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the change")).click();
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("No open risk would change level.");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the matrix and bands")).click();
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner"))
			.containsText("Saved the risk matrix and bands of Six Level Council");
		page.navigate(url("/risks/SIX-1"));
		assertThat(page.locator(".govuk-summary-list").innerText())
			.contains("12 (impact 3, probability 4): High/Medium");
		page.close();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private long scorecardId(String code) {
		return this.scorecards.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().id();
	}

}
