package uk.beacon.analytics.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A sparkline: an indicator's recent values as a small solid blue line, the latest marked
 * with a dot, and its target as a dashed black line, with no axes or labels. Its text
 * alternative says every value and the target, as in "Last 6 quarters, Q3 2018/19 to Q4
 * 2019/20: 12, 14, 15, 13, 16, 18; target 15", and the table beside it gives each period.
 */
public final class Sparkline {

	static final int WIDTH = 120;

	static final int HEIGHT = 32;

	private Sparkline() {
	}

	/**
	 * Draws the sparkline, starting every id in its SVG with {@code idPrefix}, which must
	 * be unique on the page (a scorecard shows an indicator in more than one section).
	 */
	public static Chart render(SparklineData data, String idPrefix) {
		Objects.requireNonNull(data, "data");
		String text = textAlternative(data);
		JFreeChart chart = data.values().stream().anyMatch(Objects::nonNull) ? chart(data) : ChartStyle.empty();
		// nothing in it to read but the picture: the words are the text alternative
		chart.getPlot().setNoDataMessage(null);
		String svg = SvgDocument.write(chart, idPrefix, data.title() + ": recent values", text, WIDTH, HEIGHT);
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < data.periodLabels().size(); i++) {
			rows.add(List.of(data.periodLabels().get(i), written(data, data.values().get(i)),
					written(data, (data.targets() != null) ? data.targets().get(i) : null)));
		}
		return new Chart(svg, data.title() + ": recent values", text, List.of("Period", data.title(), "Target"), rows);
	}

	/**
	 * "Last 6 quarters, Q3 2018/19 to Q4 2019/20: 12, 14, no figure, 13, 16, 18; target
	 * 15". A target that changed is given for each period; none at all is said.
	 */
	static String textAlternative(SparklineData data) {
		int count = data.periodLabels().size();
		if (count == 0) {
			return "No values reported yet.";
		}
		String lead = (count == 1) ? "Latest of the " + data.periodsCalled() + ", " + data.periodLabels().get(0)
				: "Last " + count + " " + data.periodsCalled()
						+ Words.span(data.periodLabels()).replace(" from ", ", ");
		String values = String.join(", ", data.values().stream().map(v -> written(data, v, "no figure")).toList());
		return lead + ": " + values + "; " + targets(data) + ".";
	}

	private static String targets(SparklineData data) {
		if (!data.hasTarget()) {
			return "no target";
		}
		List<String> each = data.targets().stream().map(t -> written(data, t, "none")).toList();
		if (each.stream().distinct().count() == 1) {
			return "target " + each.get(0);
		}
		return "targets " + String.join(", ", each);
	}

	private static String written(SparklineData data, Double value) {
		return written(data, value, Words.NONE);
	}

	private static String written(SparklineData data, Double value, String none) {
		return (value != null) ? data.format().apply(value) : none;
	}

	private static JFreeChart chart(SparklineData data) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		boolean target = data.hasTarget();
		for (int period = 0; period < data.periodLabels().size(); period++) {
			String label = data.periodLabels().get(period);
			dataset.addValue(data.values().get(period), "actual", label);
			if (target) {
				dataset.addValue(data.targets().get(period), "target", label);
			}
		}
		int latest = latestWithValue(data);
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true) {

			@Override
			public boolean getItemShapeVisible(int series, int item) {
				// the latest value is marked; so is a value with no neighbour to join
				return series == 0 && (item == latest || alone(data.values(), item));
			}

		};
		renderer.setSeriesPaint(0, ChartStyle.ACTUAL);
		renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		renderer.setSeriesShape(0, ChartStyle.circle(6));
		renderer.setSeriesPaint(1, ChartStyle.TARGET);
		renderer.setSeriesStroke(1,
				new BasicStroke(1.25f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] { 4f, 3f }, 0f));
		renderer.setDefaultSeriesVisibleInLegend(false);
		CategoryAxis periods = new CategoryAxis(null);
		periods.setVisible(false);
		periods.setLowerMargin(0.04);
		periods.setUpperMargin(0.04);
		periods.setCategoryMargin(0);
		NumberAxis values = new NumberAxis(null);
		values.setVisible(false);
		values.setAutoRangeIncludesZero(false);
		values.setRange(Axes
			.around(Stream.concat(data.values().stream(), target ? data.targets().stream() : Stream.<Double>empty())
				.filter(Objects::nonNull)
				.mapToDouble(Double::doubleValue)));
		CategoryPlot plot = new CategoryPlot(dataset, periods, values, renderer);
		plot.setRangeGridlinesVisible(false);
		plot.setDomainGridlinesVisible(false);
		plot.setOutlineVisible(false);
		plot.setInsets(new RectangleInsets(3, 3, 3, 3));
		plot.setBackgroundPaint(java.awt.Color.WHITE);
		JFreeChart chart = new JFreeChart(null, ChartStyle.font(10), plot, false);
		chart.setBackgroundPaint(java.awt.Color.WHITE);
		chart.setPadding(new RectangleInsets(0, 0, 0, 0));
		return chart;
	}

	private static int latestWithValue(SparklineData data) {
		for (int i = data.values().size() - 1; i >= 0; i--) {
			if (data.values().get(i) != null) {
				return i;
			}
		}
		return -1;
	}

	private static boolean alone(List<Double> values, int item) {
		return values.get(item) != null && (item == 0 || values.get(item - 1) == null)
				&& (item == values.size() - 1 || values.get(item + 1) == null);
	}

}
