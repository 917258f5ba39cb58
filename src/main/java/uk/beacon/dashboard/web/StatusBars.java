package uk.beacon.dashboard.web;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.beacon.analytics.chart.Chart;
import uk.beacon.analytics.chart.StackedBarChart;
import uk.beacon.analytics.chart.StackedBarData;
import uk.beacon.dashboard.StatusCounts;
import uk.beacon.dashboard.UnitDashboard;
import uk.beacon.indicator.Status;

/**
 * A dashboard's counts by status for each unit below it, as a chart of stacked bars
 * beside the table of the same counts. Each status has its colour, its name in the key
 * and its mark on the bar ("G 12"); the colours keep 4.5:1 with the dark mark.
 */
final class StatusBars {

	private static final Map<Status, StackedBarData.Kind> KINDS = Map.of(Status.GREEN,
			new StackedBarData.Kind("Green", "G", new Color(0x4fa36f)), Status.AMBER,
			new StackedBarData.Kind("Amber", "A", new Color(0xffbf47)), Status.RED,
			new StackedBarData.Kind("Red", "R", new Color(0xe8705a)), Status.NOT_RATED,
			new StackedBarData.Kind("Not rated", "NR", new Color(0xb1b4b6)), Status.NO_DATA,
			new StackedBarData.Kind("No data", "ND", Color.WHITE));

	private StatusBars() {
	}

	/**
	 * @return the chart of the units below, and of what the unit holds itself when it
	 * holds some; {@code null} when there are no units below
	 */
	static Chart of(UnitDashboard dashboard) {
		if (dashboard.children().isEmpty()) {
			return null;
		}
		List<String> bars = new ArrayList<>();
		List<List<Long>> counts = new ArrayList<>();
		for (UnitDashboard.UnitCounts child : dashboard.children()) {
			bars.add(child.unit().name());
			counts.add(counts(child.counts()));
		}
		if (dashboard.ownCounts() != null) {
			bars.add("Held by " + dashboard.unit().name() + " itself");
			counts.add(counts(dashboard.ownCounts()));
		}
		String by = dashboard.unit().kind().name().equals("COUNCIL") ? "directorate" : "service";
		return StackedBarChart.render(
				new StackedBarData("Indicators by assessed status in each " + by, bars,
						StatusCounts.order().stream().map(KINDS::get).toList(), counts, "indicators"),
				"status-bars-" + dashboard.unit().code());
	}

	private static List<Long> counts(StatusCounts counts) {
		return StatusCounts.order().stream().map(counts::of).toList();
	}

}
