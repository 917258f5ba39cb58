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
	 * Green when nothing is short, amber when the shortfall is inside a band that exists,
	 * otherwise red. The edge of the band is still amber.
	 */
	static Status grade(BigDecimal shortfall, BigDecimal band) {
		if (shortfall.signum() <= 0) {
			return Status.GREEN;
		}
		return (band.signum() > 0 && shortfall.compareTo(band) <= 0) ? Status.AMBER : Status.RED;
	}

	/**
	 * ", within the 5% amber band", ", beyond the 1-point amber band", ", with no amber
	 * band".
	 */
	static String bandClause(Status status, Tolerance tolerance, BigDecimal band, Unit unit) {
		if (status == Status.GREEN) {
			return "";
		}
		if (band.signum() == 0) {
			return ", with no amber band";
		}
		return ((status == Status.AMBER) ? ", within " : ", beyond ") + bandName(tolerance, unit);
	}

	private static String bandName(Tolerance tolerance, Unit unit) {
		BigDecimal amount = tolerance.amount();
		int places = Decimals.naturalScale(amount);
		String digits = Decimals.digits(Decimals.round(amount, places));
		if (tolerance.kind() == Tolerance.Kind.PERCENTAGE) {
			return "the " + digits + "% amber band";
		}
		return switch (unit) {
			case PERCENT -> "the " + digits + "-point amber band";
			case DAYS -> "the " + digits + "-day amber band";
			case CURRENCY_GBP -> "the " + unit.format(amount, places) + " amber band";
			default -> "the amber band of " + unit.formatDifference(amount, places);
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
