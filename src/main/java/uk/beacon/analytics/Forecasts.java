package uk.beacon.analytics;

import java.util.List;
import java.util.Objects;

/**
 * Year-end forecasts. A cumulative figure (library visits so far this year) is scaled up
 * pro rata; a snapshot measure (a percentage as at the quarter end) follows its recent
 * straight-line trend. Both say how they were made, because a forecast an officer cannot
 * explain to members is no use in a cabinet report.
 */
public final class Forecasts {

	/**
	 * A trend through fewer points is mostly noise: with three quarters, one odd quarter
	 * swings the year end wildly.
	 */
	public static final int MINIMUM_TREND_POINTS = 4;

	private static final String REACH = "Forecast to reach ";

	private Forecasts() {
	}

	/**
	 * Projects a cumulative year-to-date figure to the year end. With a profile (the
	 * share of the annual total expected by now, 0 to 1, e.g. 0.70 when most library
	 * visits happen in summer) the projection is {@code yearToDate / profiledShareByNow}:
	 * the rest of the year is assumed to follow the profile. Without one it is
	 * {@code yearToDate / yearFractionElapsed}: the rest of the year is assumed to go at
	 * the same pace. A share of 0 (nothing expected yet, or the year not begun) gives
	 * {@link ForecastMethod#NOT_ENOUGH_DATA}.
	 */
	public static Forecast cumulative(double yearToDate, double yearFractionElapsed, Double profiledShareByNow,
			Double annualTarget, Improvement improvement) {
		return cumulative(yearToDate, yearFractionElapsed, profiledShareByNow, annualTarget, improvement, Scale.NONE);
	}

	/**
	 * Extends the least-squares straight line through {@code values} (one a period,
	 * oldest first, the last being the latest period; null for a period with no value) by
	 * {@code periodsToYearEnd} periods. All the values given are used: the caller chooses
	 * how recent. Needs {@link #MINIMUM_TREND_POINTS} values.
	 */
	public static Forecast linear(List<Double> values, int periodsToYearEnd, Double target, Improvement improvement) {
		return linear(values, periodsToYearEnd, target, improvement, MINIMUM_TREND_POINTS);
	}

	/**
	 * As {@link #linear(List, int, Double, Improvement)}, with a different minimum number
	 * of values (at least 2, which is all a straight line needs).
	 */
	public static Forecast linear(List<Double> values, int periodsToYearEnd, Double target, Improvement improvement,
			int minimumPoints) {
		return linear(values, periodsToYearEnd, target, improvement, minimumPoints, Scale.NONE);
	}

	/**
	 * The year's last period has its figure, so the year end is known: the forecast is
	 * that figure, never a trend's estimate beside it.
	 */
	public static Forecast yearEnd(double figure, Double target, Improvement improvement, Scale scale) {
		FigureChecks.finite(figure, "the year-end figure");
		FigureChecks.target(target);
		Objects.requireNonNull(improvement, "improvement must not be null");
		return ForecastVerdict.of(figure, UkFigures.decimalsOf(figure), target, improvement,
				ForecastMethod.YEAR_END_FIGURE, "The year ends at ",
				" (" + ForecastMethod.YEAR_END_FIGURE.describe() + ")", scale);
	}

	/**
	 * As {@link #cumulative(double, double, Double, Double, Improvement)}, written in the
	 * indicator's unit and held within what it allows (a year-to-date percentage scaled
	 * up never passes 100).
	 */
	public static Forecast cumulative(double yearToDate, double yearFractionElapsed, Double profiledShareByNow,
			Double annualTarget, Improvement improvement, Scale scale) {
		FigureChecks.finite(yearToDate, "the year-to-date figure");
		FigureChecks.share(yearFractionElapsed, "the share of the year elapsed");
		FigureChecks.target(annualTarget);
		Objects.requireNonNull(improvement, "improvement must not be null");
		Objects.requireNonNull(scale, "scale must not be null");
		ForecastMethod method;
		double projected;
		String how;
		if (profiledShareByNow != null) {
			double share = FigureChecks.share(profiledShareByNow, "the profiled share of the annual total");
			if (share == 0) {
				return notEnoughData(annualTarget, "the profile expects none of the annual total by now");
			}
			method = ForecastMethod.PRO_RATA_PROFILE;
			projected = yearToDate / share;
			how = method.describe() + ", which expects " + UkFigures.percent(share) + " of the year's total by now";
		}
		else {
			if (yearFractionElapsed == 0) {
				return notEnoughData(annualTarget, "none of the year has passed yet");
			}
			method = ForecastMethod.PRO_RATA_YEAR;
			projected = yearToDate / yearFractionElapsed;
			how = method.describe();
		}
		return ForecastVerdict.of(scale.hold(projected), UkFigures.decimalsOf(yearToDate), annualTarget, improvement,
				method, REACH, " by year end (" + how + held(projected, scale) + ")", scale);
	}

	/**
	 * As {@link #linear(List, int, Double, Improvement, int)}, within what the unit
	 * allows: a percentage that cannot pass 100, a count that cannot fall below 0. A
	 * trend that runs past a bound is held at it, and the sentence says so.
	 */
	public static Forecast linear(List<Double> values, int periodsToYearEnd, Double target, Improvement improvement,
			int minimumPoints, Scale scale) {
		checkArguments(values, periodsToYearEnd, target, improvement, scale);
		if (minimumPoints < 2) {
			throw new IllegalArgumentException("A trend needs at least 2 values, not " + minimumPoints);
		}
		StraightLine trend = StraightLine.fit(values);
		if (trend.count() < minimumPoints) {
			return notEnoughData(target, "a trend needs at least " + minimumPoints + " values and there "
					+ ((trend.count() == 1) ? "is 1" : "are " + trend.count()));
		}
		double projected = trend.at(values.size() - 1 + periodsToYearEnd);
		return ForecastVerdict.of(scale.hold(projected), trend.decimals(), target, improvement,
				ForecastMethod.LINEAR_TREND, "Forecast to be ",
				" at year end (" + trendWording(trend, values.size(), periodsToYearEnd) + held(projected, scale) + ")",
				scale);
	}

	/**
	 * A year-to-date rate, such as the percentage of requests answered in time so far
	 * this year: a rate of the year so far rather than a total that builds up, so it is
	 * not scaled up pro rata. The straight line through this year's figures alone is
	 * extended to the year end (the figure starts again each April, so last year's say
	 * nothing about this year's line), held within the unit. {@code values} are this
	 * year's periods, oldest first, the first being the year's first period, null where
	 * none was reported. Two figures are enough, as a year of quarters has at most three
	 * before its last.
	 */
	public static Forecast yearToDateTrend(List<Double> values, int periodsToYearEnd, Double target,
			Improvement improvement, Scale scale) {
		checkArguments(values, periodsToYearEnd, target, improvement, scale);
		StraightLine trend = StraightLine.fit(values);
		if (trend.count() < 2) {
			return notEnoughData(target, "a year-to-date figure starts again each April, and a trend needs at least "
					+ "2 of this year's figures; there " + ((trend.count() == 1) ? "is 1" : "are none"));
		}
		double projected = trend.at(values.size() - 1 + periodsToYearEnd);
		String extended = switch (periodsToYearEnd) {
			case 0 -> "";
			case 1 -> ", extended 1 period";
			default -> ", extended " + periodsToYearEnd + " periods";
		};
		return ForecastVerdict.of(scale.hold(projected), trend.decimals(), target, improvement,
				ForecastMethod.YEAR_TO_DATE_TREND, "Forecast to be ",
				" at year end (straight-line trend of this year's " + trend.count() + " year-to-date figures" + extended
						+ held(projected, scale) + ")",
				scale);
	}

	/** What the sentence adds when the projection passed a bound of its unit. */
	private static String held(double projected, Scale scale) {
		return scale.holds(projected) ? ""
				: ", held at " + scale.write(scale.hold(projected)) + ", as far as a figure in its unit can go";
	}

	/**
	 * How a figure in an indicator's unit is written ("82.4%", "£1,200", "9 days") and
	 * what it can be: the lowest and highest, each {@code null} for no bound.
	 *
	 * @param lowest the lowest figure the unit allows, or {@code null}
	 * @param highest the highest, or {@code null}
	 * @param writer writes a figure to so many decimal places, with its unit
	 */
	public record Scale(Double lowest, Double highest, Writer writer) {

		/** Plain figures, unbounded. */
		public static final Scale NONE = new Scale(null, null, UkFigures::format);

		public Scale {
			Objects.requireNonNull(writer, "writer must not be null");
		}

		boolean holds(double figure) {
			return (this.lowest == null || figure >= this.lowest) && (this.highest == null || figure <= this.highest);
		}

		double hold(double figure) {
			double held = (this.lowest != null) ? Math.max(this.lowest, figure) : figure;
			return (this.highest != null) ? Math.min(this.highest, held) : held;
		}

		String write(double figure, int places) {
			return this.writer.write(figure, places);
		}

		/** A figure as precise as it is, as a target is written. */
		String write(double figure) {
			return (this == NONE) ? UkFigures.format(figure)
					: this.writer.write(figure, Math.min(UkFigures.decimalsOf(figure), 6));
		}

	}

	/** Writes a figure to so many decimal places, with its unit. */
	@FunctionalInterface
	public interface Writer {

		String write(double figure, int places);

	}

	private static String trendWording(StraightLine trend, int periods, int periodsToYearEnd) {
		int spanned = periods - trend.first();
		String of = (spanned == trend.count()) ? "the last " + trend.count() + " values"
				: trend.count() + " values over the last " + spanned + " periods";
		String extended = switch (periodsToYearEnd) {
			case 0 -> "";
			case 1 -> ", extended 1 period";
			default -> ", extended " + periodsToYearEnd + " periods";
		};
		return "straight-line trend of " + of + extended;
	}

	private static Forecast notEnoughData(Double target, String why) {
		return new Forecast(null, target, ForecastMethod.NOT_ENOUGH_DATA, null,
				"Not enough data to forecast the year end: " + why + ".");
	}

	private static void checkArguments(List<Double> values, int periodsToYearEnd, Double target,
			Improvement improvement, Scale scale) {
		Objects.requireNonNull(values, "values must not be null");
		Objects.requireNonNull(improvement, "improvement must not be null");
		Objects.requireNonNull(scale, "scale must not be null");
		FigureChecks.target(target);
		if (periodsToYearEnd < 0) {
			throw new IllegalArgumentException("The periods to the year end cannot be negative: " + periodsToYearEnd);
		}
	}

}
