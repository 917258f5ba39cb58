package uk.beacon.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Month;
import uk.beacon.period.Period;
import uk.beacon.period.PeriodKind;

/**
 * An indicator's values as a time series, like with like: periods of the same kind as the
 * latest one reported up to the quarter looked at, measured as it was, oldest first.
 * Quarters and months are expected one after another, so the series also knows where
 * returns are missing.
 *
 * @param points the periods with a figure, oldest first
 * @param labels every expected period from the first to the last, missing ones included
 * @param withGaps the figure of each expected period, {@code null} where none was
 * reported
 */
record IndicatorSeries(List<Performance> points, List<String> labels, List<Double> withGaps) {

	static IndicatorSeries of(List<Performance> history, FinancialQuarter upTo) {
		List<Performance> reported = history.stream()
			.filter(p -> p.value() != null)
			.filter(p -> upTo == null || !p.measurement().reportingPeriod().start().isAfter(upTo.start()))
			.toList();
		if (reported.isEmpty()) {
			return new IndicatorSeries(List.of(), List.of(), List.of());
		}
		Performance last = reported.get(reported.size() - 1);
		PeriodKind kind = last.measurement().dataPeriod().kind();
		// figures measured in a way that cannot be compared with the latest (another
		// unit, frequency or accumulation, before a change of definition) are another
		// series
		Measure measure = Measure.of(last.indicator());
		List<Performance> points = reported.stream()
			.filter(p -> p.measurement().dataPeriod().kind() == kind)
			.filter(p -> Measure.of(p.indicator()).comparableWith(measure))
			.sorted(Comparator.comparing((Performance p) -> p.measurement().dataPeriod().end()))
			.toList();
		List<String> labels = new ArrayList<>();
		List<Double> withGaps = new ArrayList<>();
		Period expected = null;
		for (Performance p : points) {
			Period period = p.measurement().dataPeriod();
			while (expected != null && expected.end().isBefore(period.start()) && labels.size() < 1000) {
				labels.add(expected.label());
				withGaps.add(null);
				expected = next(expected);
			}
			labels.add(period.label());
			withGaps.add(p.value().doubleValue());
			expected = next(period);
		}
		return new IndicatorSeries(points, labels, withGaps);
	}

	/**
	 * The series from its {@code count}th last point on, the periods missing between them
	 * kept.
	 */
	IndicatorSeries last(int count) {
		if (this.points.size() <= count) {
			return this;
		}
		List<Performance> kept = this.points.subList(this.points.size() - count, this.points.size());
		int from = this.labels.indexOf(kept.get(0).measurement().dataPeriod().label());
		return new IndicatorSeries(List.copyOf(kept), List.copyOf(this.labels.subList(from, this.labels.size())),
				new ArrayList<>(this.withGaps.subList(from, this.withGaps.size())));
	}

	boolean isEmpty() {
		return this.points.isEmpty();
	}

	Performance latest() {
		return this.points.get(this.points.size() - 1);
	}

	List<Double> values() {
		return this.points.stream().map(p -> p.value().doubleValue()).toList();
	}

	List<String> pointLabels() {
		return this.points.stream().map(p -> p.measurement().dataPeriod().label()).toList();
	}

	private static Period next(Period period) {
		if (period instanceof FinancialQuarter quarter) {
			return quarter.plusQuarters(1);
		}
		if (period instanceof Month month) {
			return new Month(month.yearMonth().plusMonths(1));
		}
		return null;
	}

}
