package uk.beacon.reporting;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Actor;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 15: a quarter published again is its next version, with the reason; every earlier
 * version is kept as it was, at its own address in every format, and each version's page
 * links to the others.
 */
@BeaconIntegrationTest
class ReportVersionsIntegrationTest {

	private static final Actor ANN = TestUsers.everywhere("Ann Officer", Role.PERFORMANCE_OFFICER);

	private static final FinancialQuarter Q2 = new FinancialQuarter(2019, 2);

	private static final String REASON = "The Ofsted figure for Q2 was revised by the DfE";

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ScorecardViews scorecards;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportPublishing publishing;

	@Autowired
	PublishedReports published;

	@Autowired
	AuditTrail audit;

	@Test
	void publishingAQuarterAgainMakesVersionTwoWithItsReasonAndKeepsVersionOneAsItWas() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTVER1");
		PublishedReport first = this.publishing.publish(ANN, id, Q2, fingerprint(id)).orElseThrow();
		correct("RPTVER1-1", "85");

		PublishedReport second = this.publishing
			.publish(ANN, new ReportPublishing.Publication(id, Q2, fingerprint(id), 1, "  " + REASON + "\n"))
			.orElseThrow();

		assertThat(first.version()).isEqualTo(1);
		assertThat(first.reason()).isNull();
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.reason()).isEqualTo(REASON);
		assertThat(this.published.versions(id, Q2.key())).extracting(PublishedReport::id)
			.containsExactly(first.id(), second.id());
		assertThat(this.published.content(first).indicators().get(0).value()).isEqualTo("84%");
		assertThat(this.published.content(second).indicators().get(0).value()).isEqualTo("85%");
		assertThat(this.published.latest(id, Q2.key())).contains(second);
		assertThat(this.audit.about("REPORT", "RPTVER1-SC Q2 2019/20")).hasSize(2).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("PUBLISHED");
			assertThat(e.before()).contains("version 1").contains(first.contentHash());
			assertThat(e.after()).contains("version 2").contains(second.contentHash());
			assertThat(e.reason()).isEqualTo(REASON);
		});
	}

	@Test
	void publishingAgainWithoutAReasonIsRefusedAndPublishesNothing() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTVER2");
		this.publishing.publish(ANN, id, Q2, fingerprint(id)).orElseThrow();

		for (String reason : new String[] { null, "", "  \n\t " }) {
			assertThatExceptionOfType(ChangeRejected.class)
				.isThrownBy(() -> this.publishing.publish(ANN,
						new ReportPublishing.Publication(id, Q2, fingerprint(id), 1, reason)))
				.withMessage("Say why the report is published again: Q2 2019/20 was published as version 1, which "
						+ "is kept; the reason is printed on version 2.");
		}
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.publishing.publish(ANN,
					new ReportPublishing.Publication(id, Q2, fingerprint(id), 1, "x".repeat(2001))))
			.withMessage("The reason must be 2,000 characters or fewer; it has 2,001.");
		assertThat(this.published.versions(id, Q2.key())).hasSize(1);
	}

	@Test
	void aVersionPublishedByAColleagueMeanwhileIsToldAndNothingMoreIsPublished() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTVER3");
		// both opened the confirmation before either published
		this.publishing.publish(TestUsers.everywhere("Colin Colleague", Role.PERFORMANCE_OFFICER), id, Q2,
				fingerprint(id));

		assertThatExceptionOfType(StaleChange.class).isThrownBy(
				() -> this.publishing.publish(ANN, new ReportPublishing.Publication(id, Q2, fingerprint(id), 0, null)))
			.withMessageStartingWith(
					"Colin Colleague published Q2 2019/20 as version 1 after you were asked to confirm");
		assertThat(this.published.versions(id, Q2.key())).hasSize(1);
	}

	@Test
	void eachVersionsPageSaysWhichItIsAndLinksToTheOthersInEveryFormatForThePublicToo() throws Exception {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTVER4");
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		String confirmation = "/scorecards/" + id + "/report/publish?period=" + Http.encode(Q2.label());
		HttpResponse<String> firstConfirmation = admin.get(confirmation);
		assertThat(firstConfirmation.body()).doesNotContain("id=\"reason\"");
		HttpResponse<String> firstDone = publish(admin, id, firstConfirmation, "");
		assertThat(firstDone.statusCode()).isEqualTo(302);
		long first = this.published.latest(id, Q2.key()).orElseThrow().id();

		HttpResponse<String> again = admin.get(confirmation);
		assertThat(again.body()).contains("Are you sure you want to publish this report again?")
			.contains("has been published already")
			.contains("href=\"/reports/" + first + "\"")
			.contains("Publishing again makes <strong>version 2</strong>")
			.contains("id=\"reason\"")
			.contains("Yes, publish version 2");
		HttpResponse<String> noReason = publish(admin, id, again, " ");
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("govuk-error-summary")
			.contains("<a href=\"#reason\">Say why the report is published again")
			.contains("id=\"reason-error\"");
		assertThat(this.published.versions(id, Q2.key())).hasSize(1);

		HttpResponse<String> secondDone = publish(admin, id, noReason, REASON);
		assertThat(secondDone.statusCode()).isEqualTo(302);
		long second = this.published.latest(id, Q2.key()).orElseThrow().id();
		assertThat(secondDone.headers().firstValue("Location").orElseThrow())
			.endsWith("/reports/" + second + "?published");

		// the public reads each version, as they read the first
		SignedIn resident = SignedIn.anonymous(this.port);
		String secondPage = resident.get("/reports/" + second).body();
		assertThat(secondPage).contains("This is version 2, published ")
			.contains("because: " + REASON)
			.contains("href=\"/reports/" + first + "\">version 1</a>")
			.contains("version 2 (this one)");
		HttpResponse<String> firstPage = resident.get("/reports/" + first);
		assertThat(firstPage.statusCode()).isEqualTo(200);
		assertThat(firstPage.body()).contains("This is version 1, published ")
			.contains("A later version replaces this one")
			.contains("href=\"/reports/" + second + "\"");
		for (String format : List.of("html", "pdf", "docx", "xlsx")) {
			assertThat(resident.download("/api/v1/reports/" + first + "?format=" + format).statusCode())
				.as(format + " of version 1")
				.isEqualTo(200);
		}
		assertThat(resident.get("/api/v1/reports/" + first + "?format=html").body()).contains("Version 1, published ")
			.contains("Also kept: version 2 at /reports/" + second);
		byte[] word = resident.download("/api/v1/reports/" + second + "?format=docx").body();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(word)))) {
			assertThat(text.getText()).contains("Version 2, published").contains(REASON);
		}
		// a published version's documents are made once: every later download is the
		// same bytes, not rendered again
		long rendered = pdfsRendered();
		byte[] pdf = resident.download("/api/v1/reports/" + second + "?format=pdf").body();
		assertThat(resident.download("/api/v1/reports/" + second + "?format=pdf").body()).isEqualTo(pdf);
		assertThat(SignedIn.anonymous(this.port).download("/api/v1/reports/" + second + "?format=pdf").body())
			.isEqualTo(pdf);
		assertThat(pdfsRendered()).isEqualTo(rendered + 1);
		byte[] workbook = resident.download("/api/v1/reports/" + second + "?format=xlsx").body();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			String stamp = book.getSheet("Summary").getRow(2).getCell(0).getStringCellValue();
			assertThat(stamp).contains("Version 2, published")
				.contains(REASON)
				.contains("Also kept: version 1 at /reports/" + first);
			assertThat(book.getProperties().getCoreProperties().getDescription()).isEqualTo(stamp);
		}
		assertThat(resident.get("/api/v1/reports").body()).contains("\"version\":2")
			.contains("\"reason\":\"" + REASON + "\"");
		assertThat(resident.get("/api/v1/reports/" + second + "?format=html&part=B").statusCode()).isEqualTo(403);
	}

	private long pdfsRendered() {
		var timer = this.meters.find("beacon.report.render").tag("format", "pdf").timer();
		return (timer == null) ? 0 : timer.count();
	}

	private HttpResponse<String> publish(SignedIn officer, long id, HttpResponse<String> confirmation, String reason) {
		return officer.post("/scorecards/" + id + "/report/publish",
				Map.of("period", Q2.label(), "confirmed", SignedIn.hiddenField(confirmation, "confirmed"), "since",
						SignedIn.hiddenField(confirmation, "since"), "seenVersion",
						SignedIn.hiddenField(confirmation, "seenVersion"), "reason", reason));
	}

	private String fingerprint(long id) {
		return this.publishing.fingerprint(this.drafts.draft(id, Optional.of(Q2)).orElseThrow());
	}

	private void correct(String code, String value) {
		this.csvImport.run(
				List.of(new ImportFile("measurements.csv",
						("indicator_code,data_period,reporting_period,value\n" + code + ",Q2 2019/20,Q2 2019/20,"
								+ value + "\n")
							.getBytes(StandardCharsets.UTF_8))),
				TestUsers.SYSTEM, "Corrected by the service");
	}

}
