package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far from its target a figure may fall and still be green, and how far and still be
 * amber, as councils write their RAG rule: "green on, above or within 5% of target, amber
 * 5–10% short, red beyond" is a green tolerance of 5% and an amber tolerance of 10%. Both
 * are counted from the target, on the side where a figure falls short (below when higher
 * is better, above when lower is better, either side when within a range is best); a
 * percentage is of the target (5% of 75 is 3.75 points). With no green tolerance this is
 * Beacon's first rule: only the target itself is green, and the amber tolerance is the
 * width of the amber band.
 *
 * @param green how far short is still green; {@link Tolerance#none()} for none
 * @param amber how far short is still amber; {@link Tolerance#none()} for no amber band
 * @param source whose rule it is: the target's own, or the council's that the target
 * follows
 */
public record RagRule(Tolerance green, Tolerance amber, Source source) {

	public RagRule {
		green = (green != null) ? green : Tolerance.none();
		amber = (amber != null) ? amber : Tolerance.none();
		Objects.requireNonNull(source, "source");
		if (green.kind() != Tolerance.Kind.NONE && green.kind() == amber.kind()
				&& amber.amount().compareTo(green.amount()) <= 0) {
			throw new IllegalArgumentException("The amber tolerance (" + describe(amber)
					+ ") must reach further than the green tolerance (" + describe(green)
					+ "): both are counted from the target. Give a wider amber tolerance, or none.");
		}
	}

	/** A target's own rule with no band of either colour: only the target is green. */
	public static RagRule none() {
		return new RagRule(Tolerance.none(), Tolerance.none(), Source.TARGET);
	}

	/**
	 * A target's own rule as Beacon first had it: an amber band and no green tolerance.
	 */
	public static RagRule amberOnly(Tolerance amber) {
		return new RagRule(Tolerance.none(), amber, Source.TARGET);
	}

	public static RagRule own(Tolerance green, Tolerance amber) {
		return new RagRule(green, amber, Source.TARGET);
	}

	/** The council's rule, as a target that gives none of its own follows it. */
	public static RagRule council(Tolerance green, Tolerance amber) {
		return new RagRule(green, amber, Source.COUNCIL);
	}

	public boolean isCouncils() {
		return this.source == Source.COUNCIL;
	}

	public boolean hasGreenTolerance() {
		return this.green.kind() != Tolerance.Kind.NONE;
	}

	/**
	 * The rule as it is kept with a target: a target that follows the council keeps no
	 * tolerances of its own, whatever the council's are now.
	 */
	public RagRule asKept() {
		return isCouncils() ? council(Tolerance.none(), Tolerance.none()) : this;
	}

	/**
	 * Green within the green tolerance (its edge included), amber within the amber
	 * tolerance beyond it (its edge included), otherwise red. Where the amber tolerance
	 * reaches no further than the green one (given in other terms: 2 points and 1%),
	 * there is no amber band.
	 * @param shortfall how far the figure falls short of the target, zero or less when it
	 * does not
	 * @param reference the target (or the end of the range) the tolerances are a share of
	 */
	public Status grade(BigDecimal shortfall, BigDecimal reference) {
		if (shortfall.signum() <= 0 || shortfall.compareTo(this.green.bandWidth(reference)) <= 0) {
			return Status.GREEN;
		}
		BigDecimal amberEdge = this.amber.bandWidth(reference);
		return (this.amber.kind() != Tolerance.Kind.NONE && amberEdge.signum() > 0
				&& shortfall.compareTo(amberEdge) <= 0) ? Status.AMBER : Status.RED;
	}

	/**
	 * A digest of the rule, so that a page changing it can tell whether someone else did
	 * since it was opened.
	 */
	public String fingerprint() {
		return uk.beacon.access.Fingerprint.of(toString());
	}

	/**
	 * "green within 5% of the target, amber within 10%", for pages and the audit trail.
	 */
	public String summary() {
		String greenPart = hasGreenTolerance() ? "green within " + describe(this.green) + " of the target"
				: "green on the target or better";
		String amberPart = (this.amber.kind() != Tolerance.Kind.NONE) ? "amber within " + describe(this.amber)
				: "no amber band";
		return greenPart + ", " + amberPart;
	}

	/**
	 * "green within 5% of the target, amber within 10%", "green within 1 point of the
	 * target, no amber band": the rule in the indicator's unit, for its pages.
	 */
	public String describe(Unit unit, int decimalPlaces) {
		String greenPart = hasGreenTolerance()
				? "green within " + describe(this.green, unit, decimalPlaces) + " of the target"
				: "green on the target or better";
		String amberPart = (this.amber.kind() != Tolerance.Kind.NONE)
				? "amber within " + describe(this.amber, unit, decimalPlaces) : "no amber band";
		return greenPart + ", " + amberPart;
	}

	private static String describe(Tolerance tolerance, Unit unit, int decimalPlaces) {
		BigDecimal amount = tolerance.amount();
		if (tolerance.kind() == Tolerance.Kind.PERCENTAGE) {
			return amount.stripTrailingZeros().toPlainString() + "%";
		}
		return unit.formatDifference(amount,
				Math.min(Decimals.checkDecimalPlaces(decimalPlaces), Decimals.naturalScale(amount)));
	}

	/** "5%", "1.5 (in the indicator's unit)", "none": a tolerance exactly. */
	static String describe(Tolerance tolerance) {
		return switch (tolerance.kind()) {
			case NONE -> "none";
			case ABSOLUTE -> tolerance.amount().stripTrailingZeros().toPlainString() + " in the indicator's unit";
			case PERCENTAGE -> tolerance.amount().stripTrailingZeros().toPlainString() + "%";
		};
	}

	/** Whose rule a target is rated by. */
	public enum Source {

		/** The target gives its own tolerances. */
		TARGET,

		/** The target gives none, and follows its council's rule. */
		COUNCIL

	}

}
