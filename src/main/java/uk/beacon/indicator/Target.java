package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The shapes a council's targets take. "No target" is a shape of its own, so a report
 * never meets a null. A target's figures are printed with the precision they were set
 * with, up to the indicator's decimal places: a target of 0.1% stays "0.1%" on a
 * two-decimal indicator.
 */
public sealed interface Target
		permits Target.None, Target.Value, Target.Range, Target.Profile, Target.MultiYearTotal, Target.Quartile {

	String describe(Unit unit, int decimalPlaces);

	/**
	 * @return the single figure a value is held against (a value, a profiled figure or a
	 * multi-year total), or {@code null} for shapes that have none
	 */
	default BigDecimal figure() {
		if (this instanceof Value value) {
			return value.value();
		}
		if (this instanceof Profile profile) {
			return profile.value();
		}
		if (this instanceof MultiYearTotal total) {
			return total.total();
		}
		return null;
	}

	record None() implements Target {

		@Override
		public String describe(Unit unit, int decimalPlaces) {
			return "no target";
		}

	}

	record Value(BigDecimal value) implements Target {

		public Value {
			Objects.requireNonNull(value, "A value target needs a value");
		}

		@Override
		public String describe(Unit unit, int decimalPlaces) {
			return Wording.targetFigure(this.value, unit, decimalPlaces);
		}

	}

	record Range(BigDecimal low, BigDecimal high) implements Target {

		public Range {
			Objects.requireNonNull(low, "A target range needs a low end");
			Objects.requireNonNull(high, "A target range needs a high end");
			if (low.compareTo(high) > 0) {
				throw new IllegalArgumentException("The low end of a target range (" + low.toPlainString()
						+ ") must not be above its high end (" + high.toPlainString() + ")");
			}
		}

		@Override
		public String describe(Unit unit, int decimalPlaces) {
			if (this.low.compareTo(this.high) == 0) {
				return Wording.targetFigure(this.low, unit, decimalPlaces);
			}
			int places = Decimals.checkDecimalPlaces(decimalPlaces);
			return unit.formatRange(this.low, Math.min(places, Decimals.naturalScale(this.low)), this.high,
					Math.min(places, Decimals.naturalScale(this.high)));
		}

	}

	/**
	 * The profiled figure for one period of a year-to-date profile (Boost's "Target 120"
	 * in Q3); the caller picks the point for the period being rated.
	 */
	record Profile(BigDecimal value, String periodLabel) implements Target {

		public Profile {
			Objects.requireNonNull(value, "A profiled target needs a value");
			if (periodLabel == null || periodLabel.isBlank()) {
				throw new IllegalArgumentException("A profiled target needs the period it is for, such as Q3 2019/20");
			}
		}

		@Override
		public String describe(Unit unit, int decimalPlaces) {
			return Wording.targetFigure(this.value, unit, decimalPlaces) + " for " + this.periodLabel;
		}

	}

	/**
	 * A total to reach over several years (Rosebud's 150 investments, July 2019 to June
	 * 2024), compared with the cumulative achievement since {@code from}.
	 */
	record MultiYearTotal(BigDecimal total, LocalDate from, LocalDate to) implements Target {

		public MultiYearTotal {
			Objects.requireNonNull(total, "A multi-year target needs a total");
			Objects.requireNonNull(from, "A multi-year target needs the date it runs from");
			Objects.requireNonNull(to, "A multi-year target needs the date it runs to");
			if (from.isAfter(to)) {
				throw new IllegalArgumentException("A multi-year target cannot end (" + Wording.DATE.format(to)
						+ ") before it starts (" + Wording.DATE.format(from) + ")");
			}
		}

		@Override
		public String describe(Unit unit, int decimalPlaces) {
			return Wording.targetFigure(this.total, unit, decimalPlaces) + " by " + Wording.DATE.format(this.to);
		}

	}

	/**
	 * A benchmark position to reach or keep: "Maintain Quartile 2". 1 is the top
	 * quartile.
	 */
	record Quartile(int quartile) implements Target {

		public Quartile {
			if (quartile < 1 || quartile > 4) {
				throw new IllegalArgumentException("A quartile is 1 (top) to 4 (bottom), not " + quartile);
			}
		}

		@Override
		public String describe(Unit unit, int decimalPlaces) {
			return (this.quartile == 1) ? "quartile 1" : "quartile " + this.quartile + " or better";
		}

	}

}
