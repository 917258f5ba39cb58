package uk.beacon.reporting.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;

import uk.beacon.reporting.CabinetReport;
import uk.beacon.reporting.Part;
import uk.beacon.reporting.ReportFormat;
import uk.beacon.web.PdfDocuments;

/**
 * Renders a report, draft or published, in any of its formats, from its content alone.
 * How long each format takes is measured for the council's monitoring: the timer
 * {@code beacon.report.render} ({@code beacon_report_render_seconds} in Prometheus), by
 * {@code format}; a PDF of a large scorecard is the slowest thing Beacon writes.
 */
@Service
public class ReportRenderer {

	private final ReportDocuments documents;

	private final PdfDocuments pdfs;

	private final WordReports words;

	private final ExcelReports workbooks;

	private final MeterRegistry meters;

	ReportRenderer(ReportDocuments documents, PdfDocuments pdfs, WordReports words, ExcelReports workbooks,
			MeterRegistry meters) {
		this.documents = documents;
		this.pdfs = pdfs;
		this.words = words;
		this.workbooks = workbooks;
		this.meters = meters;
	}

	/**
	 * @param stamp a line above the title, such as "Draft: not yet published", or
	 * {@code null}
	 */
	public byte[] render(CabinetReport report, Part part, ReportFormat format, String stamp) {
		return Timer.builder("beacon.report.render")
			.description("Time taken to render a cabinet report")
			.tag("format", format.name().toLowerCase(Locale.ROOT))
			.register(this.meters)
			.record(() -> rendered(report, part, format, stamp));
	}

	private byte[] rendered(CabinetReport report, Part part, ReportFormat format, String stamp) {
		return switch (format) {
			case HTML -> this.documents.html(report, part, false, stamp).getBytes(StandardCharsets.UTF_8);
			case PDF -> this.pdfs.render(this.documents.html(report, part, true, stamp));
			case DOCX -> this.words.render(report, part, stamp);
			case XLSX -> this.workbooks.render(report, part, stamp);
		};
	}

	/**
	 * A file name such as "WCC-CFC-2019 Q2 2019-20 Part A.pdf".
	 */
	public static String fileName(CabinetReport report, Part part, ReportFormat format) {
		String safe = (report.scorecardName() + " " + report.period()).replaceAll("[^A-Za-z0-9 ]+", "-");
		return safe + " Part " + part.name() + "." + format.extension();
	}

}
