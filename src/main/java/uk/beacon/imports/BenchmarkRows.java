package uk.beacon.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Benchmark;
import uk.beacon.indicator.BenchmarkComparator;
import uk.beacon.period.Period;

/**
 * Reads benchmarks.csv.
 */
final class BenchmarkRows {

	/** A benchmark and its indicator's code, resolved when saved. */
	record Draft(String indicatorCode, Benchmark benchmark, int row) {
	}

	private BenchmarkRows() {
	}

	static List<Draft> read(CsvTable table, ImportContext context) {
		List<Draft> drafts = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CsvRow row : table.rows()) {
			String code = row.required("indicator_code");
			Period period = row.period("data_period");
			if (row.text("data_period") == null) {
				row.required("data_period");
			}
			BenchmarkComparator comparator = row.choice("comparator", BenchmarkComparator.class);
			if (row.text("comparator") == null) {
				row.required("comparator");
			}
			BigDecimal value = row.decimal("value");
			Integer rank = row.integer("rank", 1, 10_000);
			Integer rankOf = row.integer("rank_of", 1, 10_000);
			Integer quartile = row.integer("quartile", 1, 4);
			if (code != null && context.indicator(code).isEmpty()) {
				row.problem("indicator_code",
						"no indicator has the code \"" + code + "\"; define it in indicators.csv first.");
				continue;
			}
			if (!context.checkVisible(row, "indicator_code", code)) {
				continue;
			}
			if (code != null && !context.checkIndicatorScope(row, code, "record benchmarks for",
					IndicatorManagement.keepers())) {
				continue;
			}
			if (rank != null && rankOf != null && rank > rankOf) {
				row.problem("rank/rank_of", "rank " + rank + " cannot be more than the " + rankOf + " ranked.");
				continue;
			}
			if (code == null || period == null || comparator == null) {
				continue;
			}
			Integer earlier = seen.putIfAbsent(code + "|" + period.key() + "|" + comparator, row.number());
			if (earlier != null) {
				row.problem("comparator", "duplicate: row " + earlier + " already has the " + comparator.label()
						+ " benchmark of " + code + " for " + period.label() + ".");
				continue;
			}
			drafts.add(new Draft(code, new Benchmark(null, 0, period, comparator, value, rank, rankOf, quartile,
					row.text("source"), row.text("note")), row.number()));
		}
		return drafts;
	}

}
