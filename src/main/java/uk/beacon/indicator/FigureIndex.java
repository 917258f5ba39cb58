package uk.beacon.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.beacon.period.Period;
import uk.beacon.period.PeriodKind;

/**
 * An indicator's figures by data period, so that what a figure is compared with is looked
 * up rather than searched for in its whole history: a page of ten years of monthly
 * figures compares 120 figures, not 120 × 120.
 */
final class FigureIndex {

	private final Map<Period, Measurement> byPeriod = new HashMap<>();

	private final Map<PeriodKind, List<Measurement>> byKindInEndOrder = new EnumMap<>(PeriodKind.class);

	FigureIndex(List<Measurement> history) {
		for (Measurement m : history) {
			if (m.hasFigure()) {
				// the first of two for the same period, as a search of the history would
				// find
				this.byPeriod.putIfAbsent(m.dataPeriod(), m);
				this.byKindInEndOrder.computeIfAbsent(m.dataPeriod().kind(), k -> new ArrayList<>()).add(m);
			}
		}
		// a stable sort keeps figures that end on the same day in history order
		this.byKindInEndOrder.values().forEach(list -> list.sort(Comparator.comparing(m -> m.dataPeriod().end())));
	}

	/**
	 * Like with like: the same period last year, or the previous period; when the
	 * previous period was not reported, the latest earlier figure of the same kind within
	 * the last year.
	 */
	Optional<Measurement> earlierComparable(Indicator indicator, Measurement current) {
		Period dataPeriod = current.dataPeriod();
		if (indicator.comparison() == Comparison.SAME_PERIOD_LAST_YEAR) {
			return endingBefore(this.byPeriod.get(dataPeriod.sameTimeLastYear()), dataPeriod);
		}
		Optional<Measurement> exact = endingBefore(this.byPeriod.get(dataPeriod.previous()), dataPeriod);
		if (exact.isPresent()) {
			return exact;
		}
		List<Measurement> sameKind = this.byKindInEndOrder.getOrDefault(dataPeriod.kind(), List.of());
		int last = lastEndingBefore(sameKind, dataPeriod.start());
		if (last < 0) {
			return Optional.empty();
		}
		LocalDate end = sameKind.get(last).dataPeriod().end();
		while (last > 0 && sameKind.get(last - 1).dataPeriod().end().equals(end)) {
			last--;
		}
		return end.isBefore(dataPeriod.start().minusYears(1)) ? Optional.empty() : Optional.of(sameKind.get(last));
	}

	private static Optional<Measurement> endingBefore(Measurement candidate, Period period) {
		return (candidate != null && candidate.dataPeriod().end().isBefore(period.start())) ? Optional.of(candidate)
				: Optional.empty();
	}

	// the index of the last figure that ends before the day, -1 when none does
	private static int lastEndingBefore(List<Measurement> inEndOrder, LocalDate day) {
		int low = 0;
		int high = inEndOrder.size() - 1;
		int found = -1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (inEndOrder.get(middle).dataPeriod().end().isBefore(day)) {
				found = middle;
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return found;
	}

}
