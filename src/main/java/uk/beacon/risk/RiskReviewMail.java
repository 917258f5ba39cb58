package uk.beacon.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An e-mail Beacon sent, or tried to send, a risk's owner about its review.
 *
 * @param kind whether the review was falling due or overdue
 * @param reviewDate the review date it was about
 * @param sentTo the owner's address
 * @param attemptedAt when Beacon tried
 * @param failure why the mail server did not take it, in plain words, or {@code null}
 * when it did
 */
public record RiskReviewMail(Kind kind, LocalDate reviewDate, String sentTo, Instant attemptedAt, String failure) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Which e-mail it was. */
	public enum Kind {

		DUE("the e-mail that the review falls due"), OVERDUE("the e-mail that the review is overdue");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	public boolean failed() {
		return this.failure != null;
	}

	/**
	 * For the risk's page, in council time: "The e-mail that the review is overdue was
	 * sent to a.owner@council.gov.uk on 12/01/2020 (review date 05/01/2020)."
	 */
	public String sentence(ZoneId zone) {
		String what = Character.toUpperCase(this.kind.label.charAt(0)) + this.kind.label.substring(1);
		String when = DATE.format(this.attemptedAt.atZone(zone));
		return what
				+ (failed() ? " could not be sent to " + this.sentTo + " on " + when + ": " + this.failure
						+ "; Beacon tries again each morning" : " was sent to " + this.sentTo + " on " + when)
				+ " (review date " + DATE.format(this.reviewDate) + ").";
	}

}
