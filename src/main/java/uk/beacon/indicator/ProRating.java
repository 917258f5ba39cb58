package uk.beacon.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Cumulative targets, rated against the share expected by the end of the data period
 * rather than the whole: a library service three quarters through the year is not red for
 * having three quarters of its annual visits.
 */
final class ProRating {

	/**
	 * Enough precision that rounding the expected figure to the indicator's places is
	 * exact.
	 */
	private static final int WORKING_SCALE = 20;

	private ProRating() {
	}

	static StatusAssessment yearToDate(StatusInput input, Target.Value target) {
		BigDecimal fraction = input.yearFractionElapsed();
		String annual = "the annual target of " + target.describe(input.unit(), input.decimalPlaces());
		if (fraction.compareTo(BigDecimal.ONE) == 0) {
			return PointComparison.evaluate(input, target.value(), annual);
		}
		BigDecimal expected = target.value().multiply(fraction);
		String reference = "the " + input.unit().format(expected, input.decimalPlaces()) + " expected by this point, "
				+ Wording.shareOf(fraction) + " " + annual;
		return PointComparison.evaluate(input, expected, reference);
	}

	/**
	 * Days are counted inclusively at both ends: a target "by 30/06/2024" includes that
	 * day, and a figure "as at 31/12/2019" covers the whole of it.
	 */
	static StatusAssessment multiYearTotal(StatusInput input, Target.MultiYearTotal target) {
		Unit unit = input.unit();
		int places = input.decimalPlaces();
		String goal = target.describe(unit, places);
		LocalDate asAt = input.asAt();
		if (asAt == null) {
			return Wording.assessment(Status.NOT_RATED,
					unit.format(input.value(), places) + " cannot be compared with the target of " + goal
							+ " because the end of its data period is not known");
		}
		if (!asAt.isBefore(target.to())) {
			return PointComparison.evaluate(input, target.total(), "the target of " + goal);
		}
		long span = ChronoUnit.DAYS.between(target.from(), target.to()) + 1;
		long elapsed = Math.max(0, ChronoUnit.DAYS.between(target.from(), asAt) + 1);
		BigDecimal expected = target.total()
			.multiply(BigDecimal.valueOf(elapsed))
			.divide(BigDecimal.valueOf(span), WORKING_SCALE, RoundingMode.HALF_UP);
		String reference = "the " + unit.format(expected, places) + " expected by " + Wording.DATE.format(asAt)
				+ " on the way to " + goal;
		return PointComparison.evaluate(input, expected, reference);
	}

}
