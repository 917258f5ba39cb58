package uk.beacon.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How an indicator's latest figures are rated under its targets as they are, and how they
 * would be under a change, shown before the change is saved.
 *
 * @param rows the latest figures the change rates (reported in its span), newest first
 */
public record TargetPreview(List<Row> rows) {

	/** How many of the latest figures a preview shows. */
	static final int FIGURES = 6;

	public TargetPreview {
		rows = List.copyOf(rows);
	}

	/**
	 * One figure, rated now and with the change.
	 */
	public record Row(Performance now, Performance then) {

		public boolean changes() {
			return this.now.rule().status() != this.then.rule().status();
		}

	}

	/** How many of the figures shown change rating. */
	public long changing() {
		return this.rows.stream().filter(Row::changes).count();
	}

	/**
	 * @param history the indicator's figures
	 * @param targets its targets as they are
	 * @param proposed its targets with the change
	 */
	static TargetPreview of(Definitions definitions, List<Measurement> history, List<IndicatorTarget> targets,
			List<IndicatorTarget> proposed, List<Benchmark> benchmarks, List<ComparatorValue> groups,
			IndicatorTarget change) {
		List<Measurement> latest = history.stream()
			.filter(Measurement::hasFigure)
			// the figures the changed target rates: those reported in its span
			.filter(m -> change.appliesTo(m.reportingPeriod()))
			.sorted(Comparator.comparing((Measurement m) -> m.reportingPeriod().start())
				.thenComparing(m -> m.dataPeriod().end())
				.reversed())
			.limit(FIGURES)
			.toList();
		List<Row> rows = new ArrayList<>();
		for (Measurement m : latest) {
			rows.add(new Row(
					PerformanceEvaluator.evaluate(definitions, m, history, targets, benchmarks, groups,
							m.reportingPeriod()),
					PerformanceEvaluator.evaluate(definitions, m, history, proposed, benchmarks, groups,
							m.reportingPeriod())));
		}
		return new TargetPreview(rows);
	}

}
