package uk.beacon.risk;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Risk owners hear from Beacon, through a real mail server, when a review falls due and
 * when it is overdue: once for each review date, one e-mail an owner listing their risks,
 * tried again after the mail server would not take it, and stopped by the review itself.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskReviewMailIntegrationTest {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	RiskReviewNotices notices;

	@Autowired
	RiskManagement management;

	@Autowired
	RiskViews views;

	@BeforeAll
	void register() {
		String soon = DATE.format(this.today.plusDays(3));
		String passed = DATE.format(this.today.minusDays(2));
		String later = DATE.format(this.today.plusDays(30));
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				RM1,Review Mail Council,council,
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code
				RM1-CRR,Review mail register,corporate,RM1
				"""),
				file("risks.csv",
						"""
								reference,register_code,kind,title,owner,owner_email,next_review,status,restricted
								RM1-1,RM1-CRR,risk,Cyber attack,Head of IT,rm1.it@test.example,%1$s,open,no
								RM1-2,RM1-CRR,risk,Data centre failure,Head of IT,RM1.IT@test.example,%2$s,open,no
								RM1-3,RM1-CRR,risk,Budget gap,Director of Finance,rm1.finance@test.example,%3$s,open,no
								RM1-4,RM1-CRR,risk,Old office lease,Director of Finance,rm1.finance@test.example,%2$s,closed,no
								RM1-5,RM1-CRR,risk,Flooding of the depot,Head of Highways,rm1.highways@test.example,%1$s,open,no
								RM1-6,RM1-CRR,risk,Investigation of a senior officer,Monitoring Officer,rm1.legal@test.example,%1$s,open,yes
								"""
							.formatted(soon, passed, later))),
				TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "rm1-risk", "rm1-risk@test.example", Role.RISK_MANAGER, "RM1");
	}

	@Test
	void anOwnerIsToldOnceThatAReviewFallsDueAndOnceThatAnotherIsOverdueAndTheReviewStopsIt()
			throws MessagingException {
		try (TestMail.Outage outage = TestMail.outage()) {
			// the highways owner's e-mail cannot go today; the others are tried later
			this.notices.sendDueAndOverdue();
		}
		assertThat(this.views.reviewMail(summary("RM1-5"))).hasValueSatisfying(
				sentence -> assertThat(sentence).contains("could not be sent to rm1.highways@test.example"));

		this.notices.sendDueAndOverdue();

		List<MimeMessage> it = TestMail.allMailTo("rm1.it@test.example");
		assertThat(it).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Beacon: a risk review falls due", "Beacon: a risk review is overdue");
		assertThat(body(it, "Beacon: a risk review falls due")).contains("RM1-1 Cyber attack: review due by",
				"/risks/RM1-1/review");
		assertThat(body(it, "Beacon: a risk review is overdue"))
			.contains("RM1-2 Data centre failure: review was due by");
		assertThat(TestMail.mailsTo("rm1.finance@test.example")).as("a review a month off, and a closed risk").isZero();
		assertThat(body(TestMail.allMailTo("rm1.legal@test.example"), "Beacon: a risk review falls due"))
			.as("a restricted risk, by its reference only")
			.contains("RM1-6 (a restricted risk: open Beacon to see it)")
			.doesNotContain("Investigation");
		assertThat(TestMail.mailsTo("rm1.highways@test.example")).as("tried again the next morning").isEqualTo(1);
		assertThat(this.views.reviewMail(summary("RM1-5")))
			.hasValueSatisfying(sentence -> assertThat(sentence).contains("was sent to rm1.highways@test.example"));

		// the next morning: nothing new to say
		this.notices.sendDueAndOverdue();
		assertThat(TestMail.mailsTo("rm1.it@test.example")).isEqualTo(2);

		// the overdue review takes place: its next date is months away
		this.management.recordAssessment(TestUsers.SYSTEM, new RiskReference("RM1-2"),
				new RiskAssessment(this.today, FinancialQuarter.containing(this.today), null, RiskPosition.of(3, 3),
						null, null, null, "Reviewed after the reminder"));
		assertThat(summary("RM1-2").reviewOverdue()).isFalse();
		this.notices.sendDueAndOverdue();
		assertThat(TestMail.mailsTo("rm1.it@test.example")).isEqualTo(2);

		SignedIn riskManager = SignedIn.as(this.port, "rm1-risk", TestUsers.PASSWORD);
		assertThat(riskManager.get("/risks/RM1-1").body()).contains("rm1.it@test.example",
				"The e-mail that the review falls due was sent to rm1.it@test.example");
	}

	@Test
	void anOwnersAddressThatIsNotOneIsRefusedOnScreenAndInTheImport() {
		assertThatExceptionOfType(ImportFailedException.class)
			.isThrownBy(() -> this.csvImport.run(List.of(file("risks.csv", """
					reference,register_code,kind,title,owner_email
					RM1-9,RM1-CRR,risk,A risk,not an address
					""")), TestUsers.SYSTEM))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.satisfies(p -> assertThat(p.toString())
					.startsWith("risks.csv, row 2, column \"owner_email\": Enter the owner's e-mail address in full")));

		SignedIn riskManager = SignedIn.as(this.port, "rm1-risk", TestUsers.PASSWORD);
		var answer = riskManager.post("/risks/new", java.util.Map.of("registerCode", "RM1-CRR", "kind", "RISK",
				"reference", "RM1-10", "title", "Strike action", "ownerEmail", "head of HR", "duplicatesSeen", "true"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Enter the owner&#39;s e-mail address in full");
		assertThat(this.views.risk("RM1-10", Audience.everywhere())).isEmpty();
	}

	private RiskSummary summary(String reference) {
		return this.views.risk(reference, Audience.everywhere()).orElseThrow().summary();
	}

	private static String body(List<MimeMessage> messages, String subject) {
		try {
			for (MimeMessage message : messages) {
				if (subject.equals(message.getSubject())) {
					return message.getContent().toString();
				}
			}
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		throw new AssertionError("no e-mail " + subject);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
