package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Direction of travel: a value against a like-for-like earlier one (the previous period,
 * or the same period last year for seasonal and annual measures; the caller chooses).
 * Values are compared as printed, so a change the reader cannot see is no change.
 */
public final class DirectionRule {

	private DirectionRule() {
	}

	public static DirectionAssessment compare(BigDecimal current, BigDecimal earlier, String earlierLabel,
			Polarity polarity, Target target, Unit unit, int decimalPlaces) {
		Objects.requireNonNull(polarity, "polarity must not be null");
		Objects.requireNonNull(unit, "unit must not be null");
		Decimals.checkDecimalPlaces(decimalPlaces);
		if (earlier == null) {
			return assessment(DirectionOfTravel.NOT_APPLICABLE, "there is no earlier value to compare with");
		}
		if (current == null) {
			return assessment(DirectionOfTravel.NOT_APPLICABLE,
					"there is no current value to compare with the earlier one");
		}
		BigDecimal now = Decimals.round(current, decimalPlaces);
		BigDecimal before = Decimals.round(earlier, decimalPlaces);
		String when = (earlierLabel == null || earlierLabel.isBlank()) ? "previously" : "in " + earlierLabel.strip();
		int change = now.compareTo(before);
		if (change == 0) {
			return assessment(DirectionOfTravel.NO_CHANGE, unit.format(now, decimalPlaces) + ", the same as " + when);
		}
		String movement = unit.format(now, decimalPlaces) + ((change > 0) ? ", up from " : ", down from ")
				+ unit.format(before, decimalPlaces) + " " + when;
		return switch (polarity) {
			case HIGHER_IS_BETTER -> assessment(better(change > 0), movement);
			case LOWER_IS_BETTER -> assessment(better(change < 0), movement);
			case WITHIN_RANGE -> towardsRange(now, before, change, movement, target, unit, decimalPlaces);
			case NO_POLARITY -> assessment(moved(change), movement);
		};
	}

	/**
	 * Within a range is best, so what matters is the distance to the range. Moving inside
	 * it, or staying as far away on the other side, is neither better nor worse: only the
	 * movement is reported then.
	 */
	private static DirectionAssessment towardsRange(BigDecimal now, BigDecimal before, int change, String movement,
			Target target, Unit unit, int decimalPlaces) {
		BigDecimal low;
		BigDecimal high;
		String reference;
		if (target instanceof Target.Range range) {
			low = range.low();
			high = range.high();
			reference = "the target range of " + range.describe(unit, decimalPlaces);
		}
		else if (target instanceof Target.Value value) {
			low = value.value();
			high = value.value();
			reference = "the target of " + value.describe(unit, decimalPlaces);
		}
		else {
			return assessment(moved(change), movement + ", with no target range to judge it against");
		}
		BigDecimal distanceNow = distance(now, Decimals.round(low, decimalPlaces), Decimals.round(high, decimalPlaces));
		BigDecimal distanceBefore = distance(before, Decimals.round(low, decimalPlaces),
				Decimals.round(high, decimalPlaces));
		int closer = distanceBefore.compareTo(distanceNow);
		if (closer != 0) {
			return assessment(better(closer > 0),
					movement + ((closer > 0) ? ", closer to " : ", further from ") + reference);
		}
		String where = (distanceNow.signum() == 0) ? ", both within " : ", the same distance from ";
		return assessment(moved(change), movement + where + reference);
	}

	private static BigDecimal distance(BigDecimal value, BigDecimal low, BigDecimal high) {
		if (value.compareTo(low) < 0) {
			return low.subtract(value);
		}
		return (value.compareTo(high) > 0) ? value.subtract(high) : BigDecimal.ZERO;
	}

	private static DirectionOfTravel better(boolean improved) {
		return improved ? DirectionOfTravel.IMPROVING : DirectionOfTravel.WORSENING;
	}

	private static DirectionOfTravel moved(int change) {
		return (change > 0) ? DirectionOfTravel.INCREASING : DirectionOfTravel.DECREASING;
	}

	private static DirectionAssessment assessment(DirectionOfTravel direction, String body) {
		return new DirectionAssessment(direction, direction.label() + ": " + body + ".");
	}

}
