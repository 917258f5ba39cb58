package uk.beacon.collection;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestMail;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.identity.Account;
import uk.beacon.identity.Viewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.TestMail.allMailTo;
import static uk.beacon.TestMail.body;

/**
 * E-mails to owners go from the outbox, not from the request that caused them: opening a
 * quarter answers at once however slow the mail server, and each e-mail goes once however
 * many workers (one per instance) and morning jobs race for it. The mail server is real
 * (GreenMail), and so are PostgreSQL's row locks.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerMailOutboxIntegrationTest {

	private static final int OWNERS = 12;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Collection collection;

	@Autowired
	OwnerMailSender sender;

	@Autowired
	Reminders reminders;

	@Autowired
	OrganisationUnits units;

	private Viewer officer;

	@BeforeAll
	void councils() {
		StringBuilder indicators = new StringBuilder(
				"code,title,organisation_code,unit,decimal_places,polarity,frequency,accumulation,arrears_months,owner,owner_email,public\n");
		for (int owner = 1; owner <= OWNERS; owner++) {
			for (String part : List.of("A", "B")) {
				indicators.append(
						"OB1-%02d%s,Measure %d%s,OB1,number,0,higher_is_better,quarterly,snapshot,0,Owner %d,%s,yes\n"
							.formatted(owner, part, owner, part, owner, address(owner)));
			}
		}
		indicators.append("""
				OB2-A,Roads repaired,OB2,number,0,higher_is_better,quarterly,snapshot,0,Sam Slow,sam@ob2.example,yes
				OB2-B,Bins collected,OB2,number,0,higher_is_better,quarterly,snapshot,0,Sal Slow,sal@ob2.example,yes
				""");
		this.context.getBean(CsvImport.class).run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				OB1,Outbox Council,council,
				OB2,Slow Mail Council,council,
				"""), file("indicators.csv", indicators.toString())), TestUsers.SYSTEM);
		Account account = TestUsers.ensure(this.context, "ob-officer", "officer@ob.example", Role.PERFORMANCE_OFFICER,
				"OB1", Role.PERFORMANCE_OFFICER, "OB2");
		this.officer = new Viewer(account.id(), account.username(), account.displayName(), account.email());
	}

	@Test
	void openingAQuarterAnswersAtOnceWhileTheMailServerDoesNotAndTheQuarterSaysLaterWhatHappened() throws Exception {
		SignedIn officer = SignedIn.as(this.port, "ob-officer", TestUsers.PASSWORD);
		// what earlier tests left to send goes first, so that only this quarter's e-mails
		// meet the silent server
		WaitingMail.sendAll(this.context);
		String cyclePage;
		try (TestMail.Outage silent = TestMail.silent()) {
			long start = System.nanoTime();
			HttpResponse<String> opened = officer.post("/collection/cycles",
					Map.of("council", String.valueOf(this.units.findByCode("OB2").orElseThrow().id()), "quarter",
							"Q1 2021/22", "due", LocalDate.now().plusDays(10).toString()));
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(opened.statusCode()).isEqualTo(302);
			assertThat(took).isLessThan(Duration.ofSeconds(2));
			cyclePage = opened.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
			assertThat(officer.get(cyclePage).body())
				.contains("Opened Slow Mail Council, Q1 2021/22 with 2 data requests. 2 are being e-mailed to their "
						+ "owners: the table of data requests says when each has been sent, or why it could not be.");
			// the mail server keeps the worker waiting until it gives up
			WaitingMail.sendAll(this.context);
		}
		String page = officer.get(cyclePage).body();
		assertThat(page).contains("2 data requests could not be e-mailed to their owners.")
			.contains("The request for figures could not be sent on")
			.contains("the mail server could not be reached")
			.contains(">Send again<");
		ReportingCycle cycle = this.collection.cycles()
			.stream()
			.filter(c -> c.title().equals("Slow Mail Council, Q1 2021/22"))
			.findFirst()
			.orElseThrow();
		long sams = this.collection.requestsOf(cycle)
			.stream()
			.filter(r -> "sam@ob2.example".equals(r.ownerEmail()))
			.findFirst()
			.orElseThrow()
			.id();

		officer.post("/collection/cycles/" + cycle.id() + "/send-again", Map.of("request", String.valueOf(sams)));

		assertThat(officer.get(cyclePage).body())
			.contains("The request for figures has been sent again to sam@ob2.example.")
			.contains("1 data request could not be e-mailed to its owner.");
		assertThat(allMailTo("sam@ob2.example")).singleElement()
			.satisfies(m -> assertThat(body(m)).contains("OB2-A Roads repaired"));
		assertThat(allMailTo("sal@ob2.example")).isEmpty();
	}

	@Test
	void eachEmailGoesOnceWhenOpeningAQuarterRacesTheMorningJobAndWorkersOnSeveralInstances() throws Exception {
		long council = this.units.findByCode("OB1").orElseThrow().id();
		CountDownLatch start = new CountDownLatch(1);
		AtomicBoolean opened = new AtomicBoolean();
		List<Callable<Object>> racers = new ArrayList<>();
		racers.add(() -> {
			start.await();
			try {
				return this.collection.open(this.officer, council, new FinancialQuarter(2021, 2),
						LocalDate.now().plusDays(10));
			}
			finally {
				opened.set(true);
			}
		});
		// the morning job, which puts in the outbox every request for figures not yet
		// sent, again and again until the quarter is open and a few times more
		racers.add(() -> {
			start.await();
			while (!opened.get()) {
				this.reminders.queue();
			}
			for (int i = 0; i < 5; i++) {
				this.reminders.queue();
			}
			return null;
		});
		// a worker on each of four instances, and the scheduled one of this instance
		for (int i = 0; i < 4; i++) {
			racers.add(() -> {
				start.await();
				int sent = 0;
				while (!opened.get()) {
					sent += this.sender.sendWaiting();
				}
				for (int round = 0; round < 5; round++) {
					sent += this.sender.sendWaiting();
				}
				return sent;
			});
		}
		ExecutorService instances = Executors.newFixedThreadPool(racers.size());
		ReportingCycle cycle;
		try {
			List<Future<Object>> running = racers.stream().map(instances::submit).toList();
			start.countDown();
			for (Future<Object> run : running) {
				run.get(60, TimeUnit.SECONDS);
			}
			cycle = (ReportingCycle) running.get(0).get();
		}
		finally {
			instances.shutdownNow();
		}
		WaitingMail.sendAll(this.context);

		for (int owner = 1; owner <= OWNERS; owner++) {
			String code = "OB1-%02d".formatted(owner);
			assertThat(allMailTo(address(owner))).as("e-mails to " + address(owner))
				.singleElement()
				.satisfies(m -> assertThat(body(m)).contains(code + "A Measure").contains(code + "B Measure"));
		}
		assertThat(this.collection.requestsOf(cycle)).hasSize(2 * OWNERS).allSatisfy(r -> {
			assertThat(r.lastMail().kind()).isEqualTo(MailKind.REQUEST);
			assertThat(r.lastMail().failed()).isFalse();
		});
	}

	private static String address(int owner) {
		return "owner" + owner + "@ob1.example";
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
