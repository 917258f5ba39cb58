package uk.beacon.analytics.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart ready for a page or a report: the SVG, what it shows in words, and the table
 * that sits beside it.
 *
 * @param svg an {@code <svg>} element with {@code role="img"}, a {@code <title>} and a
 * {@code <desc>}, that scales to the width of its container
 * @param title the chart's title, for the caption or heading above it
 * @param textAlternative what the chart shows, in a sentence or two; also the SVG's
 * {@code <desc>}
 * @param tableHeaders the column headings of the data table
 * @param tableRows one row per period, each as long as the headings, "–" where there is
 * no value
 */
public record Chart(String svg, String title, String textAlternative, List<String> tableHeaders,
		List<List<String>> tableRows) {

	public Chart {
		Objects.requireNonNull(svg, "svg");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(textAlternative, "textAlternative");
		tableHeaders = List.copyOf(tableHeaders);
		tableRows = tableRows.stream().map(List::copyOf).toList();
		for (List<String> row : tableRows) {
			if (row.size() != tableHeaders.size()) {
				throw new IllegalArgumentException("A table row has " + row.size() + " cells but there are "
						+ tableHeaders.size() + " column headings");
			}
		}
	}

}
