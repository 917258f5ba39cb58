package uk.beacon.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.access.Actor;
import uk.beacon.access.Role;
import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.RiskAppetite;
import uk.beacon.risk.RiskManagement;
import uk.beacon.reporting.render.ReportRenderer;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Publishing freezes a report: it renders the same after the data are corrected, the page
 * of changes lists the correction, the database refuses to alter it, and restricted risks
 * stay in Part B.
 */
@BeaconIntegrationTest
class PublishedReportIntegrationTest {

	private static final Actor ANN = TestUsers.everywhere("Ann Officer", Role.PERFORMANCE_OFFICER);

	private static final FinancialQuarter Q2 = new FinancialQuarter(2019, 2);

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
	ReportRenderer renderer;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RiskManagement riskManagement;

	@Autowired
	OrganisationUnits units;

	@Test
	void aPublishedReportRendersTheSameAfterAFigureItUsedIsCorrected() throws IOException {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTPUB1");
		PublishedReport report = this.publishing
			.publish(ANN, id, Q2,
					this.publishing.fingerprint(this.drafts.draft(id, java.util.Optional.of(Q2)).orElseThrow()))
			.orElseThrow();
		String htmlBefore = html(report);
		String wordBefore = word(report);
		assertThat(htmlBefore).contains("84%").contains("Two schools were judged inadequate in August");

		correct("RPTPUB1-1", "85");

		assertThat(html(report)).isEqualTo(htmlBefore);
		assertThat(word(report)).isEqualTo(wordBefore);
		CabinetReport draft = this.drafts.draft(id, Optional.of(Q2)).orElseThrow();
		assertThat(draft.indicators().get(0).value()).isEqualTo("85%");
		assertThat(this.published.content(report).indicators().get(0).value()).isEqualTo("84%");
		assertThat(this.drafts.changesSince(id, Q2, this.published.content(report)))
			.contains(new DataChange("RPTPUB1-1 Schools judged good or outstanding by Ofsted", "Latest value", "84%",
					"85%"))
			.contains(new DataChange("RPTPUB1-1 Schools judged good or outstanding by Ofsted", "Assessed status", "Red",
					"Amber"));
	}

	/**
	 * Issue 15: a risk added to the register after publication is on no list of the
	 * report, but it moves the counts the report opens with, which the changes page now
	 * compares, with the narrative.
	 */
	@Test
	void theChangesPageCoversARiskAddedToTheRegisterAndTheNarrative() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTPUB9");
		PublishedReport report = this.publishing
			.publish(ANN, id, Q2,
					this.publishing.fingerprint(this.drafts.draft(id, java.util.Optional.of(Q2)).orElseThrow()))
			.orElseThrow();

		this.csvImport.run(List.of(
				file("risks.csv",
						"reference,register_code,kind,title\nRPTPUB9-NEW,RPTPUB9-CRR,risk," + "A new supplier fails\n"),
				file("risk-assessments.csv", """
						reference,assessed_on,reporting_period,current_impact,current_likelihood
						RPTPUB9-NEW,30/09/2019,Q2 2019/20,3,3
						""")), TestUsers.SYSTEM);
		this.publishing.editNarrative(ANN, id, Q2, "Cabinet is asked to note a new risk.",
				this.publishing.narrativeSeen(id, Q2));

		List<DataChange> changes = this.drafts.changesSince(id, Q2, this.published.content(report));
		assertThat(changes).anySatisfy(c -> {
			assertThat(c.subject()).isEqualTo("The risk register");
			assertThat(c.what()).isEqualTo("Risks");
			assertThat(Long.parseLong(c.now())).isEqualTo(Long.parseLong(c.published()) + 1);
		});
		assertThat(changes).anySatisfy(c -> assertThat(c.what()).startsWith("Risks rated "));
		assertThat(changes).anySatisfy(c -> {
			assertThat(c.what()).isEqualTo("Narrative");
			assertThat(c.now()).isEqualTo("Cabinet is asked to note a new risk.");
		});
	}

	@Test
	void publishingRecordsWhoWhenAndTheContentHashAndIsAudited() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTPUB2");
		PublishedReport report = this.publishing
			.publish(ANN, id, Q2,
					this.publishing.fingerprint(this.drafts.draft(id, java.util.Optional.of(Q2)).orElseThrow()))
			.orElseThrow();

		assertThat(report.publishedBy()).isEqualTo("Ann Officer");
		assertThat(report.publishedAt()).isNotNull();
		String content = this.jdbc.sql("select content from published_report where id = ?")
			.param(report.id())
			.query(String.class)
			.single();
		assertThat(report.contentHash()).isEqualTo(PublishedReports.sha256(content)).hasSize(64);
		assertThat(this.published.all()).extracting(PublishedReport::id).contains(report.id());
		assertThat(this.audit.about("REPORT", "RPTPUB2-SC Q2 2019/20")).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("Ann Officer");
			assertThat(e.action()).isEqualTo("PUBLISHED");
			assertThat(e.after()).contains(report.contentHash());
		});
	}

	@Test
	void theDatabaseRefusesToAlterOrRemoveAPublishedReport() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTPUB3");
		PublishedReport report = this.publishing
			.publish(ANN, id, Q2,
					this.publishing.fingerprint(this.drafts.draft(id, java.util.Optional.of(Q2)).orElseThrow()))
			.orElseThrow();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update published_report set content = '{}' where id = ?")
				.param(report.id())
				.update())
			.withMessageContaining("immutable snapshot");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from published_report where id = ?").param(report.id()).update());
		assertThat(this.published.content(report).period()).isEqualTo("Q2 2019/20");
	}

	@Test
	void anEditedNarrativeIsPublishedAndTheEditAudited() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTPUB4");
		String drafted = this.drafts.draft(id, Optional.of(Q2)).orElseThrow().narrative();
		assertThat(drafted).startsWith("1 of 4 indicators is green, 1 amber, 1 red and 1 not rated in Q2 2019/20")
			.contains("1 indicator turned red this quarter: Schools judged good or outstanding by Ofsted, 84% against "
					+ "86% (previously Green).")
			.contains("1 risk turned red since the last report: RPTPUB4-R1 Failure to recruit social workers.")
			.doesNotContain(ReportCouncil.SECRET_TITLE);

		this.publishing.editNarrative(ANN, id, Q2, "Cabinet is asked to note the report.\n\nSchools are improving.",
				this.publishing.narrativeSeen(id, Q2));
		PublishedReport report = this.publishing
			.publish(ANN, id, Q2,
					this.publishing.fingerprint(this.drafts.draft(id, java.util.Optional.of(Q2)).orElseThrow()))
			.orElseThrow();

		assertThat(this.published.content(report).narrativeParagraphs())
			.containsExactly("Cabinet is asked to note the report.", "Schools are improving.");
		assertThat(this.audit.about("REPORT_DRAFT", "RPTPUB4-SC Q2 2019/20")).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("NARRATIVE_EDITED");
			assertThat(e.before()).isEqualTo(drafted);
			assertThat(e.after()).startsWith("Cabinet is asked to note the report.");
		});
		this.publishing.editNarrative(ANN, id, Q2, " ", this.publishing.narrativeSeen(id, Q2));
		assertThat(this.drafts.draft(id, Optional.of(Q2)).orElseThrow().narrative()).isEqualTo(drafted);
	}

	@Test
	void risksAboveTheCouncilsAppetiteAreListedWithByHowMuchInEveryFormat() throws IOException {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTAPP1");
		var council = this.units.findByCode("RPTAPP1").orElseThrow();
		this.riskManagement.setAppetite(TestUsers.everywhere("Rita Risk", Role.RISK_MANAGER), council,
				new RiskAppetite(12, List.of()), RiskAppetite.none().fingerprint());

		CabinetReport report = this.drafts.draft(id, Optional.of(Q2)).orElseThrow();

		// R1 is 16 at Q2, R2 9 and R3 9; the restricted risk at 20 stays in Part B
		assertThat(report.risks().aboveAppetite()).singleElement().satisfies(r -> {
			assertThat(r.reference()).isEqualTo("RPTAPP1-R1");
			assertThat(r.aboveAppetiteBy()).isEqualTo(4);
			assertThat(r.appetite()).isEqualTo("16: 4 above the tolerable score of 12 (default)");
		});
		assertThat(report.narrative()).contains("1 risk is above the council's risk appetite: RPTAPP1-R1");
		assertThat(report.restrictedRisks()).filteredOn(r -> r.reference().equals("RPTAPP1-SECRET"))
			.singleElement()
			.satisfies(r -> assertThat(r.appetite()).isEqualTo("20: 8 above the tolerable score of 12 (default)"));
		for (ReportFormat format : new ReportFormat[] { ReportFormat.HTML, ReportFormat.DOCX, ReportFormat.XLSX }) {
			assertThat(text(this.renderer.render(report, Part.A, format, null), format)).as(format.name())
				.contains("16: 4 above the tolerable score of 12 (default)")
				.doesNotContain("20: 8 above");
		}
	}

	@Test
	void aReportPublishedBeforeBeaconKeptAnAppetiteStillReads() throws IOException {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTAPP2");
		PublishedReport report = this.publishing
			.publish(ANN, id, Q2,
					this.publishing.fingerprint(this.drafts.draft(id, java.util.Optional.of(Q2)).orElseThrow()))
			.orElseThrow();
		// as Beacon stored it before: no appetite in the risks
		String content = this.jdbc.sql("select content from published_report where id = ?")
			.param(report.id())
			.query(String.class)
			.single();
		String before = content.replace(",\"aboveAppetite\":[]", "")
			.replaceAll(",\"appetite\":null,\"aboveAppetiteBy\":0", "");
		assertThat(before).isNotEqualTo(content).doesNotContain("ppetite");

		CabinetReport old = new tools.jackson.databind.json.JsonMapper().readValue(before, CabinetReport.class);

		assertThat(old.risks().aboveAppetite()).isNull();
		assertThat(old.risks().red()).extracting(RiskEntry::appetite).containsOnlyNulls();
		// it prints as it did: no section about an appetite the council had not set then
		for (ReportFormat format : new ReportFormat[] { ReportFormat.HTML, ReportFormat.DOCX, ReportFormat.XLSX }) {
			assertThat(text(this.renderer.render(old, Part.A, format, null), format)).as(format.name())
				.doesNotContainIgnoringCase("appetite");
		}
	}

	@Test
	void restrictedRisksAreOnlyInPartB() throws IOException {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTPUB5");
		CabinetReport report = this.drafts.draft(id, Optional.of(Q2)).orElseThrow();

		for (ReportFormat format : new ReportFormat[] { ReportFormat.HTML, ReportFormat.DOCX, ReportFormat.XLSX }) {
			String partA = text(this.renderer.render(report, Part.A, format, null), format);
			assertThat(partA).as(format + " Part A")
				.doesNotContain(ReportCouncil.SECRET_TITLE)
				.doesNotContain(ReportCouncil.SECRET_DESCRIPTION)
				.doesNotContain(ReportCouncil.WITHHELD_DESCRIPTION)
				.doesNotContain("RPTPUB5-SECRET");
			String partB = text(this.renderer.render(report, Part.B, format, null), format);
			assertThat(partB).as(format + " Part B")
				.contains(ReportCouncil.SECRET_TITLE)
				.contains(ReportCouncil.WITHHELD_DESCRIPTION);
		}
		assertThat(report.partA().restrictedRisks()).isEmpty();
		assertThat(report.risks().red()).extracting(RiskEntry::reference).containsExactly("RPTPUB5-R1");
		assertThat(report.risks().turnedRed()).extracting(RiskEntry::reference).containsExactly("RPTPUB5-R1");
		assertThat(report.risks().leftRed()).extracting(RiskEntry::reference).containsExactly("RPTPUB5-R2");
		assertThat(report.risks().amberRecentlyRed()).extracting(RiskEntry::reference).containsExactly("RPTPUB5-R2");
		assertThat(report.risks().red().get(0).actions()).extracting(RiskEntry.Action::action)
			.containsExactly("Run a recruitment campaign");
		assertThat(report.risks().byLevel()).extracting(RiskSection.LevelCount::level, RiskSection.LevelCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Red", 1L),
					org.assertj.core.groups.Tuple.tuple("Amber", 2L));
	}

	@Test
	void movementIsMeasuredFromTheReportPublishedForTheQuarterBefore() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTPUB6");
		FinancialQuarter q1 = new FinancialQuarter(2019, 1);
		this.publishing
			.publish(ANN, id, q1,
					this.publishing.fingerprint(this.drafts.draft(id, java.util.Optional.of(q1)).orElseThrow()))
			.orElseThrow();
		// corrected after the Q1 report was published: by the data now it was red in Q1
		// too
		correct("RPTPUB6-1", "80", "Q1 2019/20");

		IndicatorLine schools = this.drafts.draft(id, Optional.of(Q2)).orElseThrow().indicators().get(0);

		assertThat(schools.previousStatusLabel()).isEqualTo("Green");
		assertThat(schools.movement()).isEqualTo("Previously Green");
	}

	private void correct(String indicatorCode, String value) {
		correct(indicatorCode, value, "Q2 2019/20");
	}

	private void correct(String indicatorCode, String value, String reportingPeriod) {
		this.jdbc.sql("""
				update measurement set value = ?::numeric, version = version + 1, recorded_at = now()
				where indicator_id = (select id from indicator where code = ?) and reporting_period = ?""")
			.params(value, indicatorCode, reportingPeriod)
			.update();
	}

	private String html(PublishedReport report) {
		return new String(this.renderer.render(this.published.content(report), Part.A, ReportFormat.HTML, null),
				StandardCharsets.UTF_8);
	}

	private String word(PublishedReport report) throws IOException {
		return text(this.renderer.render(this.published.content(report), Part.A, ReportFormat.DOCX, null),
				ReportFormat.DOCX);
	}

	private static String text(byte[] file, ReportFormat format) throws IOException {
		return switch (format) {
			case DOCX -> {
				try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
					yield new XWPFWordExtractor(doc).getText();
				}
			}
			case XLSX -> {
				try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
					yield new XSSFExcelExtractor(book).getText();
				}
			}
			default -> new String(file, StandardCharsets.UTF_8);
		};
	}

	private static uk.beacon.imports.ImportFile file(String name, String content) {
		return new uk.beacon.imports.ImportFile(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
