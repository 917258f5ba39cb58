package uk.beacon.indicator;

import java.util.Objects;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;

/**
 * A target set for an indicator over a span of reporting periods, with its amber
 * tolerance.
 *
 * @param id database identity, {@code null} until saved
 * @param indicatorId the indicator it is set for
 * @param target the shape and figures of the target
 * @param appliesFrom the first reporting period it applies to
 * @param appliesTo the last reporting period, {@code null} until replaced
 * @param tolerance the width of the amber band
 * @param textAsPrinted the target as the council printed it
 * @param note decisions and caveats on record
 */
public record IndicatorTarget(Long id, long indicatorId, Target target, Period appliesFrom, Period appliesTo,
		Tolerance tolerance, String textAsPrinted, String note) {

	public IndicatorTarget {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(appliesFrom, "appliesFrom");
		tolerance = (tolerance != null) ? tolerance : Tolerance.none();
		if (appliesTo != null && appliesTo.end().isBefore(appliesFrom.start())) {
			throw new IllegalArgumentException("A target cannot end before it starts");
		}
	}

	/**
	 * A profile point applies only to its own quarter; every other target to its whole
	 * span.
	 */
	public boolean appliesTo(FinancialQuarter reportingPeriod) {
		if (this.target instanceof Target.Profile) {
			return this.appliesFrom.contains(reportingPeriod.start())
					&& this.appliesFrom.contains(reportingPeriod.end());
		}
		boolean started = !reportingPeriod.start().isBefore(this.appliesFrom.start());
		boolean notEnded = this.appliesTo == null || !reportingPeriod.end().isAfter(this.appliesTo.end());
		return started && notEnded;
	}

	/**
	 * @return whether this and {@code other} claim a reporting period in common
	 */
	public boolean overlaps(IndicatorTarget other) {
		java.time.LocalDate thisEnd = lastDay();
		java.time.LocalDate otherEnd = other.lastDay();
		return !this.appliesFrom.start().isAfter(otherEnd) && !other.appliesFrom.start().isAfter(thisEnd);
	}

	private java.time.LocalDate lastDay() {
		if (this.target instanceof Target.Profile) {
			return this.appliesFrom.end();
		}
		return (this.appliesTo != null) ? this.appliesTo.end() : java.time.LocalDate.MAX;
	}

	/**
	 * A digest of the target as it is, so that a page changing it can tell whether
	 * someone else did since it was opened.
	 */
	public String fingerprint() {
		return uk.beacon.access.Fingerprint.of(toString());
	}

	/**
	 * The same target over the same span, with another figure, shape or tolerance; the
	 * target as the council printed it is kept only while the target is the same.
	 */
	public IndicatorTarget with(Target target, Tolerance tolerance) {
		return new IndicatorTarget(this.id, this.indicatorId, target, this.appliesFrom, this.appliesTo, tolerance, null,
				this.note);
	}

	public String span() {
		if (this.target instanceof Target.Profile) {
			return this.appliesFrom.label();
		}
		return (this.appliesTo != null) ? this.appliesFrom.label() + " to " + this.appliesTo.label()
				: "from " + this.appliesFrom.label();
	}

}
