package uk.beacon.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.indicator.Status;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.reporting.render.ReportRenderer;
import uk.beacon.scorecard.ScorecardView;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of Worcestershire's Children, Families and Communities scorecard for Q2
 * 2019/20, drafted from the demo data: the counts the council published, an exception
 * report for every red indicator, a PDF that passes veraPDF's PDF/UA check, and Word and
 * Excel files that hold the same figures.
 */
@BeaconIntegrationTest
class WorcestershireReportIntegrationTest {

	private static final FinancialQuarter Q2 = new FinancialQuarter(2019, 2);

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ScorecardViews scorecards;

	@Autowired
	ReportRenderer renderer;

	@Test
	void hasThePublishedCountsAndAnExceptionReportForEachRedIndicator() {
		CabinetReport report = report();
		ScorecardView view = this.scorecards.view(scorecardId(), Optional.of(Q2)).orElseThrow();

		assertThat(report.period()).isEqualTo("Q2 2019/20");
		assertThat(report.summary().count("GREEN")).isEqualTo(11);
		assertThat(report.summary().count("AMBER")).isEqualTo(12);
		assertThat(report.summary().count("RED")).isEqualTo(26);
		assertThat(report.summary().count("NOT_RATED")).isEqualTo(11);
		assertThat(report.summary().total()).isEqualTo(60);
		// the same computation as the scorecard page
		assertThat(report.summary().count("RED")).isEqualTo(view.assessedCounts().get(Status.RED));
		List<String> red = view.rows()
			.stream()
			.filter(p -> p.assessed() == Status.RED)
			.map(p -> p.indicator().code())
			.distinct()
			.toList();
		assertThat(report.exceptions()).extracting(e -> e.indicator().code()).containsExactlyElementsOf(red);
		assertThat(report.exceptions()).allSatisfy(e -> {
			assertThat(e.chart().svg()).startsWith("<svg").contains("role=\"img\"");
			assertThat(e.chart().tableRows()).isNotEmpty();
			assertThat(e.chart().textAlternative()).startsWith("Line chart of " + e.indicator().title());
		});
		ExceptionReport schools = exception(report, "School's judged good or outstanding by Ofsted");
		assertThat(schools.indicator().value()).isEqualTo("84%");
		assertThat(schools.indicator().target()).isEqualTo("86%");
		assertThat(schools.comparators()).singleElement().asString().contains("86%");
		assertThat(report.toWatch()).hasSize(26);
		assertThat(report.bySection("GREEN").stream().mapToInt(s -> s.indicators().size()).sum()).isEqualTo(11);
	}

	@Test
	void theNarrativeIsDraftedFromTheFigures() {
		CabinetReport report = report();

		assertThat(report.narrativeParagraphs().get(0))
			.startsWith("11 of 60 indicators are green, 12 amber, 26 red and 11 not rated in Q2 2019/20; "
					+ "60 were updated this quarter.");
		assertThat(report.narrative()).contains("26 red indicators were updated this quarter");
		assertThat(report.narrative()).contains("The corporate risk register holds 10 risks");
	}

	@Test
	void thePdfPassesVeraPdfsPdfUaCheckAndHoldsTheFigures() throws IOException {
		CabinetReport report = report();
		byte[] pdf = this.renderer.render(report, Part.A, ReportFormat.PDF, "Draft: not yet published");

		assertThat(PdfUa.violations(pdf)).isEmpty();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(report.title());
			assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Red 26").contains("Green 11").contains("Amber 12").contains("Not rated 11");
			assertThat(text).contains("School's judged good or outstanding by Ofsted").contains("84%");
		}
	}

	@Test
	void theWordAndExcelFilesOpenAndHoldTheSameFigures() throws IOException {
		CabinetReport report = report();
		byte[] docx = this.renderer.render(report, Part.A, ReportFormat.DOCX, null);
		byte[] xlsx = this.renderer.render(report, Part.A, ReportFormat.XLSX, null);

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(report.title());
			XWPFTable counts = doc.getTables().get(0);
			assertThat(rowText(counts, 1)).isEqualTo("Green 11");
			assertThat(rowText(counts, 2)).isEqualTo("Amber 12");
			assertThat(rowText(counts, 3)).isEqualTo("Red 26");
			assertThat(rowText(counts, 4)).isEqualTo("Not rated 11");
			assertThat(doc.getAllPictures()).hasSize(26);
			assertThat(doc.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText)
				.contains("School's judged good or outstanding by Ofsted");
			String text = new XWPFWordExtractor(doc).getText();
			assertThat(text).contains("Exception reports")
				.contains("84%")
				.contains(report.narrativeParagraphs().get(0));
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet scorecard = book.getSheet("Scorecard");
			assertThat(scorecard.getLastRowNum()).isEqualTo(report.indicators().size());
			int statusColumn = ExcelColumns.index("Assessed status");
			long redRows = 0;
			for (Row row : scorecard) {
				if (row.getRowNum() > 0 && row.getCell(statusColumn).getStringCellValue().equals("Red")) {
					redRows++;
				}
			}
			assertThat(redRows).isEqualTo(26);
			Row schools = findRow(scorecard, "School's judged good or outstanding by Ofsted");
			assertThat(schools.getCell(ExcelColumns.index("Value figure")).getNumericCellValue()).isEqualTo(84.0);
			assertThat(schools.getCell(ExcelColumns.index("Target figure")).getNumericCellValue()).isEqualTo(86.0);
			Sheet summary = book.getSheet("Summary");
			assertThat(summary.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Red");
			assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(26.0);
		}
	}

	private CabinetReport report() {
		return this.drafts.draft(scorecardId(), Optional.of(Q2)).orElseThrow();
	}

	private long scorecardId() {
		return this.scorecards.all()
			.stream()
			.filter(s -> s.code().equals("WCC-CFC-2019"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static ExceptionReport exception(CabinetReport report, String title) {
		return report.exceptions().stream().filter(e -> e.indicator().title().equals(title)).findFirst().orElseThrow();
	}

	private static String rowText(XWPFTable table, int row) {
		return table.getRow(row)
			.getTableCells()
			.stream()
			.map(c -> c.getText())
			.reduce((a, b) -> a + " " + b)
			.orElse("");
	}

	private static Row findRow(Sheet sheet, String title) {
		int column = ExcelColumns.index("Indicator");
		for (Row row : sheet) {
			if (row.getCell(column) != null && row.getCell(column).getStringCellValue().equals(title)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + title);
	}

}
