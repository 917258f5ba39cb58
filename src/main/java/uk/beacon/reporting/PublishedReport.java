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
 */
public record PublishedReport(long id, long scorecardId, String period, String title, String publishedBy,
		OffsetDateTime publishedAt, String contentHash) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm");

	/** "22/11/2026 at 14:05", in the council's time. */
	public String publishedAtText(ZoneId councilZone) {
		return WHEN.format(this.publishedAt.atZoneSameInstant(councilZone));
	}

}
