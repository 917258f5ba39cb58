package uk.beacon.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.beacon.period.Period;

/**
 * One statement for each comparator of an indicator, for the figure looked at: each
 * published benchmark's latest period up to the figure's, and the council's place in each
 * comparator group, saying which quartile a quartile target is rated by. Worked out from
 * the same inputs as the rating, so that a page never says "quartile 3" of a group and
 * "no benchmark quartile" at once.
 */
final class BenchmarkStatements {

	private BenchmarkStatements() {
	}

	/**
	 * @param latest the figure looked at, {@code null} when there is none
	 * @param series the figures up to it, for the council's own figure in a benchmark's
	 * period
	 * @param benchmarks every published benchmark of the indicator
	 * @param groups the council's place in each comparator group, latest period first
	 * @param groupValues every comparator group value of the indicator
	 */
	static List<BenchmarkStatement> of(Indicator indicator, Performance latest, IndicatorSeries series,
			List<Benchmark> benchmarks, List<IndicatorAnalysis.GroupPosition> groups,
			List<ComparatorValue> groupValues) {
		Period upTo = (latest != null) ? latest.measurement().dataPeriod() : null;
		Map<BenchmarkComparator, Benchmark> latestOfEach = new EnumMap<>(BenchmarkComparator.class);
		benchmarks.stream()
			.filter(b -> upTo == null || !b.dataPeriod().end().isAfter(upTo.end()))
			.sorted(Comparator.comparing((Benchmark b) -> b.dataPeriod().end()))
			.forEach(b -> latestOfEach.put(b.comparator(), b));
		String rater = rater(indicator, latest, benchmarks, groupValues).orElse(null);
		List<BenchmarkStatement> statements = new ArrayList<>();
		latestOfEach.forEach((comparator, b) -> statements.add(new BenchmarkStatement(comparator.label(), false,
				b.dataPeriod().label(), published(indicator, b, series), comparator.name().equals(rater))));
		for (IndicatorAnalysis.GroupPosition g : groups) {
			statements.add(new BenchmarkStatement(g.groupName(), true, g.period(),
					Character.toUpperCase(g.explanation().charAt(0)) + g.explanation().substring(1),
					("group:" + g.groupCode()).equals(rater) && upTo != null && g.period().equals(upTo.label())));
		}
		return List.copyOf(statements);
	}

	/**
	 * What the figure's quartile target is rated by, as the evaluator chooses it: the
	 * published benchmark's comparator, "group:" and a group's code, or nothing.
	 */
	private static Optional<String> rater(Indicator indicator, Performance latest, List<Benchmark> benchmarks,
			List<ComparatorValue> groupValues) {
		if (latest == null || latest.value() == null || latest.target() == null
				|| !(latest.target().target() instanceof Target.Quartile)) {
			return Optional.empty();
		}
		Period period = latest.measurement().dataPeriod();
		Optional<Benchmark> published = PerformanceEvaluator
			.publishedQuartile(benchmarks.stream().filter(b -> b.dataPeriod().equals(period)).toList());
		if (published.isPresent()) {
			return Optional.of(published.get().comparator().name());
		}
		return ComparatorGroupPlaces
			.forRating(latest.indicator().polarity(), latest.value().doubleValue(), period, groupValues)
			.map(p -> "group:" + p.groupCode());
	}

	// "National (England), 2024/25: 64%, against the council's 61%; the council ranked
	// 120 of 152, in quartile 4 (quartile 1 is the best). Source: LAIT."
	private static String published(Indicator indicator, Benchmark b, IndicatorSeries series) {
		StringBuilder text = new StringBuilder();
		if (b.value() != null) {
			text.append(indicator.format(b.value()));
			councilsFigure(indicator, b.dataPeriod(), series)
				.ifPresent(own -> text.append(", against the council's ").append(own));
		}
		List<String> place = new ArrayList<>();
		if (b.rank() != null) {
			place.add("ranked " + b.rank() + ((b.rankOf() != null) ? " of " + b.rankOf() : ""));
		}
		if (b.quartile() != null) {
			place.add("in quartile " + b.quartile() + " (quartile 1 is the best)");
		}
		if (!place.isEmpty()) {
			text.append((text.length() > 0) ? "; the council " : "The council ").append(String.join(", ", place));
		}
		if (text.length() == 0) {
			text.append("Recorded with no figure, rank or quartile");
		}
		text.append('.');
		if (b.source() != null && !b.source().isBlank()) {
			text.append(" Source: ").append(b.source().trim()).append(b.source().trim().endsWith(".") ? "" : ".");
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static Optional<String> councilsFigure(Indicator indicator, Period period, IndicatorSeries series) {
		return series.points()
			.stream()
			.filter(p -> p.measurement().dataPeriod().equals(period))
			.map(Performance::value)
			.filter(java.util.Objects::nonNull)
			.reduce((first, second) -> second)
			.map((BigDecimal v) -> indicator.format(v));
	}

}
