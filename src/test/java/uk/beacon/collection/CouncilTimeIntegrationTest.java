package uk.beacon.collection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconApplication;
import uk.beacon.SignedIn;
import uk.beacon.TestMail;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;
import uk.beacon.audit.AuditTrail.AuditSearch;
import uk.beacon.identity.Account;
import uk.beacon.identity.Viewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.TestMail.lastMailTo;
import static uk.beacon.TestMail.mailsTo;

/**
 * "Today", due dates and "overdue" are the council's (Europe/London), whatever the host's
 * time zone: on a host in UTC during British Summer Time, at 23:30 UTC on 30 June it is
 * already 1 July in London, so figures due on 30 June are overdue, the quarter is Q2 and
 * the audit trail's 1 July begins at 23:00 UTC. The host's zone is set to UTC for the
 * test (the JVM's default, and so the database session's, which the driver takes from
 * it); Beacon's clock is fixed and moved by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilTimeIntegrationTest {

	private static final String OWNER = "owen@ct.example";

	private final TimeZone hostZone = TimeZone.getDefault();

	private final MovableClock clock = new MovableClock(Instant.parse("2026-06-25T12:00:00Z"),
			ZoneId.of("Europe/London"));

	private ConfigurableApplicationContext beacon;

	@BeforeAll
	void startOnAHostInUtc() {
		TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
		this.beacon = new SpringApplicationBuilder(BeaconApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean("councilClock", Clock.class,
					() -> this.clock, bean -> bean.setPrimary(true)))
			.run("--server.port=0", "--beacon.data-dir=" + Path.of("target", "test-data", "time-" + UUID.randomUUID()),
					"--beacon.demo-data.enabled=false", "--beacon.admin-password=" + TestUsers.ADMIN_PASSWORD,
					// the test queues the reminders itself, at the moved clock's times
					"--beacon.collection.reminder-cron=-", "--beacon.risks.review-reminder-cron=-",
					"--spring.mail.host=localhost", "--spring.mail.port=" + TestMail.server().getSmtp().getPort());
		this.beacon.getBean(CsvImport.class)
			.run(List.of(file("organisation.csv", """
					code,name,kind,parent_code
					CT1,Council Time Council,council,
					"""),
					file("indicators.csv",
							"""
									code,title,organisation_code,unit,decimal_places,polarity,frequency,accumulation,arrears_months,owner,owner_email,public
									CT1-A,Roads repaired,CT1,number,0,higher_is_better,quarterly,snapshot,0,Owen Owner,owen@ct.example,yes
									""")),
					TestUsers.SYSTEM);
	}

	@AfterAll
	void stop() {
		if (this.beacon != null) {
			this.beacon.close();
		}
		TimeZone.setDefault(this.hostZone);
	}

	@Test
	void figuresDueOn30JuneAreOverdueAt2330UtcOnAHostInUtcInBritishSummerTime() throws Exception {
		Account account = TestUsers.ensure(this.beacon, "ct-officer", "officer@ct.example", Role.PERFORMANCE_OFFICER,
				"CT1");
		Viewer officer = new Viewer(account.id(), account.username(), account.displayName(), account.email());
		Collection collection = this.beacon.getBean(Collection.class);
		Reminders reminders = this.beacon.getBean(Reminders.class);
		ReportingCycle cycle = collection.open(officer,
				this.beacon.getBean(OrganisationUnits.class).findByCode("CT1").orElseThrow().id(),
				new FinancialQuarter(2026, 1), LocalDate.of(2026, 6, 30));
		WaitingMail.sendAll(this.beacon);
		SignedIn page = SignedIn.as(port(), "ct-officer", TestUsers.PASSWORD);
		String quarter = "/collection/cycles/" + cycle.id();

		// a second before midnight in London, 30 June: due today, so a reminder
		this.clock.set(Instant.parse("2026-06-30T22:59:59Z"));
		assertThat(collection.today()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(request(collection, cycle).overdueOn(collection.today())).isFalse();
		assertThat(page.get(quarter).body()).doesNotContain("govuk-tag--red\">Overdue<");
		int before = mailsTo(OWNER);
		reminders.queue();
		WaitingMail.sendAll(this.beacon);
		assertThat(mailsTo(OWNER)).isEqualTo(before + 1);
		assertThat(lastMailTo(OWNER).getSubject()).startsWith("Beacon reminder");

		// 23:30 UTC is 00:30 on 1 July in London, though still 30 June on this host
		this.clock.set(Instant.parse("2026-06-30T23:30:00Z"));
		assertThat(this.beacon.getBean("clock", Clock.class).getZone()).as("Beacon's own clock, beacon.time-zone unset")
			.isEqualTo(ZoneId.of("Europe/London"));
		assertThat(LocalDate.ofInstant(this.clock.instant(), ZoneId.systemDefault()))
			.isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(collection.today()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(request(collection, cycle).overdueOn(collection.today())).isTrue();
		assertThat(page.get(quarter).body()).contains("govuk-tag--red\">Overdue<");
		assertThat(page.get("/collection").body()).contains("value=\"Q2 2026/27\"");
		reminders.queue();
		WaitingMail.sendAll(this.beacon);
		assertThat(mailsTo(OWNER)).isEqualTo(before + 2);
		assertThat(lastMailTo(OWNER).getSubject()).isEqualTo("Beacon: figures overdue for Q1 2026/27");
	}

	@Test
	void theAuditTrailsDaysAreTheCouncilsDays() {
		JdbcClient jdbc = this.beacon.getBean(JdbcClient.class);
		jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, subject_type, subject)
				values (?, 'Council time test', 'CHECKED', 'TEST', 'CT-AUDIT')""")
			.param(java.time.OffsetDateTime.parse("2026-06-30T23:30:00Z"))
			.update();
		AuditTrail audit = this.beacon.getBean(AuditTrail.class);

		assertThat(audit.search(day(LocalDate.of(2026, 7, 1)), 10)).singleElement()
			.satisfies(e -> assertThat(e.action()).isEqualTo("CHECKED"));
		assertThat(audit.search(day(LocalDate.of(2026, 6, 30)), 10)).isEmpty();
	}

	private static AuditSearch day(LocalDate day) {
		return new AuditSearch(null, "CT-AUDIT", null, null, day, day);
	}

	private static DataRequest request(Collection collection, ReportingCycle cycle) {
		return collection.requestsOf(cycle).get(0);
	}

	private int port() {
		return Integer.parseInt(this.beacon.getEnvironment().getProperty("local.server.port"));
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

	/** Beacon's clock, set by the test. */
	private static final class MovableClock extends Clock {

		private volatile Instant now;

		private final ZoneId zone;

		MovableClock(Instant now, ZoneId zone) {
			this.now = now;
			this.zone = zone;
		}

		void set(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
