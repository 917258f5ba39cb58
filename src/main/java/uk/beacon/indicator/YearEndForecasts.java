package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.beacon.analytics.Forecast;
import uk.beacon.analytics.Forecasts;
import uk.beacon.analytics.Improvement;
import uk.beacon.period.FinancialYear;
import uk.beacon.period.Period;
import uk.beacon.period.PeriodKind;

/**
 * Chooses how an indicator's year end is forecast, from its figures, its unit and whether
 * they are year-to-date totals, so that a forecast never contradicts a figure, never
 * leaves what its unit allows and is written in that unit:
 * <ul>
 * <li>once the year's last period has its figure, the year end is that figure;</li>
 * <li>with a year-to-date profile, the figure is scaled up by the share the profile
 * expects by now;</li>
 * <li>a year-to-date percentage, a rate of the year so far, follows the straight line
 * through this year's figures only, since it starts again each April;</li>
 * <li>another year-to-date figure is scaled up by the share of the year passed;</li>
 * <li>a snapshot of quarters or months follows the straight line through its last eight
 * periods.</li>
 * </ul>
 */
final class YearEndForecasts {

	/** How many of the latest periods a snapshot's trend is drawn through. */
	static final int TREND_PERIODS = 8;

	private YearEndForecasts() {
	}

	/**
	 * A figure for a period.
	 */
	record Figure(Period period, double value) {

		Figure {
			Objects.requireNonNull(period, "period must not be null");
		}

	}

	/**
	 * @param figures the indicator's figures, periods of one kind, oldest first
	 * @param annualTarget the year's target (for a profile, its year-end figure), or
	 * {@code null}
	 * @param profiledShare the share of the year's total the profile expects by the
	 * latest period, 0 to 1, or {@code null} without a profile
	 * @return the forecast, {@code null} when there are no figures or their periods are
	 * not quarters or months and end before the year's end (an academic year, say)
	 */
	static Forecast of(List<Figure> figures, Unit unit, Accumulation accumulation, Double annualTarget,
			Double profiledShare, Improvement improvement) {
		if (figures.isEmpty()) {
			return null;
		}
		Figure latest = figures.get(figures.size() - 1);
		LocalDate end = latest.period().end();
		FinancialYear year = FinancialYear.containing(end);
		if (end.equals(year.end())) {
			// the year's last period has its figure: that is the year end
			return Forecasts.yearEnd(latest.value(), annualTarget, improvement, scale(unit, List.of(latest.value())));
		}
		double elapsed = ChronoUnit.MONTHS.between(year.start(), end.plusDays(1)) / 12.0;
		if (profiledShare != null) {
			return Forecasts.cumulative(latest.value(), elapsed, Math.min(1, profiledShare), annualTarget, improvement,
					scale(unit, List.of(latest.value())));
		}
		boolean yearToDate = accumulation == Accumulation.CUMULATIVE_YTD;
		if (yearToDate && unit != Unit.PERCENT) {
			return Forecasts.cumulative(latest.value(), elapsed, null, annualTarget, improvement,
					scale(unit, List.of(latest.value())));
		}
		long periodsLeft = periodsBetween(latest.period().kind(), end, year.end());
		if (periodsLeft < 0) {
			return null;
		}
		if (yearToDate) {
			List<Double> thisYear = withGaps(
					figures.stream().filter(f -> !f.period().start().isBefore(year.start())).toList(),
					latest.period().kind(), year.start());
			return Forecasts.yearToDateTrend(thisYear, (int) periodsLeft, annualTarget, improvement,
					scale(unit, thisYear));
		}
		List<Double> all = withGaps(figures, latest.period().kind(), figures.get(0).period().start());
		List<Double> recent = all.subList(Math.max(0, all.size() - TREND_PERIODS), all.size());
		return Forecasts.linear(recent, (int) periodsLeft, annualTarget, improvement, Forecasts.MINIMUM_TREND_POINTS,
				scale(unit, recent));
	}

	/**
	 * How a forecast writes the unit's figures ("82.4%", "£1,200", "9 days"), and what
	 * they can be: a percentage at most 100 (and at least 0 when it has never been
	 * negative, a share rather than a change); days, staff and rates never negative; a
	 * number or a sum of money never negative when it has never been (a count rather than
	 * a net change).
	 */
	static Forecasts.Scale scale(Unit unit, List<Double> values) {
		boolean neverNegative = values.stream().allMatch(v -> v == null || v >= 0);
		Forecasts.Writer writer = (figure, places) -> unit.format(BigDecimal.valueOf(figure), places);
		return switch (unit) {
			case PERCENT -> new Forecasts.Scale(neverNegative ? 0.0 : -100.0, 100.0, writer);
			case DAYS, FTE, RATE_PER_1000, RATE_PER_10000, RATE_PER_100000 -> new Forecasts.Scale(0.0, null, writer);
			case NUMBER, CURRENCY_GBP -> new Forecasts.Scale(neverNegative ? 0.0 : null, null, writer);
			case SCORE -> new Forecasts.Scale(null, null, writer);
		};
	}

	/**
	 * Periods of the kind from the one ending on {@code end} to the one ending on
	 * {@code to}.
	 */
	private static long periodsBetween(PeriodKind kind, LocalDate end, LocalDate to) {
		long months = ChronoUnit.MONTHS.between(end.plusDays(1), to.plusDays(1));
		return switch (kind) {
			case FINANCIAL_QUARTER -> months / 3;
			case MONTH -> months;
			default -> -1;
		};
	}

	/**
	 * Each period's figure from the one starting on {@code from} to the latest, null
	 * where none was reported, so that a missing period keeps its place in the line.
	 */
	private static List<Double> withGaps(List<Figure> figures, PeriodKind kind, LocalDate from) {
		int months = (kind == PeriodKind.FINANCIAL_QUARTER) ? 3 : 1;
		List<Double> values = new ArrayList<>();
		for (Figure figure : figures) {
			int place = (int) (ChronoUnit.MONTHS.between(from, figure.period().start()) / months);
			while (values.size() < place) {
				values.add(null);
			}
			if (values.size() == place) {
				values.add(figure.value());
			}
			else {
				// two figures for one place cannot be in one series; the later one stands
				values.set(place, figure.value());
			}
		}
		return values;
	}

}
