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
 * A report's table that runs onto further pages repeats its header row on each, so that a
 * reader of page 40 knows which column is the target.
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

	private static String stylesheet() throws IOException {
		try (InputStream in = ReportTablePdfTest.class.getResourceAsStream("/static/css/cabinet-report.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
