package uk.beacon.collection;

import java.math.BigDecimal;
import java.time.Instant;

import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.Indicator;

/**
 * What an owner saved of their figures and commentary before submitting them: any part
 * may be missing, since a draft is work in progress. It is kept beside the figures last
 * submitted until the owner submits.
 *
 * @param value the figure, or {@code null}
 * @param numerator the numerator, or {@code null}
 * @param denominator the denominator, or {@code null}
 * @param commentary the three-part commentary as far as written
 * @param correctionReason the reason for correcting approved figures, or {@code null}
 * @param savedBy who saved it
 * @param savedAt when
 */
public record Draft(BigDecimal value, BigDecimal numerator, BigDecimal denominator, Commentary commentary,
		String correctionReason, String savedBy, Instant savedAt) {

	/** "12.5%", "58 of 76", "no figure yet", for the page and the audit trail. */
	public String figureText(Indicator indicator) {
		if (this.value != null) {
			return indicator.format(this.value);
		}
		if (this.numerator != null || this.denominator != null) {
			return plain(this.numerator) + " of " + plain(this.denominator);
		}
		return "no figure yet";
	}

	/** "figure 12.5%, commentary 2 of 3 parts", for the audit trail. */
	String describe(Indicator indicator) {
		int parts = ((this.commentary.performanceDetails() != null) ? 1 : 0)
				+ ((this.commentary.currentActivity() != null) ? 1 : 0)
				+ ((this.commentary.futureActivity() != null) ? 1 : 0);
		return "figure " + figureText(indicator) + ", commentary " + parts + " of 3 parts"
				+ ((this.correctionReason != null) ? ", reason for the correction: " + this.correctionReason : "");
	}

	private static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : "?";
	}

}
