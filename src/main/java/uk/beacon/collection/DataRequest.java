package uk.beacon.collection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.Indicator;
import uk.beacon.period.Period;

/**
 * One figure asked of an indicator's owner in a cycle.
 *
 * @param id database identity
 * @param cycle the cycle it belongs to
 * @param indicator the indicator
 * @param unitName the part of the council the indicator belongs to
 * @param directorateName the directorate above it, or the council for council-wide ones
 * @param dataPeriod the period the figure measures
 * @param ownerEmail the owner it was sent to, or {@code null} while no owner is named
 * @param state where it is
 * @param value the figure, when given as a value
 * @param numerator the numerator, when given as a ratio
 * @param denominator the denominator, when given as a ratio
 * @param commentary the owner's three-part commentary
 * @param correctionReason why an approved figure is being corrected, or {@code null}
 * @param submittedBy who submitted, or {@code null}
 * @param submittedByAccount their account, or {@code null}
 * @param submittedAt when
 * @param decidedBy the approver who last approved or returned it
 * @param decidedAt when
 * @param returnReason why it was returned, or {@code null}
 * @param version for optimistic locking: two people never silently overwrite each other
 * @param lastMail the last e-mail Beacon tried to send the owner about it, or
 * {@code null}
 * @param draft what the owner saved before submitting, or {@code null} when nothing is
 * saved since they last submitted
 */
public record DataRequest(long id, ReportingCycle cycle, Indicator indicator, String unitName, String directorateName,
		Period dataPeriod, String ownerEmail, RequestState state, BigDecimal value, BigDecimal numerator,
		BigDecimal denominator, Commentary commentary, String correctionReason, String submittedBy,
		Long submittedByAccount, Instant submittedAt, String decidedBy, Instant decidedAt, String returnReason,
		int version, OwnerMail lastMail, Draft draft) {

	public boolean overdueOn(LocalDate day) {
		return this.cycle.open() && this.state.withOwner() && day.isAfter(this.cycle.dueDate());
	}

	/** The figure as the indicator shows it, or "None yet". */
	public String formattedFigure() {
		if (this.numerator != null) {
			return this.indicator
				.format(this.numerator.multiply(this.indicator.unit().scale())
					.divide(this.denominator, java.math.MathContext.DECIMAL64)) + " (" + plain(this.numerator) + " of "
					+ plain(this.denominator) + ")";
		}
		return (this.value != null) ? this.indicator.format(this.value) : "None yet";
	}

	/**
	 * Whether the last e-mail to the owner failed while they still have something to do,
	 * so that it is worth sending again.
	 */
	public boolean mailToSendAgain() {
		return this.lastMail != null && this.lastMail.failed() && this.ownerEmail != null && this.cycle.open()
				&& this.state.withOwner();
	}

	/**
	 * Whether the owner has submitted figures that are still the request's: waiting for
	 * approval, approved, or returned to them.
	 */
	public boolean submitted() {
		return this.submittedAt != null && this.state != RequestState.REQUESTED;
	}

	public String subject() {
		return this.indicator.code() + " " + this.dataPeriod.label();
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
