package uk.beacon.analytics.chart;

import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A line chart of an indicator over time: its values as a solid blue line with round
 * markers, the target as a dashed black line, the amber band as a light yellow fill with
 * the green band (where a figure is still green) over it in light green, and comparators
 * as dotted lines with markers of their own shape.
 */
public final class TrendChart {

	private TrendChart() {
	}

	/**
	 * Draws the chart with ids made from its content: two identical charts on one page
	 * need {@link #render(TrendChartData, String)} with ids of their own.
	 */
	public static Chart render(TrendChartData data) {
		TrendSummary summary = new TrendSummary(Objects.requireNonNull(data, "data"));
		String idPrefix = SvgDocument.idPrefixFor("trend", data.title(), data.periodLabels(), data.actual(),
				data.target(), data.amberLow(), data.amberHigh(), data.greenLow(), data.greenHigh(), data.comparators(),
				summary.textAlternative(), summary.rows());
		return draw(data, idPrefix, summary);
	}

	/**
	 * Draws the chart, starting every id in its SVG with {@code idPrefix}, such as
	 * "trend-" and the indicator's code; characters that cannot appear in an id become
	 * hyphens.
	 */
	public static Chart render(TrendChartData data, String idPrefix) {
		return draw(data, idPrefix, new TrendSummary(Objects.requireNonNull(data, "data")));
	}

	private static Chart draw(TrendChartData data, String idPrefix, TrendSummary summary) {
		JFreeChart chart = data.actual().hasValues() ? chart(data) : ChartStyle.empty();
		String svg = SvgDocument.write(chart, idPrefix, data.title(), summary.textAlternative());
		return new Chart(svg, data.title(), summary.textAlternative(), summary.headers(), summary.rows());
	}

	private static JFreeChart chart(TrendChartData data) {
		List<Line> lines = lines(data);
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		Legend legend = new Legend();
		for (int row = 0; row < lines.size(); row++) {
			Line line = lines.get(row);
			for (int period = 0; period < data.periodLabels().size(); period++) {
				dataset.addValue(line.series().valueAt(period), "series-" + row, data.periodLabels().get(period));
			}
			legend.line(line.series().name(), line.paint(), line.stroke(),
					line.markedOnlyWhereAlone() ? null : line.marker());
		}
		PointRenderer renderer = new PointRenderer(lines.stream().map(Line::kind).toList());
		for (int row = 0; row < lines.size(); row++) {
			Line line = lines.get(row);
			renderer.setSeries(row, line.paint(), line.stroke(), line.marker());
			if (line.markedOnlyWhereAlone()) {
				renderer.markOnlyWhereAlone(row, line.series().values());
			}
		}
		CategoryPlot plot = new CategoryPlot(dataset, Axes.periods(data.periodLabels()),
				Axes.values(data.format(), Axes.around(everyValue(data))), renderer);
		// the first series, the indicator itself, is drawn last and so on top
		plot.setRowRenderingOrder(SortOrder.DESCENDING);
		// the bands are the higher-numbered datasets, so they are drawn first, beneath
		// the
		// lines: the amber first, then the green over it
		if (data.hasGreenBand()) {
			legend.area("Green band", ChartStyle.GREEN_BAND);
			plot.setDataset(1, band(data, data.greenLow(), data.greenHigh()));
			plot.setRenderer(1, new BandRenderer(ChartStyle.GREEN_BAND, "green"));
		}
		if (data.hasAmberBand()) {
			legend.area("Amber band", ChartStyle.AMBER_BAND);
			plot.setDataset(2, band(data, data.amberLow(), data.amberHigh()));
			plot.setRenderer(2, new BandRenderer(ChartStyle.AMBER_BAND, "amber"));
		}
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
		return ChartStyle.chart(plot, legend.items());
	}

	private static List<Line> lines(TrendChartData data) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(data.actual(), "actual", ChartStyle.ACTUAL, ChartStyle.BOLD, ChartStyle.circle(8), false));
		if (data.target() != null && data.target().hasValues()) {
			lines
				.add(new Line(data.target(), "target", ChartStyle.TARGET, ChartStyle.DASHED, ChartStyle.bar(14), true));
		}
		List<Series> comparators = comparatorsWithValues(data);
		for (int i = 0; i < comparators.size(); i++) {
			lines.add(new Line(comparators.get(i), "comparator comparator-" + (i + 1), ChartStyle.comparatorColour(i),
					ChartStyle.DOTTED, ChartStyle.comparatorShape(i), false));
		}
		return lines;
	}

	private static DefaultCategoryDataset band(TrendChartData data, List<Double> low, List<Double> high) {
		DefaultCategoryDataset band = new DefaultCategoryDataset();
		for (int period = 0; period < data.periodLabels().size(); period++) {
			band.addValue(low.get(period), "low", data.periodLabels().get(period));
			band.addValue(high.get(period), "high", data.periodLabels().get(period));
		}
		return band;
	}

	static List<Series> comparatorsWithValues(TrendChartData data) {
		return data.comparators().stream().filter(Series::hasValues).toList();
	}

	private static DoubleStream everyValue(TrendChartData data) {
		Stream<List<Double>> lists = Stream.concat(
				Stream.of(data.actual().values(), (data.target() != null) ? data.target().values() : List.<Double>of(),
						(data.amberLow() != null) ? data.amberLow() : List.<Double>of(),
						(data.amberHigh() != null) ? data.amberHigh() : List.<Double>of(),
						(data.greenLow() != null) ? data.greenLow() : List.<Double>of(),
						(data.greenHigh() != null) ? data.greenHigh() : List.<Double>of()),
				data.comparators().stream().map(Series::values));
		return lists.flatMap(List::stream).filter(Objects::nonNull).mapToDouble(Double::doubleValue);
	}

	/** One line on the chart and how it is drawn. */
	private record Line(Series series, String kind, Paint paint, Stroke stroke, Shape marker,
			boolean markedOnlyWhereAlone) {
	}

}
