package uk.beacon.indicator;

import java.math.BigDecimal;

/**
 * Rates a value against a target range such as Lancashire's 600–680 admissions per
 * 100,000. Within a range is best checks both ends; an indicator where higher (lower) is
 * better only needs to clear the low (high) end, and going past the other end is still
 * green.
 */
final class RangeComparison {

	private RangeComparison() {
	}

	static StatusAssessment evaluate(StatusInput input, Target.Range range) {
		int places = input.decimalPlaces();
		Unit unit = input.unit();
		Polarity polarity = input.polarity();
		BigDecimal value = Decimals.round(input.value(), places);
		BigDecimal low = Decimals.round(range.low(), places);
		BigDecimal high = Decimals.round(range.high(), places);
		String shown = unit.format(value, places);
		String reference = "the target range of " + range.describe(unit, places);
		boolean below = value.compareTo(low) < 0;
		boolean above = value.compareTo(high) > 0;
		if (!below && !above) {
			return Wording.assessment(Status.GREEN, shown + " is within " + reference);
		}
		if (above && polarity == Polarity.HIGHER_IS_BETTER) {
			return Wording.assessment(Status.GREEN, shown + " is above " + reference);
		}
		if (below && polarity == Polarity.LOWER_IS_BETTER) {
			return Wording.assessment(Status.GREEN, shown + " is below " + reference + Wording.WHERE_LOWER_IS_BETTER);
		}
		BigDecimal edge = below ? low : high;
		BigDecimal distance = value.subtract(edge).abs();
		Status status = input.rule().grade(distance, edge);
		String body = shown + " is " + unit.formatDifference(distance, places) + (below ? " below " : " above ")
				+ reference + ((polarity == Polarity.LOWER_IS_BETTER) ? Wording.WHERE_LOWER_IS_BETTER : "")
				+ Wording.ruleClause(status, input.rule(), edge, unit);
		return Wording.assessment(status, body);
	}

}
