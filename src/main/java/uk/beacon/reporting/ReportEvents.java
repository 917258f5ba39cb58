package uk.beacon.reporting;

/**
 * What happens to cabinet reports, published for the audit trail.
 */
public final class ReportEvents {

	private ReportEvents() {
	}

	/** A report was published and frozen. */
	public record ReportPublished(long reportId, String title, String contentHash, String actor) {
	}

	/** An officer edited a draft report's narrative, or put back the drafted one. */
	public record NarrativeEdited(String scorecard, String period, String before, String after, String actor) {
	}

}
