package uk.beacon.indicator;

import java.util.Objects;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;

/**
 * A target set for an indicator over a span of reporting periods, with the RAG rule its
 * figures are rated by: its own, or its council's.
 *
 * @param id database identity, {@code null} until saved
 * @param indicatorId the indicator it is set for
 * @param target the shape and figures of the target
 * @param appliesFrom the first reporting period it applies to
 * @param appliesTo the last reporting period, {@code null} until replaced
 * @param rule the green and amber tolerances; when the target follows its council's rule,
 * the council's as they were when the target was read ({@link RagRule#none()} when null)
 * @param textAsPrinted the target as the council printed it
 * @param note decisions and caveats on record
 */
public record IndicatorTarget(Long id, long indicatorId, Target target, Period appliesFrom, Period appliesTo,
		RagRule rule, String textAsPrinted, String note) {

	public IndicatorTarget {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(appliesFrom, "appliesFrom");
		rule = (rule != null) ? rule : RagRule.none();
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
	 * A digest of the target as it is kept, so that a page changing it can tell whether
	 * someone else did since it was opened. A target following the council's rule keeps
	 * the same digest when the council's rule changes: that is the council's change, not
	 * the target's.
	 */
	public String fingerprint() {
		return uk.beacon.access.Fingerprint.of(kept().toString());
	}

	/** The target as it is kept: following the council's rule, not a copy of it. */
	public IndicatorTarget kept() {
		return new IndicatorTarget(this.id, this.indicatorId, this.target, this.appliesFrom, this.appliesTo,
				this.rule.asKept(), this.textAsPrinted, this.note);
	}

	/**
	 * The same target over the same span, with another figure, shape or rule; the target
	 * as the council printed it is kept only while the target is the same.
	 */
	public IndicatorTarget with(Target target, RagRule rule) {
		return new IndicatorTarget(this.id, this.indicatorId, target, this.appliesFrom, this.appliesTo, rule, null,
				this.note);
	}

	/** The same target, with what the council printed for it. */
	IndicatorTarget withPrinted(String printed) {
		return new IndicatorTarget(this.id, this.indicatorId, this.target, this.appliesFrom, this.appliesTo, this.rule,
				printed, this.note);
	}

	/** The same target, ending at another period (or applying until replaced). */
	public IndicatorTarget endingIn(Period last) {
		return new IndicatorTarget(this.id, this.indicatorId, this.target, this.appliesFrom, last, this.rule,
				this.textAsPrinted, this.note);
	}

	public String span() {
		if (this.target instanceof Target.Profile) {
			return this.appliesFrom.label();
		}
		return (this.appliesTo != null) ? this.appliesFrom.label() + " to " + this.appliesTo.label()
				: "from " + this.appliesFrom.label();
	}

}
