package uk.beacon.analytics.chart;

import java.util.List;
import java.util.Objects;
import java.util.stream.DoubleStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A statistical process control chart: the values as a grey line, the mean as a solid
 * line and the control limits as dashed lines across the chart. Special cause points
 * stand out by colour and shape: improvements as blue circles, concerns as orange
 * diamonds, special causes with no direction as purple squares.
 */
public final class ControlChart {

	private ControlChart() {
	}

	/**
	 * Draws the chart with ids made from its content: two identical charts on one page
	 * need {@link #render(ControlChartData, String)} with ids of their own.
	 */
	public static Chart render(ControlChartData data) {
		ControlSummary summary = new ControlSummary(Objects.requireNonNull(data, "data"));
		String idPrefix = SvgDocument.idPrefixFor("control", data.title(), data.periodLabels(), data.values(),
				data.mean(), data.lowerLimit(), data.upperLimit(), data.specialCause(), data.improvement(),
				data.target(), data.baselinePoints(), summary.textAlternative(), summary.rows());
		return draw(data, idPrefix, summary);
	}

	/**
	 * Draws the chart, starting every id in its SVG with {@code idPrefix}, such as
	 * "trend-" and the indicator's code; characters that cannot appear in an id become
	 * hyphens.
	 */
	public static Chart render(ControlChartData data, String idPrefix) {
		return draw(data, idPrefix, new ControlSummary(Objects.requireNonNull(data, "data")));
	}

	private static Chart draw(ControlChartData data, String idPrefix, ControlSummary summary) {
		JFreeChart chart = data.values().stream().anyMatch(Objects::nonNull) ? chart(data) : ChartStyle.empty();
		String svg = SvgDocument.write(chart, idPrefix, data.title(), summary.textAlternative());
		return new Chart(svg, data.title(), summary.textAlternative(), summary.headers(), summary.rows());
	}

	private static JFreeChart chart(ControlChartData data) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (int period = 0; period < data.periodLabels().size(); period++) {
			dataset.addValue(data.values().get(period), "values", data.periodLabels().get(period));
		}
		PointRenderer renderer = new PointRenderer(List.of("value"));
		renderer.setSeries(0, ChartStyle.COMMON_CAUSE, ChartStyle.SOLID, PointKind.COMMON_CAUSE.shape());
		for (int period = 0; period < data.periodLabels().size(); period++) {
			PointKind kind = data.kindOf(period);
			if (kind != PointKind.COMMON_CAUSE) {
				renderer.setLook(period, kind.className(), kind.shape(), kind.fill(), kind.outline());
			}
		}
		CategoryPlot plot = new CategoryPlot(dataset, Axes.periods(data.periodLabels()),
				Axes.values(data.format(), Axes.around(everyValue(data))), renderer);
		renderer.addLevel(plot, new ValueMarker(data.mean(), ChartStyle.COMMON_CAUSE, ChartStyle.THIN_SOLID), "mean");
		renderer.addLevel(plot, new ValueMarker(data.upperLimit(), ChartStyle.COMMON_CAUSE, ChartStyle.SHORT_DASHED),
				"limit upper-limit");
		renderer.addLevel(plot, new ValueMarker(data.lowerLimit(), ChartStyle.COMMON_CAUSE, ChartStyle.SHORT_DASHED),
				"limit lower-limit");
		if (data.target() != null) {
			renderer.addLevel(plot, new ValueMarker(data.target(), ChartStyle.TARGET, ChartStyle.DASHED), "target");
		}
		if (data.baselinePoints() != null && data.baselinePoints() < data.periodLabels().size()) {
			plot.addAnnotation(new BaselineEnd(data.baselinePoints() - 1));
		}
		return ChartStyle.chart(plot, legend(data).items());
	}

	private static Legend legend(ControlChartData data) {
		Legend legend = new Legend().line("Value", ChartStyle.COMMON_CAUSE, ChartStyle.SOLID,
				PointKind.COMMON_CAUSE.shape());
		for (PointKind kind : List.of(PointKind.IMPROVEMENT, PointKind.CONCERN, PointKind.SPECIAL_CAUSE)) {
			if (shows(data, kind)) {
				legend.marker(kind.label(), kind.shape(), kind.fill(), kind.outline());
			}
		}
		legend.line("Mean", ChartStyle.COMMON_CAUSE, ChartStyle.THIN_SOLID, null);
		legend.line("Control limits", ChartStyle.COMMON_CAUSE, ChartStyle.SHORT_DASHED, null);
		if (data.target() != null) {
			legend.line("Target", ChartStyle.TARGET, ChartStyle.DASHED, null);
		}
		return legend;
	}

	private static boolean shows(ControlChartData data, PointKind kind) {
		for (int period = 0; period < data.periodLabels().size(); period++) {
			if (data.values().get(period) != null && data.kindOf(period) == kind) {
				return true;
			}
		}
		return false;
	}

	private static DoubleStream everyValue(ControlChartData data) {
		DoubleStream levels = DoubleStream.of(data.mean(), data.upperLimit(), data.lowerLimit());
		if (data.target() != null) {
			levels = DoubleStream.concat(levels, DoubleStream.of(data.target()));
		}
		return DoubleStream.concat(levels,
				data.values().stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue));
	}

}
