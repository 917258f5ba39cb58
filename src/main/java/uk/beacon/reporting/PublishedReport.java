package uk.beacon.reporting;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A report as it was published: who published it, when, and the hash of its frozen
 * content.
 *
 * @param id its identity
 * @param scorecardId the scorecard reported on
 * @param period the quarter reported, as its key
 * @param title the report's title
 * @param publishedBy who published it
 * @param publishedAt when
 * @param contentHash the SHA-256 of its snapshot, in hexadecimal
 * @param version 1 for the quarter's first publication, 2 for the next, and so on
 * @param reason why this version was published, {@code null} for the first (and for one
 * published again before Beacon kept reasons)
 */
public record PublishedReport(long id, long scorecardId, String period, String title, String publishedBy,
		OffsetDateTime publishedAt, String contentHash, int version, String reason) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm");

	/** "22/11/2026 at 14:05", in the council's time. */
	public String publishedAtText(ZoneId councilZone) {
		return WHEN.format(this.publishedAt.atZoneSameInstant(councilZone));
	}

	/** "5 Dec 2026", in the council's time. */
	public String publishedOnText(ZoneId councilZone) {
		return DAY.format(this.publishedAt.atZoneSameInstant(councilZone));
	}

	/**
	 * The version in a sentence, for the page and the documents: "Version 2, published 5
	 * Dec 2026 because the Q2 figures for waste were revised."
	 */
	public String versionText(ZoneId councilZone) {
		String text = "Version " + this.version + ", published " + publishedOnText(councilZone);
		if (this.reason != null) {
			return text + " because: " + this.reason;
		}
		return text + ((this.version > 1) ? " (no reason was recorded: it was published before Beacon kept them)."
				: ", the first.");
	}

}
