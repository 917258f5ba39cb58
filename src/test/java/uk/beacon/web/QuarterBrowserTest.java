package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestMail;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.scorecard.Scorecards;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole quarter in the browser: the performance officer opens it, the owner gets the
 * e-mail and enters figures, the approver returns them, the owner corrects them, the
 * approver approves, and the public scorecard shows the published figure.
 */
@BeaconIntegrationTest
class QuarterBrowserTest extends BrowserTestSupport {

	private static final Pattern LINK = Pattern.compile("http://beacon\\.test(/collection/requests/\\d+)");

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Scorecards scorecards;

	@Test
	void aQuarterFromOpeningToThePublishedFigure() throws Exception {
		council();
		TestUsers.ensure(this.context, "qb-officer", "officer@qb.example", Role.PERFORMANCE_OFFICER, "QB");
		TestUsers.ensure(this.context, "qb-owner", "owner@qb.example", Role.INDICATOR_OWNER, "QB");
		TestUsers.ensure(this.context, "qb-director", "director@qb.example", Role.APPROVER, "QB");

		// the performance officer opens the quarter
		Page officer = browser.newPage();
		signIn(officer, "qb-officer", TestUsers.PASSWORD);
		officer.navigate(url("/collection"));
		assertAccessible(officer);
		officer.getByLabel("Council")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Quarter Borough Council"));
		officer.getByLabel("Quarter", new Page.GetByLabelOptions().setExact(true)).fill("Q3 2019/20");
		officer.getByLabel("Figures due by").fill(LocalDate.now().plusDays(14).toString());
		officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the quarter and e-mail owners"))
			.click();
		PlaywrightAssertions.assertThat(officer.locator("h1")).hasText("Q3 2019/20 data collection");
		PlaywrightAssertions.assertThat(officer.getByText("1 data requests")).isVisible();
		assertAccessible(officer);

		// the owner receives the e-mail and follows its link
		String request = linkIn(mailTo("owner@qb.example", "figures needed for Q3 2019/20"));
		Page owner = browser.newPage();
		signIn(owner, "qb-owner", TestUsers.PASSWORD);
		owner.navigate(url(request));
		PlaywrightAssertions.assertThat(owner.locator("h1")).hasText("Residents helped at home");
		assertAccessible(owner);
		owner.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)).fill("80");
		owner.getByLabel("Performance details").fill("Two carers left in October.");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
		// red without the whole commentary is refused, and what was typed is kept
		PlaywrightAssertions.assertThat(owner.locator(".govuk-error-summary")).containsText("all three parts");
		PlaywrightAssertions.assertThat(owner.getByLabel("Performance details"))
			.hasValue("Two carers left in October.");
		owner.getByLabel("Current activity").fill("Recruiting two carers.");
		owner.getByLabel("Future activity").fill("Back to target by March.");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
		PlaywrightAssertions.assertThat(owner.locator(".govuk-notification-banner")).containsText("Submitted");

		// the approver returns it
		Page director = browser.newPage();
		signIn(director, "qb-director", TestUsers.PASSWORD);
		director.navigate(url("/collection/approvals"));
		assertAccessible(director);
		director.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Residents helped at home")).click();
		PlaywrightAssertions.assertThat(director.locator("main")).containsText(Pattern.compile("80(\\.0)?%"));
		assertAccessible(director);
		director.getByLabel("Reason for returning it").fill("The October figure leaves out the night service.");
		director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to the owner")).click();
		PlaywrightAssertions.assertThat(director.locator(".govuk-notification-banner")).containsText("Returned");

		// the owner is told why, corrects it and submits again
		assertThat(body(mailTo("owner@qb.example", "figures returned"))).contains("leaves out the night service");
		owner.navigate(url(request));
		PlaywrightAssertions.assertThat(owner.locator(".govuk-inset-text"))
			.containsText("leaves out the night service");
		owner.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)).fill("92");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
		PlaywrightAssertions.assertThat(owner.locator(".govuk-notification-banner")).containsText("Submitted");

		// the approver approves it
		director.navigate(url(request));
		PlaywrightAssertions.assertThat(director.locator("main")).containsText(Pattern.compile("92(\\.0)?%"));
		director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
		PlaywrightAssertions.assertThat(director.locator(".govuk-notification-banner")).containsText("Approved");

		// the public sees the published figure without signing in
		long scorecard = this.scorecards.idOf("QB-CARD").orElseThrow();
		Page resident = browser.newPage();
		resident.navigate(url("/scorecards/" + scorecard + "?period=Q3%202019/20"));
		PlaywrightAssertions.assertThat(resident.locator("main")).containsText("Residents helped at home");
		PlaywrightAssertions.assertThat(resident.locator("main")).containsText(Pattern.compile("92(\\.0)?%"));
		assertAccessible(resident);
		// and cannot reach the collection
		resident.navigate(url(request));
		PlaywrightAssertions.assertThat(resident.locator("h1")).hasText("Sign in to Beacon");
		for (Page page : List.of(officer, owner, director, resident)) {
			page.context().close();
		}
	}

	private void council() {
		if (this.scorecards.idOf("QB-CARD").isPresent()) {
			return;
		}
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						QB,Quarter Borough Council,council,
						QB-ADULTS,Adult Services,directorate,QB
						"""),
						file("indicators.csv",
								"""
										code,title,organisation_code,unit,decimal_places,polarity,frequency,accumulation,arrears_months,owner,owner_email,public
										QB-HOME,Residents helped at home,QB-ADULTS,percent,1,higher_is_better,quarterly,snapshot,0,Owen Owner,owner@qb.example,yes
										"""),
						file("targets.csv", """
								indicator_code,kind,applies_from,applies_to,value,tolerance_kind,tolerance
								QB-HOME,value,Q1 2019/20,,90,absolute,1
								"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										QB-CARD,Quarter Borough Scorecard,QB,corporate,Living well,objective,QB-HOME,Q3 2019/20
										""")),
				TestUsers.SYSTEM);
	}

	/**
	 * The e-mail, once it has come: Beacon sends from its outbox within seconds of the
	 * step that caused it.
	 */
	private static MimeMessage mailTo(String address, String subject) throws Exception {
		MimeMessage found = null;
		long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (found == null && System.nanoTime() < giveUp) {
			for (MimeMessage message : TestMail.server().getReceivedMessages()) {
				if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address)
						&& message.getSubject().contains(subject)) {
					found = message;
				}
			}
			if (found == null) {
				Thread.sleep(100);
			}
		}
		assertThat(found).as("an e-mail to " + address + " about " + subject).isNotNull();
		return found;
	}

	private static String linkIn(MimeMessage message) throws Exception {
		Matcher link = LINK.matcher(body(message));
		assertThat(link.find()).as("a link in the e-mail").isTrue();
		return link.group(1);
	}

	private static String body(MimeMessage message) throws Exception {
		return String.valueOf(message.getContent());
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
