package uk.beacon.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.beacon.period.FinancialQuarter;

/**
 * Works out how an indicator stood in a reporting period from its whole history. A plain
 * function: the same history always gives the same answer.
 */
public final class PerformanceEvaluator {

	private static final Comparator<Measurement> REPORTED_ORDER = Comparator
		.comparing((Measurement m) -> m.reportingPeriod().start())
		.thenComparing(m -> m.dataPeriod().end());

	private PerformanceEvaluator() {
	}

	public static Performance evaluate(Indicator indicator, List<Measurement> history, List<IndicatorTarget> targets,
			List<Benchmark> benchmarks, FinancialQuarter period) {
		return evaluate(Definitions.only(indicator), history, targets, benchmarks, period);
	}

	/**
	 * How the indicator stood in {@code period}, its latest figure rated under the
	 * definition in force when it was reported.
	 */
	public static Performance evaluate(Definitions definitions, List<Measurement> history,
			List<IndicatorTarget> targets, List<Benchmark> benchmarks, FinancialQuarter period) {
		return evaluate(definitions, history, targets, benchmarks, List.of(), period);
	}

	/**
	 * How the indicator stood in {@code period}, a quartile target with no published
	 * quartile rated from its comparator groups.
	 */
	public static Performance evaluate(Definitions definitions, List<Measurement> history,
			List<IndicatorTarget> targets, List<Benchmark> benchmarks, List<ComparatorValue> groups,
			FinancialQuarter period) {
		Optional<Measurement> latest = history.stream()
			.filter(m -> !m.reportingPeriod().start().isAfter(period.start()))
			.max(REPORTED_ORDER);
		if (latest.isEmpty()) {
			StatusAssessment none = new StatusAssessment(Status.NO_DATA,
					"No data: nothing has been reported up to " + period.label() + ".");
			return new Performance(definitions.inForce(period), period, null, null, targetFor(targets, period), none,
					Status.NO_DATA, null, new DirectionAssessment(DirectionOfTravel.NOT_APPLICABLE,
							"Not applicable: there is no value to compare."),
					false, List.of());
		}
		return evaluate(definitions, latest.get(), new FigureIndex(history), targets, benchmarks, groups, period);
	}

	/**
	 * Evaluates one measurement as it stood when {@code period} was reported.
	 */
	public static Performance evaluate(Indicator indicator, Measurement measurement, List<Measurement> history,
			List<IndicatorTarget> targets, List<Benchmark> benchmarks, FinancialQuarter period) {
		return evaluate(Definitions.only(indicator), measurement, history, targets, benchmarks, period);
	}

	/**
	 * Evaluates one measurement as it stood when {@code period} was reported, under the
	 * definition in force when it was reported.
	 */
	public static Performance evaluate(Definitions definitions, Measurement measurement, List<Measurement> history,
			List<IndicatorTarget> targets, List<Benchmark> benchmarks, FinancialQuarter period) {
		return evaluate(definitions, measurement, history, targets, benchmarks, List.of(), period);
	}

	/**
	 * Evaluates one measurement as it stood when {@code period} was reported, a quartile
	 * target with no published quartile rated from its comparator groups.
	 */
	public static Performance evaluate(Definitions definitions, Measurement measurement, List<Measurement> history,
			List<IndicatorTarget> targets, List<Benchmark> benchmarks, List<ComparatorValue> groups,
			FinancialQuarter period) {
		return evaluate(definitions, measurement, new FigureIndex(history), targets, benchmarks, groups, period);
	}

	/**
	 * Evaluates every measurement of a history, each as it stood when it was reported,
	 * indexing the history once.
	 */
	static List<Performance> evaluateEach(Definitions definitions, List<Measurement> history,
			List<IndicatorTarget> targets, List<Benchmark> benchmarks, List<ComparatorValue> groups) {
		FigureIndex index = new FigureIndex(history);
		return history.stream()
			.map(m -> evaluate(definitions, m, index, targets, benchmarks, groups, m.reportingPeriod()))
			.toList();
	}

	private static Performance evaluate(Definitions definitions, Measurement measurement, FigureIndex history,
			List<IndicatorTarget> targets, List<Benchmark> benchmarks, List<ComparatorValue> groups,
			FinancialQuarter period) {
		Indicator indicator = definitions.inForce(measurement.reportingPeriod());
		IndicatorTarget target = targetFor(targets, measurement.reportingPeriod());
		BigDecimal value = measurement.valueIn(indicator.unit());
		List<Benchmark> comparators = benchmarks.stream()
			.filter(b -> b.dataPeriod().equals(measurement.dataPeriod()))
			.toList();
		StatusAssessment rule = ruleStatus(indicator, measurement, value, target, comparators, groups);
		StatusOverride override = measurement.override();
		Status assessed = (override != null) ? override.status() : rule.status();
		DirectionAssessment direction = direction(definitions, indicator, measurement, value, history, target);
		return new Performance(indicator, period, measurement, value, target, rule, assessed,
				(override != null) ? override.reason() : null, direction, measurement.reportingPeriod().equals(period),
				comparators);
	}

	static IndicatorTarget targetFor(List<IndicatorTarget> targets, FinancialQuarter reportingPeriod) {
		return targets.stream().filter(t -> t.appliesTo(reportingPeriod)).findFirst().orElse(null);
	}

	private static StatusAssessment ruleStatus(Indicator indicator, Measurement measurement, BigDecimal value,
			IndicatorTarget target, List<Benchmark> comparators, List<ComparatorValue> groups) {
		if (value == null) {
			return new StatusAssessment(Status.NO_DATA, "No data: no figure was recorded for "
					+ measurement.dataPeriod().label() + ", so the rule cannot rate it.");
		}
		BigDecimal yearFraction = null;
		if (indicator.accumulation() == Accumulation.CUMULATIVE_YTD) {
			// whole months from 1 April to the end of the data period: October is 7/12,
			// not 9/12
			java.time.LocalDate end = measurement.dataPeriod().end();
			long months = java.time.temporal.ChronoUnit.MONTHS
				.between(uk.beacon.period.FinancialYear.containing(end).start(), end.plusDays(1));
			yearFraction = BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
		}
		Integer quartile = publishedQuartile(comparators).map(Benchmark::quartile).orElse(null);
		Target shape = (target != null) ? target.target() : new Target.None();
		RagRule rule = (target != null) ? target.rule() : RagRule.none();
		// with no published quartile, the council's place in its comparator group
		ComparatorGroupPlaces.Place place = (quartile == null && shape instanceof Target.Quartile)
				? ComparatorGroupPlaces
					.forRating(indicator.polarity(), value.doubleValue(), measurement.dataPeriod(), groups)
					.orElse(null)
				: null;
		return StatusRule.evaluate(new StatusInput(value, indicator.unit(), indicator.decimalPlaces(),
				indicator.polarity(), shape, rule, measurement.dataPeriod().end(), yearFraction,
				(place != null) ? Integer.valueOf(place.position().quartile()) : quartile,
				(place != null) ? place.ratingSource() : null));
	}

	/**
	 * The published benchmark whose quartile a quartile target is rated by: national
	 * first, then regional, then statistical neighbours.
	 * @param comparators the benchmarks of the figure's data period
	 */
	static Optional<Benchmark> publishedQuartile(List<Benchmark> comparators) {
		return comparators.stream().filter(b -> b.quartile() != null).min(Comparator.comparing(Benchmark::comparator));
	}

	private static DirectionAssessment direction(Definitions definitions, Indicator indicator, Measurement current,
			BigDecimal value, FigureIndex history, IndicatorTarget target) {
		Optional<Measurement> earlier = history.earlierComparable(indicator, current);
		FinancialQuarter changed = earlier
			.map(m -> definitions.breakBetween(m.reportingPeriod(), current.reportingPeriod()))
			.orElse(null);
		if (changed != null && value != null) {
			return new DirectionAssessment(DirectionOfTravel.NOT_APPLICABLE,
					"Not applicable: the indicator has been measured differently since " + changed.label() + ", so "
							+ current.dataPeriod().label() + " is not compared with "
							+ earlier.get().dataPeriod().label() + ".");
		}
		Target shape = (target != null) ? target.target() : new Target.None();
		return DirectionRule.compare(value, earlier.map(m -> m.valueIn(indicator.unit())).orElse(null),
				earlier.map(m -> m.dataPeriod().label()).orElse(null), indicator.polarity(), shape, indicator.unit(),
				indicator.decimalPlaces());
	}

}
