package uk.beacon.analytics.chart;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * What a stacked bar chart shows: for each thing compared (a directorate), how many fall
 * in each of a few kinds (the statuses), each kind with a colour, a name and a short mark
 * written on its part of the bar.
 *
 * @param title the chart's title
 * @param bars the names of the bars, top first
 * @param kinds the parts of each bar, in the order they are stacked
 * @param counts for each bar, the count of each kind, in the order of {@code kinds}
 * @param counted what is counted, in the plural, for the text alternative: "indicators"
 */
public record StackedBarData(String title, List<String> bars, List<Kind> kinds, List<List<Long>> counts,
		String counted) {

	/**
	 * A part of every bar.
	 *
	 * @param name as the key and the table name it: "Green"
	 * @param mark written on the part beside its count where it fits: "G"
	 * @param fill its colour; the parts are outlined, so any colour can be told from the
	 * page, and a dark mark must be readable on it
	 */
	public record Kind(String name, String mark, Color fill) {

		public Kind {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(mark, "mark");
			Objects.requireNonNull(fill, "fill");
		}

	}

	public StackedBarData {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(counted, "counted");
		bars = List.copyOf(bars);
		kinds = List.copyOf(kinds);
		counts = counts.stream().map(List::copyOf).toList();
		if (counts.size() != bars.size()) {
			throw new IllegalArgumentException(
					"There are " + bars.size() + " bars but counts for " + counts.size() + " of them");
		}
		for (List<Long> bar : counts) {
			if (bar.size() != kinds.size()) {
				throw new IllegalArgumentException(
						"A bar has " + bar.size() + " counts but there are " + kinds.size() + " kinds");
			}
			if (bar.stream().anyMatch(c -> c == null || c < 0)) {
				throw new IllegalArgumentException("Counts are whole numbers, none below zero");
			}
		}
	}

}
