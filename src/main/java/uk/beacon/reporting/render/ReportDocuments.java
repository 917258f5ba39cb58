package uk.beacon.reporting.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

import uk.beacon.reporting.CabinetReport;
import uk.beacon.reporting.Part;

/**
 * Writes a report as one standalone HTML document, well-formed enough for the PDF
 * renderer: the page and the PDF are the same markup.
 */
@Component
public class ReportDocuments {

	private final ITemplateEngine templates;

	private final String css;

	ReportDocuments(ITemplateEngine templates) {
		this.templates = templates;
		try (InputStream in = ReportDocuments.class.getResourceAsStream("/static/css/cabinet-report.css")) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The report stylesheet is missing from the application", ex);
		}
	}

	/**
	 * @param pdf {@code true} to embed the stylesheet and give the charts their
	 * alternative text as the PDF renderer reads it; {@code false} to link the stylesheet
	 * for a browser
	 * @param stamp a line printed above the title, such as "Draft", or {@code null}
	 */
	public String html(CabinetReport report, Part part, boolean pdf, String stamp) {
		Context context = new Context(java.util.Locale.UK);
		context.setVariable("report", report);
		context.setVariable("partB", part == Part.B);
		context.setVariable("pdf", pdf);
		context.setVariable("css", pdf ? this.css : null);
		context.setVariable("stamp", stamp);
		return this.templates.process("report/document", context);
	}

}
