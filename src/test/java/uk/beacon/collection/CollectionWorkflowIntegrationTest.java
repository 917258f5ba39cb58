package uk.beacon.collection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.access.NotPermitted;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestMail;
import uk.beacon.TestUsers;
import uk.beacon.audit.AuditTrail;
import uk.beacon.identity.Account;
import uk.beacon.access.Role;
import uk.beacon.identity.Viewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurements;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.TestMail.allMailTo;
import static uk.beacon.TestMail.body;
import static uk.beacon.TestMail.lastMailTo;
import static uk.beacon.TestMail.mailsTo;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The quarter's collection through its states, the bad transitions included, with e-mail
 * to a real SMTP server.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionWorkflowIntegrationTest {

	private static final FinancialQuarter Q3 = new FinancialQuarter(2019, 3);

	@Autowired
	ApplicationContext context;

	@Autowired
	Collection collection;

	@Autowired
	CsvImport csvImport;

	@Autowired
	OrganisationUnits units;

	@Autowired
	Indicators indicators;

	@Autowired
	Measurements measurements;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reminders reminders;

	private Viewer officer;

	private Viewer owner;

	private Viewer approver;

	private Viewer otherApprover;

	private Viewer ownerWhoApproves;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				CW1,Collection Council,council,
				CW1-D,People Directorate,directorate,CW1
				CW2,Other Council,council,
				"""),
				file("indicators.csv",
						"""
								code,title,organisation_code,unit,decimal_places,polarity,frequency,accumulation,arrears_months,owner,owner_email,public
								CW1-A,Adults supported at home,CW1-D,percent,1,higher_is_better,quarterly,snapshot,0,Olive Owner,olive@cw1.example,yes
								CW1-B,Calls answered,CW1-D,number,0,higher_is_better,monthly,snapshot,0,Olive Owner,olive@cw1.example,yes
								CW1-C,Residents satisfied,CW1-D,percent,0,higher_is_better,annual,snapshot,0,Adam Approver,adam@cw1.example,yes
								CW1-L,Delayed transfers,CW1-D,number,0,lower_is_better,quarterly,snapshot,3,,,yes
								"""),
				file("targets.csv", """
						indicator_code,kind,applies_from,applies_to,value,tolerance_kind,tolerance
						CW1-A,value,Q1 2019/20,,90,absolute,1
						CW1-C,value,Q1 2019/20,,70,absolute,1
						""")), TestUsers.SYSTEM);
		this.officer = viewer(
				TestUsers.ensure(this.context, "cw1-officer", "officer@cw1.example", Role.PERFORMANCE_OFFICER, "CW1"));
		this.owner = viewer(
				TestUsers.ensure(this.context, "cw1-olive", "olive@cw1.example", Role.INDICATOR_OWNER, "CW1"));
		this.approver = viewer(TestUsers.ensure(this.context, "cw1-anna", "anna@cw1.example", Role.APPROVER, "CW1-D"));
		this.otherApprover = viewer(
				TestUsers.ensure(this.context, "cw2-approver", "approver@cw2.example", Role.APPROVER, "CW2"));
		this.ownerWhoApproves = viewer(TestUsers.ensure(this.context, "cw1-adam", "adam@cw1.example",
				Role.INDICATOR_OWNER, "CW1", Role.APPROVER, "CW1"));
	}

	@Test
	void openingAQuarterAsksEachOwnerForWhatIsDueAndEmailsThem() throws Exception {
		ReportingCycle cycle = open(Q3);

		List<DataRequest> requests = this.collection.requestsOf(cycle);
		assertThat(requests).extracting(r -> r.indicator().code() + " " + r.dataPeriod().label())
			.containsExactlyInAnyOrder("CW1-A Q3 2019/20", "CW1-B Oct 2019", "CW1-B Nov 2019", "CW1-B Dec 2019",
					"CW1-L Q2 2019/20");
		assertThat(requests).filteredOn(r -> r.indicator().code().equals("CW1-L"))
			.allSatisfy(r -> assertThat(r.ownerEmail()).isNull());
		MimeMessage mail = lastMailTo("olive@cw1.example");
		assertThat(mail.getSubject()).contains("Q3 2019/20");
		assertThat(body(mail)).contains("CW1-A Adults supported at home")
			.contains("CW1-B Calls answered, Oct 2019")
			.contains("http://beacon.test/collection/requests/");
		assertThat(this.audit.about("REPORTING_CYCLE", "CW1 Q3 2019/20")).extracting(e -> e.action())
			.containsExactly("CYCLE_OPENED");
		assertThatExceptionOfType(CollectionRejected.class).isThrownBy(() -> open(Q3))
			.withMessageContaining("already open");
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.collection.open(this.owner, councilId(), new FinancialQuarter(2019, 4),
					LocalDate.now().plusDays(10)))
			.withMessageContaining("You cannot open a quarter")
			.withMessageContaining("needs the role of performance officer");
	}

	@Test
	void anOwnerSubmitsAnApproverReturnsTheOwnerCorrectsAndTheApprovedFigureIsLocked() throws Exception {
		ReportingCycle cycle = open(new FinancialQuarter(2020, 1));
		DataRequest request = request(cycle, "CW1-A");

		// red needs all three parts of the commentary
		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.submit(this.owner, request.id(),
					new Submission("80", "", "", "Below target", null, null, null, request.version())))
			.withMessageContaining("red")
			.withMessageContaining("all three parts");
		DataRequest submitted = this.collection.submit(this.owner, request.id(),
				new Submission("80", "", "", "Below target", "Recruiting", "Review in Q2", null, request.version()));
		assertThat(submitted.state()).isEqualTo(RequestState.SUBMITTED);
		// not while it waits for approval
		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.submit(this.owner, request.id(), form("81", submitted.version())))
			.withMessageContaining("waiting for approval");
		// an approver elsewhere may not decide
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.collection.approve(this.otherApprover, request.id(), submitted.version()))
			.withMessageContaining("You cannot approve or return the figures for CW1-A")
			.withMessageContaining("outside the part of the council your role covers");
		// returning needs a reason
		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.returnToOwner(this.approver, request.id(), submitted.version(), " "))
			.withMessageContaining("Say why");

		this.collection.returnToOwner(this.approver, request.id(), submitted.version(), "Check against the ledger");
		WaitingMail.sendAll(this.context);

		DataRequest returned = this.collection.request(request.id()).orElseThrow();
		assertThat(returned.state()).isEqualTo(RequestState.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("Check against the ledger");
		assertThat(body(lastMailTo("olive@cw1.example"))).contains("Check against the ledger");

		DataRequest corrected = this.collection.submit(this.owner, request.id(), form("91.5", returned.version()));
		// a stale form is refused, not silently applied
		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.approve(this.approver, request.id(), returned.version()))
			.withMessageContaining("Someone else changed");
		this.collection.approve(this.approver, request.id(), corrected.version());

		assertThat(this.measurements.find(indicatorId("CW1-A"), "Q1 2020/21")).hasValueSatisfying(m -> {
			assertThat(m.value()).isEqualByComparingTo("91.5");
			assertThat(m.reportingPeriod()).isEqualTo(new FinancialQuarter(2020, 1));
		});
		DataRequest approved = this.collection.request(request.id()).orElseThrow();
		assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
		// locked: changing it needs a reason
		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.submit(this.owner, request.id(), form("92", approved.version())))
			.withMessageContaining("approved and locked");
		DataRequest correction = this.collection.submit(this.owner, request.id(),
				new Submission("92", "", "", null, null, null, "Late returns from one team", approved.version()));
		this.collection.approve(this.approver, request.id(), correction.version());

		assertThat(this.measurements.find(indicatorId("CW1-A"), "Q1 2020/21"))
			.hasValueSatisfying(m -> assertThat(m.value()).isEqualByComparingTo("92"));
		assertThat(this.jdbc.sql("select value from measurement_history where indicator_id = ? and data_period = ?")
			.params(indicatorId("CW1-A"), "Q1 2020/21")
			.query(BigDecimal.class)
			.list()).singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("91.5"));
		assertThat(this.audit.about("FIGURE", "CW1-A")).extracting(e -> e.action())
			.containsExactly("FIGURE_RECORDED", "FIGURE_CORRECTED");
		assertThat(this.audit.about("FIGURE", "CW1-A").get(1)).satisfies(e -> {
			assertThat(e.before()).contains("value: 91.5");
			assertThat(e.after()).contains("value: 92");
			assertThat(e.reason()).isEqualTo("Late returns from one team");
		});
		assertThat(this.audit.about("DATA_REQUEST", "CW1-A Q1 2020/21")).extracting(e -> e.action())
			.containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "CORRECTION_SUBMITTED",
					"CORRECTION_APPROVED");
	}

	@Test
	void onlyTheOwnerSubmitsAndNobodyApprovesTheirOwnFigures() {
		ReportingCycle cycle = open(new FinancialQuarter(2020, 2));
		DataRequest calls = request(cycle, "CW1-B");

		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.submit(this.approver, calls.id(), form("120", calls.version())))
			.withMessageContaining("Only the owner of CW1-B");

		ReportingCycle year = open(new FinancialQuarter(2019, 4));
		DataRequest satisfaction = request(year, "CW1-C");
		DataRequest own = this.collection.submit(this.ownerWhoApproves, satisfaction.id(),
				form("75", satisfaction.version()));
		assertThatExceptionOfType(CollectionRejected.class)
			.isThrownBy(() -> this.collection.approve(this.ownerWhoApproves, satisfaction.id(), own.version()))
			.withMessageContaining("someone else must approve");
		this.collection.approve(this.approver, satisfaction.id(), own.version());
		assertThat(this.collection.request(satisfaction.id()).orElseThrow().state()).isEqualTo(RequestState.APPROVED);
	}

	@Test
	void ownersAreRemindedBeforeTheDeadlineAndToldWhenOverdueOnce() throws Exception {
		ReportingCycle cycle = open(new FinancialQuarter(2020, 3));
		this.jdbc.sql("update reporting_cycle set due_date = ? where id = ?")
			.params(LocalDate.now().plusDays(2), cycle.id())
			.update();
		int before = mailsTo("olive@cw1.example");

		this.reminders.run();
		this.reminders.run();
		WaitingMail.sendAll(this.context);

		assertThat(mailsTo("olive@cw1.example")).isEqualTo(before + 1);
		assertThat(lastMailTo("olive@cw1.example").getSubject()).startsWith("Beacon reminder");

		// the job holds a lock in the database, so another instance starting it now does
		// nothing
		assertThat(this.jdbc
			.sql("select count(*) from shedlock where name = 'collection-reminders' and lock_until > now()")
			.query(Integer.class)
			.single()).isEqualTo(1);

		this.jdbc.sql("update reporting_cycle set due_date = ? where id = ?")
			.params(LocalDate.now().minusDays(1), cycle.id())
			.update();
		this.reminders.queue();
		WaitingMail.sendAll(this.context);
		this.reminders.queue();
		WaitingMail.sendAll(this.context);

		assertThat(mailsTo("olive@cw1.example")).isEqualTo(before + 2);
		assertThat(lastMailTo("olive@cw1.example").getSubject()).contains("overdue");
		assertThat(this.collection.requestsOf(cycle)).filteredOn(r -> r.ownerEmail() != null)
			.allSatisfy(r -> assertThat(r.overdueOn(LocalDate.now())).isTrue());
	}

	@Test
	void namingAnOwnerSendsThemTheRequestAndIsAudited() throws Exception {
		ReportingCycle cycle = open(new FinancialQuarter(2020, 4));
		DataRequest delayed = request(cycle, "CW1-L");
		assertThat(delayed.ownerEmail()).isNull();
		Account anna = TestUsers.ensure(this.context, "cw1-anna", "anna@cw1.example");

		this.collection.assignOwner(this.officer, delayed.indicator().id(), delayed.indicator().version(), anna.id());
		WaitingMail.sendAll(this.context);

		assertThat(this.collection.request(delayed.id()).orElseThrow().ownerEmail()).isEqualTo("anna@cw1.example");
		assertThat(body(lastMailTo("anna@cw1.example"))).contains("CW1-L Delayed transfers");
		assertThat(this.audit.about("INDICATOR", "CW1-L")).extracting(e -> e.action()).contains("OWNER_ASSIGNED");
		// someone who is not a performance officer may not
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.collection.assignOwner(this.owner, delayed.indicator().id(),
					delayed.indicator().version(), anna.id()))
			.withMessageContaining("needs the role of performance officer");

		// named owner is not enough to enter figures: Anna approves but holds no owner
		// role
		DataRequest named = this.collection.request(delayed.id()).orElseThrow();
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.collection.submit(viewer(anna), named.id(), form("12", named.version())))
			.withMessageContaining("You cannot submit the figures for CW1-L")
			.withMessageContaining("which you do not hold");
		// nor the owner role held for another council
		Account elsewhere = TestUsers.ensure(this.context, "cw2-owen", "owen@cw2.example", Role.INDICATOR_OWNER, "CW2");
		// named from a page opened before Anna was: refused, saying who owns it now
		assertThatExceptionOfType(uk.beacon.access.StaleChange.class)
			.isThrownBy(() -> this.collection.assignOwner(this.officer, delayed.indicator().id(),
					delayed.indicator().version(), elsewhere.id()))
			.withMessageContaining("its owner is now Cw1-anna Tester <anna@cw1.example>");
		this.collection.assignOwner(this.officer, delayed.indicator().id(), named.indicator().version(),
				elsewhere.id());
		WaitingMail.sendAll(this.context);
		DataRequest renamed = this.collection.request(delayed.id()).orElseThrow();
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.collection.submit(viewer(elsewhere), renamed.id(), form("12", renamed.version())))
			.withMessageContaining("outside the part of the council your role covers");
		assertThat(this.collection.request(delayed.id()).orElseThrow().state()).isEqualTo(named.state());
	}

	/** Opens the quarter and waits for the e-mails it causes. */
	private ReportingCycle open(FinancialQuarter quarter) {
		ReportingCycle cycle = this.collection.open(this.officer, councilId(), quarter, LocalDate.now().plusDays(10));
		WaitingMail.sendAll(this.context);
		return cycle;
	}

	private DataRequest request(ReportingCycle cycle, String code) {
		return this.collection.requestsOf(cycle)
			.stream()
			.filter(r -> r.indicator().code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private long councilId() {
		return this.units.findByCode("CW1").orElseThrow().id();
	}

	private long indicatorId(String code) {
		return this.indicators.findByCode(code).orElseThrow().id();
	}

	private static Submission form(String value, int version) {
		return new Submission(value, "", "", "Details", "Now", "Next", null, version);
	}

	private static Viewer viewer(Account account) {
		return new Viewer(account.id(), account.username(), account.displayName(), account.email());
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
