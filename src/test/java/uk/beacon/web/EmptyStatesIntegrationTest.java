package uk.beacon.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import uk.beacon.SignedIn;
import uk.beacon.TestMail;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh install with no demo data: every page that would show an empty table or nothing
 * says so in a sentence, and offers the person allowed to act a link to do it (set up,
 * import, open a quarter, add a risk), while the public and readers are told who does.
 * Then a council with an indicator that has no figures and a risk never assessed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "beacon.data-dir=target/test-data/${random.uuid}", "beacon.demo-data.enabled=false",
				"beacon.admin-password=" + TestUsers.ADMIN_PASSWORD,
				"beacon.security.sign-in-attempts-per-minute=100000", "beacon.base-url=http://empty-states.test" })
@ContextConfiguration(initializers = TestMail.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmptyStatesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Test
	@Order(1)
	void beforeAnythingIsSetUpEachPageSaysWhatToDoNext() {
		SignedIn officer = SignedIn.as(this.port,
				TestUsers
					.ensure(this.context, "fresh-officer", "fresh-officer@test.example", Role.PERFORMANCE_OFFICER, null,
							Role.RISK_MANAGER, null)
					.username(),
				TestUsers.PASSWORD);

		assertThat(text(officer, "/"))
			.contains("There are no scorecards yet. Set up your council on screen, or import its data.");
		assertThat(officer.get("/").body()).contains("href=\"/setup\"").contains("href=\"/import\"");
		assertThat(text(officer, "/dashboard"))
			.contains("There are no councils with indicators yet. Set up your council on screen, or import its data.");
		assertThat(officer.get("/dashboard").body()).doesNotContain("<table");
		assertThat(text(officer, "/reports")).contains("There are no scorecards to report on yet. Set one up in Set up")
			.contains("No report has been published yet.");
		assertThat(text(officer, "/risks")).contains("There are no risk registers yet.")
			.contains("Import the council’s register and its risks");
		assertThat(text(officer, "/collection")).contains("No quarter has been opened yet. Open a quarter");
		assertThat(text(officer, "/figures")).contains("There are no scorecards yet. Set one up in Set up");
		assertThat(text(officer, "/search?q=foster+carers")).contains("0 results")
			.contains("Check the spelling, try fewer or other words");
		assertThat(text(officer, "/data-quality")).contains("Nothing in the figures or targets");
		assertThat(text(officer, "/collection/my")).contains("Nothing to do: no figures are waiting for you.");

		SignedIn administrator = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(text(administrator, "/admin/audit?subject=NO-SUCH-CODE")).contains("No change matches this search.");
	}

	@Test
	@Order(2)
	void thePublicAndReadersAreToldWhoActsRatherThanOfferedLinksTheyCannotUse() {
		SignedIn reader = SignedIn.as(this.port,
				TestUsers.ensure(this.context, "fresh-reader", "fresh-reader@test.example", Role.READER, null)
					.username(),
				TestUsers.PASSWORD);
		SignedIn anyone = SignedIn.anonymous(this.port);

		assertThat(text(anyone, "/")).contains("There are no scorecards yet.").doesNotContain("Set up your council");
		assertThat(text(reader, "/dashboard")).contains("The performance team sets up the council and its indicators.");
		assertThat(text(reader, "/reports")).contains("The performance team sets up the council’s scorecards.");
		assertThat(text(reader, "/risks")).contains("The performance team imports a council’s register.");
		assertThat(reader.get("/risks").body()).doesNotContain("href=\"/import\"");
	}

	@Test
	@Order(3)
	void anIndicatorWithNoFiguresAndARiskNeverAssessedSayHowToAddThem() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				FRS,Fresh Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				FRS-1,Households in temporary accommodation,FRS,number,lower_is_better,quarterly
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code
				FRS-CRR,Fresh corporate register,corporate,FRS
				"""), file("risks.csv", """
				reference,register_code,kind,title
				FRS-R1,FRS-CRR,risk,Rising demand for temporary accommodation
				""")), TestUsers.SYSTEM);
		SignedIn officer = SignedIn.as(this.port, "fresh-officer", TestUsers.PASSWORD);

		assertThat(text(officer, "/indicators/FRS-1"))
			.contains("No values yet. Enter the figures on a scorecard’s grid");
		// the same page kept as rendered for the officer is not what a reader is offered
		SignedIn reader = SignedIn.as(this.port, "fresh-reader", TestUsers.PASSWORD);
		assertThat(text(reader, "/indicators/FRS-1")).contains("No values yet.").doesNotContain("Enter the figures");
		assertThat(text(officer, "/risks/FRS-R1")).contains("Not yet assessed. Review the risk to record its scores.");
		assertThat(text(officer, "/risks?register=FRS-CRR&level=Red"))
			.contains("No risk or opportunity is recorded on the register chosen, or none matches these filters.")
			.contains("add a risk or opportunity");
	}

	private static String text(SignedIn session, String path) {
		HttpResponse<String> response = session.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body()
			.replaceAll("(?s)<head>.*?</head>", "")
			.replaceAll("<[^>]+>", " ")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ")
			.replace(" .", ".")
			.replace(" ,", ",");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
