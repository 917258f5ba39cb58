package uk.beacon.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import uk.beacon.analytics.chart.Chart;
import uk.beacon.analytics.chart.Series;
import uk.beacon.analytics.chart.TrendChart;
import uk.beacon.analytics.chart.TrendChartData;
import uk.beacon.reporting.PdfUa;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts of a PDF drawn apart from its layout (PdfCharts) look as they did drawn in
 * place, and the PDF stays accessible.
 */
class PdfChartsTest {

	private static final PdfDocuments PDFS = new PdfDocuments();

	private static final Executor NOW = Runnable::run;

	@AfterAll
	static void stop() {
		PDFS.stop();
	}

	@Test
	void eachChartIsTakenOutLeavingItsElementAndAttributes() {
		String svg = "<svg alt=\"Spend > budget\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 320\" width=\"100%\">"
				+ "<title>T</title><rect x='0' y='0' width='10' height='10'/></svg>";
		List<String> drawn = new ArrayList<>();

		PdfCharts charts = PdfCharts.apart("<p>a</p>" + svg + "<p>b</p>" + svg, (text, size) -> {
			drawn.add(text + " " + Arrays.toString(size));
			return new byte[0];
		}, NOW);

		assertThat(charts.count()).isEqualTo(2);
		assertThat(charts.document()).isEqualTo("<p>a</p>"
				+ "<svg alt=\"Spend > budget\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 320\" width=\"100%\" data-beacon-chart=\"0\"></svg>"
				+ "<p>b</p>"
				+ "<svg alt=\"Spend > budget\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 320\" width=\"100%\" data-beacon-chart=\"1\"></svg>");
		assertThat(drawn).containsExactly(svg + " [640.0, 320.0]", svg + " [640.0, 320.0]");
	}

	@Test
	void anSvgThatCannotBeTakenOutIsLeftToBeDrawnInPlace() {
		String document = "<svg width='10' height='10'><rect width='5' height='5'/></svg>"
				+ "<svg viewBox='0 0 10 10'/><svg viewBox='0 0 10 10'><!-- note --></svg><svgx/>";

		PdfCharts charts = PdfCharts.apart(document, (text, size) -> new byte[0], NOW);

		assertThat(charts.count()).isZero();
		assertThat(charts.document()).isSameAs(document);
	}

	@Test
	void aReportsChartsDrawnApartLookAsDrawnInPlaceWithTheSameTextAndStayPdfUa() throws IOException {
		String xhtml = document(chart("Invoices paid within 30 days"), chart("Days to process a claim"));

		byte[] apart = PDFS.render(xhtml);
		byte[] inPlace = PDFS.render(xhtml, false);

		assertThat(PdfUa.violations(apart)).isEmpty();
		try (PDDocument a = Loader.loadPDF(apart); PDDocument b = Loader.loadPDF(inPlace)) {
			assertThat(a.getNumberOfPages()).isEqualTo(b.getNumberOfPages());
			assertThat(new PDFTextStripper().getText(a)).isEqualTo(new PDFTextStripper().getText(b));
			for (int page = 0; page < a.getNumberOfPages(); page++) {
				BufferedImage drawnApart = new PDFRenderer(a).renderImageWithDPI(page, 100);
				BufferedImage drawnInPlace = new PDFRenderer(b).renderImageWithDPI(page, 100);
				// the same drawing, to the edges of its anti-aliasing: the chart's form
				// is
				// placed within a twentieth of a point of where Batik's was
				assertThat(differing(drawnApart, drawnInPlace))
					.isLessThan(drawnApart.getWidth() * drawnApart.getHeight() / 200);
			}
		}
	}

	/** Pixels that differ by more than half the range in a colour. */
	private static int differing(BufferedImage a, BufferedImage b) {
		int differing = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				int p = a.getRGB(x, y);
				int q = b.getRGB(x, y);
				for (int shift = 0; shift <= 16; shift += 8) {
					if (Math.abs((p >> shift & 255) - (q >> shift & 255)) > 128) {
						differing++;
						break;
					}
				}
			}
		}
		return differing;
	}

	private static Chart chart(String title) {
		List<String> quarters = List.of("Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24", "Q1 2024/25",
				"Q2 2024/25");
		return TrendChart.render(new TrendChartData(title, quarters,
				new Series("Actual", Arrays.asList(82.0, 84.5, null, 86.2, 87.0, 88.4)),
				new Series("Target", Arrays.asList(90.0, 90.0, 90.0, 95.0, 95.0, 95.0)),
				Arrays.asList(85.0, 85.0, 85.0, 90.0, 90.0, 90.0), Arrays.asList(90.0, 90.0, 90.0, 95.0, 95.0, 95.0),
				List.of(new Series("England", Arrays.asList(85.0, 85.5, 86.0, 86.4, 86.0, 87.0))), v -> v + "%"),
				title.replace(' ', '-'));
	}

	private static String document(Chart... charts) {
		StringBuilder body = new StringBuilder();
		for (Chart chart : charts) {
			body.append("<h2>")
				.append(chart.title())
				.append("</h2><div class=\"figure\">")
				.append(PdfDocuments.svgWithAlt(chart.svg(), chart.textAlternative()))
				.append("</div>");
		}
		return "<html lang=\"en-GB\"><head><title>Charts</title><style>@page { size: A4; margin: 18mm 15mm }"
				+ " body { font-family: 'Liberation Sans' } .figure svg { width: 100%; height: auto }</style></head>"
				+ "<body><h1>Charts</h1>" + body + "</body></html>";
	}

}
