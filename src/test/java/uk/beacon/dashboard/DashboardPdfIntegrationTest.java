package uk.beacon.dashboard;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.reporting.PdfUa;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard downloads as a tagged PDF (PDF/UA) with its chart, its tables and the
 * filters chosen on the page, for those who may see the dashboard and no one else.
 */
@BeaconIntegrationTest
class DashboardPdfIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void aCouncilsDashboardIsATaggedPdfWithItsChartAndIndicators() throws IOException {
		HttpResponse<byte[]> pdf = Http.getBytes(this.port, "/dashboard/WCC/pdf?period=Q2+2019/20", "admin",
				TestUsers.ADMIN_PASSWORD);

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(PdfUa.violations(pdf.body())).isEmpty();
		String text = text(pdf.body());
		assertThat(text).contains("Worcestershire County Council: Q2 2019/20", "By directorate",
				"Children, Families and Communities", "Care Leavers in suitable accommodation");
	}

	@Test
	void thePdfListsWhatTheFiltersChose() throws IOException {
		HttpResponse<byte[]> pdf = Http.getBytes(this.port, "/dashboard/WCC/pdf?period=Q2+2019/20&status=GREEN",
				"admin", TestUsers.ADMIN_PASSWORD);

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(text(pdf.body())).contains("match the filters").doesNotContain("Care Leavers in suitable");
	}

	@Test
	void theDashboardsPdfIsNotForThePublic() {
		HttpResponse<byte[]> refused = Http.getBytes(this.port, "/dashboard/WCC/pdf", null, null);

		assertThat(refused.statusCode()).isIn(302, 401, 403);
		assertThat(
				Http.getBytes(this.port, "/dashboard/NO-SUCH-UNIT/pdf", "admin", TestUsers.ADMIN_PASSWORD).statusCode())
			.isEqualTo(404);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
