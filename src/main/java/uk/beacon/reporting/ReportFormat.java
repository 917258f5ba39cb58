package uk.beacon.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a report is rendered in.
 */
public enum ReportFormat {

	HTML("html", "text/html;charset=UTF-8"),

	PDF("pdf", "application/pdf"),

	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String mediaType;

	ReportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public static Optional<ReportFormat> fromExtension(String text) {
		String wanted = (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
	}

}
