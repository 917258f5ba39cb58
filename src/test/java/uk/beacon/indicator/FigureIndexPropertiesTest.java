package uk.beacon.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import uk.beacon.period.AsAtDate;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.FinancialYear;
import uk.beacon.period.Month;
import uk.beacon.period.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index finds the same earlier figure as a search of the whole history does, for any
 * history: gaps, figures of several kinds, missing figures and both comparisons.
 */
class FigureIndexPropertiesTest {

	@Property
	void findsWhatASearchOfTheWholeHistoryFinds(@ForAll("histories") List<Measurement> history,
			@ForAll Comparison comparison) {
		Indicator indicator = new Indicator(1L, "T-1", "Test indicator", null, 1, Unit.NUMBER, 0,
				Polarity.HIGHER_IS_BETTER, Frequency.MONTHLY, Accumulation.SNAPSHOT, 0, comparison, null, null, null,
				true, null, 0);
		FigureIndex index = new FigureIndex(history);
		for (Measurement current : history) {
			assertThat(index.earlierComparable(indicator, current)).isEqualTo(searched(indicator, current, history));
		}
	}

	// how direction of travel searched the whole history before the index
	private static Optional<Measurement> searched(Indicator indicator, Measurement current, List<Measurement> history) {
		Period dataPeriod = current.dataPeriod();
		List<Measurement> candidates = history.stream()
			.filter(Measurement::hasFigure)
			.filter(m -> m.dataPeriod().kind() == dataPeriod.kind())
			.filter(m -> m.dataPeriod().end().isBefore(dataPeriod.start()))
			.toList();
		if (indicator.comparison() == Comparison.SAME_PERIOD_LAST_YEAR) {
			Period lastYear = dataPeriod.sameTimeLastYear();
			return candidates.stream().filter(m -> m.dataPeriod().equals(lastYear)).findFirst();
		}
		Period previous = dataPeriod.previous();
		Optional<Measurement> exact = candidates.stream().filter(m -> m.dataPeriod().equals(previous)).findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		return candidates.stream()
			.filter(m -> !m.dataPeriod().end().isBefore(dataPeriod.start().minusYears(1)))
			.max(Comparator.comparing(m -> m.dataPeriod().end()));
	}

	@Provide
	Arbitrary<List<Measurement>> histories() {
		Arbitrary<Period> periods = Arbitraries.oneOf(
				Arbitraries.integers().between(0, 47).map(i -> Month.of(2016 + i / 12, 1 + i % 12)),
				Arbitraries.integers().between(0, 15).map(i -> new FinancialQuarter(2016 + i / 4, 1 + i % 4)),
				Arbitraries.integers().between(2015, 2019).map(FinancialYear::new),
				Arbitraries.integers().between(0, 1400).map(d -> new AsAtDate(LocalDate.of(2016, 1, 1).plusDays(d))));
		Arbitrary<Measurement> measurements = Combinators
			.combine(periods, Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 4))
			.as((period, value, missing) -> new Measurement((long) value, 1, period,
					FinancialQuarter.containing(period.end()), (missing == 0) ? null : BigDecimal.valueOf(value), null,
					null, false, false, null, null,
					(missing == 0) ? new StatusOverride(Status.RED, "Officers' judgement") : null, null, 0));
		return measurements.list().ofMaxSize(30).map(ArrayList::new);
	}

}
