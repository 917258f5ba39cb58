package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/**
 * The shared phrases of the status explanations, so every rule words the same thing the
 * same way and each explanation stays one sentence that starts with its label.
 */
final class Wording {

	/** The UK date style used in every explanation. */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final String WHERE_LOWER_IS_BETTER = ", where lower is better";

	private Wording() {
	}

	/**
	 * A target's figure, printed with the precision it was set with up to the
	 * indicator's: a target of 0.1% stays "0.1%" on a two-decimal indicator, as the
	 * council printed it.
	 */
	static String targetFigure(BigDecimal value, Unit unit, int decimalPlaces) {
		return unit.format(value, Math.min(Decimals.checkDecimalPlaces(decimalPlaces), Decimals.naturalScale(value)));
	}

	static StatusAssessment assessment(Status status, String body) {
		return new StatusAssessment(status, status.label() + ": " + body + ".");
	}

	/**
	 * What the rule says of a figure short of its target. A target's own rule with no
	 * green tolerance reads as Beacon's first rule did (", within the 5% amber band", ",
	 * beyond the 1-point amber band", ", with no amber band"); a rule with a green
	 * tolerance, or the council's, says whose it is: ", within the council's 5% green
	 * tolerance", ", beyond the council's 5% green tolerance but within its 10% amber
	 * tolerance".
	 * @param reference the target (or the end of the range) the tolerances are a share of
	 */
	static String ruleClause(Status status, RagRule rule, BigDecimal reference, Unit unit) {
		String whose = rule.isCouncils() ? "the council's " : (rule.hasGreenTolerance() ? "this indicator's " : "the ");
		BigDecimal amberEdge = rule.amber().bandWidth(reference);
		boolean amberBand = rule.amber().kind() != Tolerance.Kind.NONE && amberEdge.signum() > 0
				&& amberEdge.compareTo(rule.green().bandWidth(reference)) > 0;
		if (!rule.hasGreenTolerance()) {
			if (status == Status.GREEN) {
				return "";
			}
			// a council that has set no rule has Beacon's first one: worded as it always
			// was
			if (!amberBand) {
				return ", with no amber band";
			}
			return ((status == Status.AMBER) ? ", within " : ", beyond ") + whose
					+ named(rule.amber(), unit, "amber band");
		}
		String green = named(rule.green(), unit, "green tolerance");
		return switch (status) {
			case GREEN -> ", within " + whose + green;
			case AMBER ->
				", beyond " + whose + green + " but within its " + named(rule.amber(), unit, "amber tolerance");
			default -> amberBand ? ", beyond " + whose + named(rule.amber(), unit, "amber tolerance")
					: ", beyond " + whose + green + ", with no amber band";
		};
	}

	/**
	 * "5% amber band", "1-point green tolerance", "£1,000 amber tolerance", "amber band
	 * of 5": a tolerance as the council words it.
	 */
	private static String named(Tolerance tolerance, Unit unit, String what) {
		BigDecimal amount = tolerance.amount();
		int places = Decimals.naturalScale(amount);
		String digits = Decimals.digits(Decimals.round(amount, places));
		if (tolerance.kind() == Tolerance.Kind.PERCENTAGE) {
			return digits + "% " + what;
		}
		return switch (unit) {
			case PERCENT -> digits + "-point " + what;
			case DAYS -> digits + "-day " + what;
			case CURRENCY_GBP -> unit.format(amount, places) + " " + what;
			default -> what + " of " + unit.formatDifference(amount, places);
		};
	}

	/** "three quarters of" the annual target; other shares as a percentage of it. */
	static String shareOf(BigDecimal fraction) {
		BigDecimal percent = fraction.movePointRight(2);
		return switch (percent.stripTrailingZeros().toPlainString()) {
			case "25" -> "a quarter of";
			case "50" -> "half of";
			case "75" -> "three quarters of";
			default -> Unit.PERCENT.format(percent, Math.min(1, Decimals.naturalScale(percent))) + " of";
		};
	}

}
