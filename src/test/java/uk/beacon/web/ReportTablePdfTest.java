package uk.beacon.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import uk.beacon.reporting.PdfUa;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a report's parts fall on the PDF's pages: a table that runs onto further pages
 * repeats its header row on each, so that a reader of page 40 knows which column is the
 * target; each exception report starts a page, the first under its section's heading.
 */
class ReportTablePdfTest {

	@Test
	void aTableRunningOntoAnotherPageRepeatsItsHeaderThere() throws IOException {
		StringBuilder rows = new StringBuilder();
		for (int row = 1; row <= 120; row++) {
			rows.append("<tr><th scope=\"row\">Indicator ")
				.append(row)
				.append("</th><td>")
				.append(row)
				.append("%</td></tr>");
		}
		String xhtml = """
				<html lang="en"><head><title>Red indicators</title><style>%s</style></head>
				<body class="report-document"><h1>Red indicators</h1><table class="report-table">
				<thead><tr><th scope="col">Indicator name</th><th scope="col">Latest value</th></tr></thead>
				<tbody>%s</tbody></table></body></html>""".formatted(stylesheet(), rows);

		byte[] pdf = new PdfDocuments().render(xhtml);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(2);
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper text = new PDFTextStripper();
				text.setStartPage(page);
				text.setEndPage(page);
				assertThat(text.getText(document)).as("page %d", page).contains("Indicator name Latest value");
			}
		}
		assertThat(PdfUa.violations(pdf)).isEmpty();
	}

	@Test
	void eachExceptionReportStartsAPageTheFirstUnderItsSectionsHeading() throws IOException {
		String xhtml = """
				<html lang="en"><head><title>Exceptions</title><style>%s</style></head>
				<body class="report-document"><h1>Cabinet report</h1><p>The scorecard.</p>
				<h2>Exception reports</h2>
				<div class="report-exception"><h3>Children in care</h3><p>Above the target.</p></div>
				<div class="report-exception"><h3>Homes built</h3><p>Below the target.</p></div>
				</body></html>""".formatted(stylesheet());

		try (PDDocument document = Loader.loadPDF(new PdfDocuments().render(xhtml))) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(page(document, 1)).contains("Exception reports", "Children in care")
				.doesNotContain("Homes built");
			assertThat(page(document, 2)).contains("Homes built");
		}
	}

	private static String page(PDDocument document, int page) throws IOException {
		PDFTextStripper text = new PDFTextStripper();
		text.setStartPage(page);
		text.setEndPage(page);
		return text.getText(document);
	}

	private static String stylesheet() throws IOException {
		try (InputStream in = ReportTablePdfTest.class.getResourceAsStream("/static/css/cabinet-report.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
