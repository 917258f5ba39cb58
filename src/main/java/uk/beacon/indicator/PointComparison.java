package uk.beacon.indicator;

import java.math.BigDecimal;

/**
 * Rates a value against a single figure: a value target, a profiled figure, or what a
 * cumulative target expects by now. Under {@link Polarity#WITHIN_RANGE} the figure is a
 * range of one point, so missing it either way counts.
 */
final class PointComparison {

	private PointComparison() {
	}

	/**
	 * @param point the figure to compare with, before rounding
	 * @param reference how the sentence names it: "the target of 86%", "the Q3 2019/20
	 * profile of 120"
	 */
	static StatusAssessment evaluate(StatusInput input, BigDecimal point, String reference) {
		int places = input.decimalPlaces();
		Unit unit = input.unit();
		BigDecimal value = Decimals.round(input.value(), places);
		BigDecimal target = Decimals.round(point, places);
		String shown = unit.format(value, places);
		BigDecimal gap = value.subtract(target);
		if (gap.signum() == 0) {
			return Wording.assessment(Status.GREEN, shown + " meets " + reference);
		}
		BigDecimal shortfall = switch (input.polarity()) {
			case HIGHER_IS_BETTER -> gap.negate();
			case LOWER_IS_BETTER -> gap;
			default -> gap.abs();
		};
		Status status = input.rule().grade(shortfall, target);
		String body = shown + " is " + unit.formatDifference(gap.abs(), places)
				+ ((gap.signum() > 0) ? " above " : " below ") + reference + polarityClause(input.polarity())
				+ ((shortfall.signum() > 0) ? Wording.ruleClause(status, input.rule(), target, unit) : "");
		return Wording.assessment(status, body);
	}

	/** Above or below is only self-evidently good or bad when higher is better. */
	private static String polarityClause(Polarity polarity) {
		return switch (polarity) {
			case LOWER_IS_BETTER -> Wording.WHERE_LOWER_IS_BETTER;
			case WITHIN_RANGE -> ", where on target is best";
			default -> "";
		};
	}

}
