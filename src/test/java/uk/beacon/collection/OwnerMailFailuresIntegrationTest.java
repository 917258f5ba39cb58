package uk.beacon.collection;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestMail;
import uk.beacon.TestUsers;
import uk.beacon.audit.AuditTrail;
import uk.beacon.identity.Account;
import uk.beacon.access.Role;
import uk.beacon.identity.Viewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.mail.MailFailure;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.TestMail.allMailTo;
import static uk.beacon.TestMail.body;
import static uk.beacon.TestMail.lastMailTo;
import static uk.beacon.TestMail.mailsTo;

/**
 * When the mail server will not take an e-mail to an owner, the quarter's page says so
 * beside the request, with the reason and "Send again" for a performance officer of that
 * council; no page says owners were e-mailed when they were not. The outage is real: the
 * SMTP server is stopped.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerMailFailuresIntegrationTest {

	private static final String OWNER = "mo@mf1.example";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Collection collection;

	@Autowired
	CsvImport csvImport;

	@Autowired
	OrganisationUnits units;

	@Autowired
	Reminders reminders;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	private Viewer officer;

	private Viewer owner;

	@BeforeAll
	void council() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						MF1,Mail Failure Council,council,
						MF1-D,Place Directorate,directorate,MF1
						MF2,Neighbouring Council,council,
						MF3,Mail Success Council,council,
						"""),
						file("indicators.csv",
								"""
										code,title,organisation_code,unit,decimal_places,polarity,frequency,accumulation,arrears_months,owner,owner_email,public
										MF1-A,Roads repaired,MF1-D,number,0,higher_is_better,quarterly,snapshot,0,Mo Owner,mo@mf1.example,yes
										MF1-B,Bins collected on time,MF1-D,percent,1,higher_is_better,quarterly,snapshot,0,Mo Owner,mo@mf1.example,yes
										MF3-A,Libraries open,MF3,number,0,higher_is_better,quarterly,snapshot,0,Ann Owner,ann@mf3.example,yes
										MF3-U,Potholes filled,MF3,number,0,higher_is_better,quarterly,snapshot,0,,,yes
										MF3-V,Streetlights fixed,MF3,number,0,higher_is_better,quarterly,snapshot,0,,,yes
										""")),
				TestUsers.SYSTEM);
		this.officer = viewer(
				TestUsers.ensure(this.context, "mf1-officer", "officer@mf1.example", Role.PERFORMANCE_OFFICER, "MF1"));
		this.owner = viewer(TestUsers.ensure(this.context, "mf1-mo", OWNER, Role.INDICATOR_OWNER, "MF1"));
		TestUsers.ensure(this.context, "mf1-approver", "approver@mf1.example", Role.APPROVER, "MF1");
		TestUsers.ensure(this.context, "mf2-officer", "officer@mf2.example", Role.PERFORMANCE_OFFICER, "MF2");
		TestUsers.ensure(this.context, "mf3-officer", "officer@mf3.example", Role.PERFORMANCE_OFFICER, "MF3");
	}

	@Test
	void pagesSayWhatHappenedToTheEmailsWhenOpeningAQuarterAndNamingOwners() {
		SignedIn officer = signIn("mf3-officer");
		long council = this.units.findByCode("MF3").orElseThrow().id();
		HttpResponse<String> opened = officer.post("/collection/cycles", Map.of("council", String.valueOf(council),
				"quarter", "Q3 2019/20", "due", LocalDate.now().plusDays(10).toString()));
		String cyclePage = opened.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		assertThat(officer.get(cyclePage).body())
			.contains("Opened Mail Success Council, Q3 2019/20 with 3 data requests. 1 is being e-mailed to its owner: "
					+ "the table of data requests says when it has been sent, or why it could not be. "
					+ "2 have no owner, so nobody has been asked for them yet: name one below.")
			.doesNotContain("There is a problem");
		WaitingMail.sendAll(this.context);
		assertThat(row(officer.get(cyclePage).body(), "MF3-A")).contains("The request for figures was sent on");
		assertThat(officer.get(cyclePage).body()).doesNotContain("could not be e-mailed");
		Account una = TestUsers.ensure(this.context, "mf3-una", "una@mf3.example");
		String owners = cyclePage + "/owners";

		officer.post(owners, naming("MF3-U", una));
		assertThat(officer.get(cyclePage).body())
			.contains("Owner named. Their data requests are being e-mailed to them");
		WaitingMail.sendAll(this.context);
		assertThat(row(officer.get(cyclePage).body(), "MF3-U")).contains("The request for figures was sent on");

		try (TestMail.Outage outage = TestMail.outage()) {
			officer.post(owners, naming("MF3-V", una));
			WaitingMail.sendAll(this.context);
		}
		assertThat(officer.get(cyclePage).body())
			.contains("Owner named. Their data requests are being e-mailed to them")
			.contains("1 data request could not be e-mailed to its owner.")
			.doesNotContain("Owner named and e-mailed");
		assertThat(row(officer.get(cyclePage).body(), "MF3-V")).contains("The request for figures could not be sent on")
			.contains("the mail server could not be reached");
	}

	@Test
	void aRequestThatCouldNotBeSentIsShownWithTheReasonAndSentAgainOnceTheServerIsBack() throws Exception {
		SignedIn officer = signIn("mf1-officer");
		HttpResponse<String> opened;
		try (TestMail.Outage outage = TestMail.outage()) {
			opened = officer.post("/collection/cycles", Map.of("council", String.valueOf(councilId()), "quarter",
					"Q3 2019/20", "due", LocalDate.now().plusDays(10).toString()));
			WaitingMail.sendAll(this.context);
		}
		assertThat(opened.statusCode()).isEqualTo(302);
		String cyclePage = opened.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		String page = officer.get(cyclePage).body();
		assertThat(page).contains("Opened Mail Failure Council, Q3 2019/20 with 2 data requests.")
			.contains("2 data requests could not be e-mailed to their owners.")
			.doesNotContain("were e-mailed to their owners")
			.doesNotContain("Owners have been e-mailed")
			.contains("The request for figures could not be sent on")
			.contains("the mail server could not be reached")
			.contains(">Send again<");
		ReportingCycle cycle = this.collection.cycles()
			.stream()
			.filter(c -> c.title().equals("Mail Failure Council, Q3 2019/20"))
			.findFirst()
			.orElseThrow();
		List<DataRequest> requests = this.collection.requestsOf(cycle);
		assertThat(requests).allSatisfy(r -> {
			assertThat(r.lastMail().kind()).isEqualTo(MailKind.REQUEST);
			assertThat(r.lastMail().failure()).isEqualTo("the mail server could not be reached");
		});
		long first = requests.get(0).id();
		String sendAgain = "/collection/cycles/" + cycle.id() + "/send-again";
		int before = mailsTo(OWNER);

		// someone without the role, and an officer of another council, are refused
		assertThat(signIn("mf1-approver").post(sendAgain, Map.of("request", String.valueOf(first))).statusCode())
			.isEqualTo(403);
		// an officer of another council does not see this quarter's page at all, and is
		// told
		// why when they send the form anyway
		SignedIn neighbour = signIn("mf2-officer");
		assertThat(neighbour.get(cyclePage).statusCode()).isEqualTo(403);
		HttpResponse<String> refused = neighbour.post(sendAgain, Map.of("request", String.valueOf(first)));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("You cannot send e-mails to owners again")
			.contains("outside the part of the council your role covers");
		assertThat(mailsTo(OWNER)).isEqualTo(before);
		assertThat(this.collection.request(first).orElseThrow().lastMail().failed()).isTrue();

		HttpResponse<String> sent = officer.post(sendAgain, Map.of("request", String.valueOf(first)));

		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("#request-" + first));
		assertThat(officer.get(cyclePage).body())
			.contains("The request for figures has been sent again to " + OWNER + ".")
			.contains("The request for figures was sent on")
			.doesNotContain("could not be sent")
			.doesNotContain(">Send again<");
		// one e-mail for both of the owner's requests that had failed
		assertThat(mailsTo(OWNER)).isEqualTo(before + 1);
		assertThat(body(lastMailTo(OWNER))).contains("MF1-A Roads repaired").contains("MF1-B Bins collected on time");
		assertThat(this.collection.requestsOf(cycle)).allSatisfy(r -> assertThat(r.lastMail().failed()).isFalse());
		assertThat(this.audit.about("DATA_REQUEST", requests.get(0).subject())).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("MAIL_SENT_AGAIN");
			assertThat(e.before()).contains("not sent: the mail server could not be reached");
			assertThat(e.after()).isEqualTo("the request for figures sent to " + OWNER);
		});
		// nothing left to send again
		officer.postFrom(cyclePage, sendAgain, Map.of("request", String.valueOf(first)));
		assertThat(officer.get(cyclePage).body()).contains("There is no failed e-mail to send again");
	}

	@Test
	void remindersAndOverdueNoticesThatFailAreShownAndTheDailyRunOrSendAgainDeliversThem() throws Exception {
		ReportingCycle cycle = this.collection.open(this.officer, councilId(), new FinancialQuarter(2019, 4),
				LocalDate.now().plusDays(2));
		WaitingMail.sendAll(this.context);
		try (TestMail.Outage outage = TestMail.outage()) {
			this.reminders.queue();
			WaitingMail.sendAll(this.context);
		}
		SignedIn officer = signIn("mf1-officer");
		assertThat(officer.get("/collection/cycles/" + cycle.id()).body()).contains("The reminder could not be sent on")
			.contains("2 data requests could not be e-mailed to their owners.");

		// the next morning's run tries again
		int before = mailsTo(OWNER);
		this.reminders.queue();
		WaitingMail.sendAll(this.context);
		assertThat(mailsTo(OWNER)).isEqualTo(before + 1);
		assertThat(this.collection.requestsOf(cycle)).allSatisfy(r -> {
			assertThat(r.lastMail().kind()).isEqualTo(MailKind.REMINDER);
			assertThat(r.lastMail().failed()).isFalse();
		});

		this.jdbc.sql("update reporting_cycle set due_date = ? where id = ?")
			.params(LocalDate.now().minusDays(1), cycle.id())
			.update();
		try (TestMail.Outage outage = TestMail.outage()) {
			this.reminders.queue();
			WaitingMail.sendAll(this.context);
		}
		assertThat(officer.get("/collection/cycles/" + cycle.id()).body())
			.contains("The overdue notice could not be sent on");

		DataRequest sent = this.collection.sendAgain(this.officer, this.collection.requestsOf(cycle).get(0).id());

		assertThat(sent.lastMail().kind()).isEqualTo(MailKind.OVERDUE);
		assertThat(sent.lastMail().failed()).isFalse();
		assertThat(lastMailTo(OWNER).getSubject()).contains("overdue");
		// and the daily run does not send it a second time
		int afterSendingAgain = mailsTo(OWNER);
		this.reminders.queue();
		WaitingMail.sendAll(this.context);
		assertThat(mailsTo(OWNER)).isEqualTo(afterSendingAgain);
	}

	@Test
	void theRequestsPageTellsTheApproverWhenTheOwnerCouldNotBeEmailedTheReasonForReturningFigures() throws Exception {
		ReportingCycle cycle = this.collection.open(this.officer, councilId(), new FinancialQuarter(2020, 1),
				LocalDate.now().plusDays(10));
		WaitingMail.sendAll(this.context);
		DataRequest request = this.collection.requestsOf(cycle).get(0);
		DataRequest submitted = this.collection.submit(this.owner, request.id(),
				new Submission("120", "", "", "Details", "Now", "Next", null, request.version()));
		SignedIn approver = signIn("mf1-approver");
		HttpResponse<String> returned;
		try (TestMail.Outage outage = TestMail.outage()) {
			returned = approver.post("/collection/requests/" + request.id() + "/return",
					Map.of("version", String.valueOf(submitted.version()), "reason", "Include the rural roads"));
			WaitingMail.sendAll(this.context);
		}
		assertThat(returned.statusCode()).isEqualTo(302);
		assertThat(approver.get("/collection/approvals").body())
			.contains("Returned to the owner. The reason is being e-mailed to them: "
					+ "the request&#39;s page says when it has been sent, or why it could not be.")
			.doesNotContain("has been e-mailed the reason");
		assertThat(approver.get("/collection/requests/" + request.id()).body())
			.contains("The reason the figures were returned could not be sent on")
			.contains("the mail server could not be reached");
		assertThat(signIn("mf1-officer").get("/collection/cycles/" + cycle.id()).body())
			.contains("The reason the figures were returned could not be sent on");

		this.collection.sendAgain(this.officer, request.id());

		assertThat(body(lastMailTo(OWNER))).contains("Include the rural roads");
		assertThat(this.collection.request(request.id()).orElseThrow().lastMail().failed()).isFalse();
	}

	/** The row of the table of data requests about the indicator. */
	private static String row(String page, String code) {
		int at = page.indexOf(">" + code + " ");
		assertThat(at).as("a row for " + code).isNotNegative();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

	private SignedIn signIn(String username) {
		return SignedIn.as(this.port, username, TestUsers.PASSWORD);
	}

	/** The quarter page's form naming an owner, as it showed the indicator. */
	private Map<String, String> naming(String code, Account person) {
		var indicator = this.context.getBean(uk.beacon.indicator.Indicators.class).findByCode(code).orElseThrow();
		return Map.of("indicator", String.valueOf(indicator.id()), "person", String.valueOf(person.id()),
				"version-" + indicator.id(), String.valueOf(indicator.version()));
	}

	private long indicatorId(String code) {
		return this.context.getBean(uk.beacon.indicator.Indicators.class).findByCode(code).orElseThrow().id();
	}

	private long councilId() {
		return this.units.findByCode("MF1").orElseThrow().id();
	}

	private static Viewer viewer(Account account) {
		return new Viewer(account.id(), account.username(), account.displayName(), account.email());
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
