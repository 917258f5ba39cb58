package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.collection.Collection;
import uk.beacon.collection.DataRequest;
import uk.beacon.collection.ReportingCycle;
import uk.beacon.collection.Submission;
import uk.beacon.identity.Account;
import uk.beacon.identity.Accounts;
import uk.beacon.identity.Viewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.reporting.PublishedReport;
import uk.beacon.reporting.ReportDrafts;
import uk.beacon.reporting.ReportPublishing;
import uk.beacon.scorecard.Scorecards;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page Beacon draws, opened in one Chromium window 390 px wide (a phone
 * held upright): none may scroll sideways, a wide table scrolling inside its own labelled
 * region instead, and each passes axe-core's WCAG 2.2 AA checks at that width. A small
 * council of its own gives every page something to show: an indicator with a target and
 * figures, a scorecard, a risk register with an area, an open quarter with a submitted
 * figure and a published report; the demo councils give the long tables.
 */
@BeaconIntegrationTest
class PhoneWidthBrowserTest extends BrowserTestSupport {

	private static final FinancialQuarter Q2 = new FinancialQuarter(2019, 2);

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Collection collection;

	@Autowired
	OrganisationUnits units;

	@Autowired
	Scorecards scorecards;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportPublishing publishing;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageFitsAPhoneWithoutScrollingSidewaysAndPassesAxe() {
		Pages pages = pages();
		Page page = browser.newPage();
		page.setViewportSize(390, 844);
		List<String> wrong = new ArrayList<>();
		pages.forThePublic().forEach(path -> check(page, path, wrong));
		signInAsAdministrator(page);
		pages.signedIn().forEach(path -> check(page, path, wrong));
		// an import's preview, which only a form's answer draws
		page.navigate(url("/import"));
		page.getByLabel("Files to import")
			.setInputFiles(new FilePayload("measurements.csv", "text/csv",
					"indicator_code,data_period,reporting_period,value\nPHN-1,Q3 2019/20,Q3 2019/20,91.5\n"
						.getBytes(StandardCharsets.UTF_8)));
		page.getByText("Check the files").click();
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("PHN-1");
		checkDrawn(page, "the preview of an import", wrong);
		page.close();
		assertThat(wrong).as("pages that scroll sideways or fail axe-core at 390 px").isEmpty();
	}

	/** The addresses of every kind of page: those anyone may read, and the rest. */
	private record Pages(List<String> forThePublic, List<String> signedIn) {
	}

	private Pages pages() {
		long scorecard = loadCouncil();
		long demoScorecard = this.scorecards.idOf("WCC-CFC-2019").orElseThrow();
		DataRequest request = submittedRequest();
		PublishedReport report = this.publishing
			.publish(TestUsers.SYSTEM, scorecard, Q2,
					this.publishing.fingerprint(this.drafts.draft(scorecard, Optional.of(Q2)).orElseThrow()))
			.orElseThrow();
		long target = this.jdbc
			.sql("select t.id from target t join indicator i on i.id = t.indicator_id "
					+ "where i.code = 'PHN-1' order by t.id limit 1")
			.query(Long.class)
			.single();
		long admin = this.accounts.findByUsername("admin").orElseThrow().id();

		List<String> publicPages = List.of("/sign-in", "/", "/units/PHN", "/open-data", "/search?q=children",
				"/search?q=nothing+matches+this", "/scorecards/" + scorecard, "/scorecards/" + demoScorecard,
				"/indicators/PHN-1", "/indicators/WCC-LAC", "/reports", "/reports/" + report.id(), "/api",
				"/indicators/NO-SUCH-CODE", "/help", "/help/statuses", "/help/rag-rule", "/help/rag-rule?council=PHN",
				"/help/glossary");
		List<String> signedInPages = List.of("/account", "/collection/my", "/collection/requests/" + request.id(),
				"/dashboard", "/dashboard/PHN", "/dashboard/WCC", "/data-quality", "/risks", "/risks?register=LCC-CRR",
				"/risks/PHN-R1", "/risks/CR4", "/risks/heat-map?register=LCC-CRR", "/risks/profile?register=LCC-CRR",
				"/risks/matrix", "/risks/duplicates", "/risks/appetite", "/risks/areas",
				"/reports/" + report.id() + "/changes", "/scorecards/" + scorecard + "/report", "/risks/new",
				"/risks/PHN-R1/review", "/risks/PHN-R1/edit", "/risks/appetite/PHN", "/risks/areas/PHN/new",
				"/risks/areas/PHN-AREA/edit", "/risks/matrix/PHN", "/import", "/import/templates", "/import/guide",
				"/setup", "/setup/organisation", "/setup/organisation/PHN-D", "/setup/indicators/new",
				"/setup/scorecards/new", "/figures", "/scorecards/" + scorecard + "/figures",
				"/scorecards/" + demoScorecard + "/figures", "/scorecards/" + scorecard + "/owners",
				"/scorecards/" + scorecard + "/layout", "/scorecards/" + scorecard + "/targets",
				"/indicators/PHN-1/targets", "/indicators/PHN-1/targets/" + target, "/indicators/PHN-1/targets/new",
				"/indicators/PHN-1/edit", "/indicators/PHN-1/comparators", "/indicators/PHN-1/definition",
				"/councils/PHN/rag-rule", "/scorecards/" + scorecard + "/report/narrative?period=Q2+2019%2F20",
				"/scorecards/" + scorecard + "/report/publish?period=Q2+2019%2F20", "/collection",
				"/collection/cycles/" + request.cycle().id(), "/collection/approvals", "/admin/users",
				"/admin/users/" + admin, "/admin/audit");

		return new Pages(publicPages, signedInPages);
	}

	private void check(Page page, String path, List<String> wrong) {
		Response response = page.navigate(url(path));
		// every address is a page that exists, but for the one that shows the page for
		// none
		if (response.status() != (path.contains("NO-SUCH") ? 404 : 200)) {
			wrong.add(path + " answered " + response.status());
		}
		checkDrawn(page, path, wrong);
	}

	private static void checkDrawn(Page page, String what, List<String> wrong) {
		Object width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		List<?> widths = (List<?>) width;
		if (((Number) widths.get(0)).intValue() > ((Number) widths.get(1)).intValue()) {
			wrong.add(what + " is " + widths.get(0) + " px wide: " + page.evaluate("""
					() => [...document.querySelectorAll('body *')]
					  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
					    && !(e.parentElement && e.parentElement.closest('.beacon-table-wrapper')))
					  .slice(0, 5)
					  .map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40))"""));
		}
		List<String> violations = Browser.accessibilityViolations(page);
		if (!violations.isEmpty()) {
			wrong.add(what + ": " + violations);
		}
	}

	/** A council of its own, with something on every page; its scorecard's id. */
	private long loadCouncil() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				PHN,Phone Width Council,council,
				PHN-D,Phone Width Children's Services,directorate,PHN
				"""),
				file("indicators.csv",
						"""
								code,title,organisation_code,unit,polarity,frequency,owner,owner_email
								PHN-1,Children seen within a week of referral,PHN-D,percent,higher_is_better,quarterly,Olive Owner,phn-owner@test.example
								PHN-2,Library visits,PHN-D,number,higher_is_better,quarterly,,
								"""),
				file("targets.csv", """
						indicator_code,kind,applies_from,value,tolerance_kind,tolerance
						PHN-1,value,Q1 2019/20,95,absolute,1
						PHN-2,value,Q1 2019/20,1000,absolute,100
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value,performance_details
						PHN-1,Q1 2019/20,Q1 2019/20,96,
						PHN-1,Q2 2019/20,Q2 2019/20,90,Fewer social workers over the summer
						PHN-2,Q2 2019/20,Q2 2019/20,1200,
						"""),
				file("scorecards.csv",
						"""
								scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
								PHN-SC,Phone Width Council Scorecard,PHN,corporate,Children,objective,PHN-1,Q2 2019/20
								PHN-SC,Phone Width Council Scorecard,PHN,corporate,Children,objective,PHN-2,
								"""),
				file("risk-registers.csv", """
						code,name,kind,organisation_code
						PHN-CRR,Phone Width corporate register,corporate,PHN
						"""), file("risk-areas.csv", """
						code,council_code,title,lead
						PHN-AREA,PHN,Safeguarding children,Director of Children's Services
						"""), file("risks.csv", """
						reference,register_code,kind,title,area_code
						PHN-R1,PHN-CRR,risk,Too few foster carers for the children who need them,PHN-AREA
						"""), file("risk-assessments.csv", """
						reference,assessed_on,reporting_period,current_impact,current_likelihood
						PHN-R1,30/09/2019,Q2 2019/20,4,4
						""")), TestUsers.SYSTEM);
		return this.scorecards.idOf("PHN-SC").orElseThrow();
	}

	/** A figure the indicator's owner has sent in an open quarter. */
	private DataRequest submittedRequest() {
		TestUsers.ensure(this.context, "phn-officer", "phn-officer@test.example", Role.PERFORMANCE_OFFICER, "PHN");
		TestUsers.ensure(this.context, "phn-owner", "phn-owner@test.example", Role.INDICATOR_OWNER, "PHN-D");
		ReportingCycle cycle = this.collection.open(viewer("phn-officer"),
				this.units.findByCode("PHN").orElseThrow().id(), new FinancialQuarter(2019, 3),
				LocalDate.now().plusDays(20));
		DataRequest request = this.collection.requestsOf(cycle)
			.stream()
			.filter(r -> r.indicator().code().equals("PHN-1"))
			.findFirst()
			.orElseThrow();
		return this.collection.submit(viewer("phn-owner"), request.id(),
				new Submission("96", "", "", null, null, null, null, request.version()));
	}

	private Viewer viewer(String username) {
		Account account = this.accounts.findByUsername(username).orElseThrow();
		return new Viewer(account.id(), account.username(), account.displayName(), account.email());
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
