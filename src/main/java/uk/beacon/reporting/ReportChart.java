package uk.beacon.reporting;

import java.util.List;

import uk.beacon.analytics.chart.Chart;

/**
 * A chart as the report froze it: the SVG drawn once, its text alternative and its data
 * table, so the same chart appears in every format and in every later rendering.
 */
public record ReportChart(String svg, String title, String textAlternative, List<String> tableHeaders,
		List<List<String>> tableRows) {

	public ReportChart {
		tableHeaders = List.copyOf(tableHeaders);
		tableRows = tableRows.stream().map(List::copyOf).toList();
	}

	/**
	 * The SVG for the PDF: with an {@code alt} attribute, which the PDF renderer turns
	 * into the figure's alternative text, and drawn in the bundled Liberation Sans, which
	 * has Arial's metrics, so that the PDF embeds one font family.
	 */
	public String svgWithAlt() {
		return uk.beacon.web.PdfDocuments.svgWithAlt(this.svg, this.textAlternative);
	}

	static ReportChart of(Chart chart) {
		return new ReportChart(chart.svg(), chart.title(), chart.textAlternative(), chart.tableHeaders(),
				chart.tableRows());
	}

}
