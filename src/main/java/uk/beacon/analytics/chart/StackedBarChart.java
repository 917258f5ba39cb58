package uk.beacon.analytics.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal stacked bars, one for each thing compared, each part outlined in black and
 * marked with its kind and count where it fits ("G 12"), with a key that names each
 * colour and its mark: no part is told from another by colour alone. The table beside it
 * gives every count.
 */
public final class StackedBarChart {

	private static final int BAR_HEIGHT = 34;

	/** A part narrower than this share of the longest bar has no room for its mark. */
	private static final double ROOM_FOR_A_MARK = 0.08;

	private StackedBarChart() {
	}

	public static Chart render(StackedBarData data, String idPrefix) {
		String text = textAlternative(data);
		JFreeChart chart = data.bars().isEmpty() ? ChartStyle.empty() : chart(data);
		int height = 90 + BAR_HEIGHT * data.bars().size();
		String svg = SvgDocument.write(chart, idPrefix, data.title(), text, ChartStyle.WIDTH, height);
		List<String> headers = new ArrayList<>();
		headers.add("");
		data.kinds().forEach(k -> headers.add(k.name()));
		List<List<String>> rows = new ArrayList<>();
		for (int bar = 0; bar < data.bars().size(); bar++) {
			List<String> row = new ArrayList<>();
			row.add(data.bars().get(bar));
			data.counts().get(bar).forEach(c -> row.add(String.valueOf(c)));
			rows.add(row);
		}
		return new Chart(svg, data.title(), text, headers, rows);
	}

	/**
	 * "Bar chart of indicators by kind. Adult Services: 12 Green, 3 Amber, 2 Red.
	 * Children's Services: none."
	 */
	static String textAlternative(StackedBarData data) {
		if (data.bars().isEmpty()) {
			return "Bar chart with nothing to show.";
		}
		StringBuilder text = new StringBuilder("Bar chart of ").append(data.counted())
			.append(", each bar split into ")
			.append(Words.list(data.kinds().stream().map(StackedBarData.Kind::name).toList()))
			.append('.');
		for (int bar = 0; bar < data.bars().size(); bar++) {
			List<String> parts = new ArrayList<>();
			for (int kind = 0; kind < data.kinds().size(); kind++) {
				long count = data.counts().get(bar).get(kind);
				if (count > 0) {
					parts.add(count + " " + data.kinds().get(kind).name());
				}
			}
			text.append(' ')
				.append(data.bars().get(bar))
				.append(": ")
				.append(parts.isEmpty() ? "none" : Words.list(parts))
				.append('.');
		}
		return text.toString();
	}

	private static JFreeChart chart(StackedBarData data) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (int bar = 0; bar < data.bars().size(); bar++) {
			for (int kind = 0; kind < data.kinds().size(); kind++) {
				dataset.addValue(data.counts().get(bar).get(kind), data.kinds().get(kind).name(), data.bars().get(bar));
			}
		}
		long longest = data.counts()
			.stream()
			.mapToLong(c -> c.stream().mapToLong(Long::longValue).sum())
			.max()
			.orElse(0);
		StackedBarRenderer renderer = new StackedBarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(true);
		renderer.setMaximumBarWidth(0.7);
		Legend legend = new Legend();
		for (int kind = 0; kind < data.kinds().size(); kind++) {
			StackedBarData.Kind k = data.kinds().get(kind);
			renderer.setSeriesPaint(kind, k.fill());
			renderer.setSeriesOutlinePaint(kind, ChartStyle.TEXT);
			renderer.setSeriesOutlineStroke(kind, new BasicStroke(1f));
			legend.block(k.name() + " (" + k.mark() + ")", k.fill(), ChartStyle.TEXT);
		}
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {

			@Override
			public String generateLabel(CategoryDataset dataset, int row, int column) {
				Number count = dataset.getValue(row, column);
				if (count == null || count.longValue() == 0 || count.doubleValue() < longest * ROOM_FOR_A_MARK) {
					return null;
				}
				return data.kinds().get(row).mark() + " " + count.longValue();
			}

		});
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(ChartStyle.font(12));
		renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER, TextAnchor.CENTER, 0));
		CategoryAxis bars = new CategoryAxis(null);
		bars.setTickLabelFont(ChartStyle.font(12));
		bars.setTickLabelPaint(ChartStyle.TEXT);
		bars.setAxisLinePaint(ChartStyle.SECONDARY_TEXT);
		bars.setMaximumCategoryLabelWidthRatio(0.3f);
		bars.setMaximumCategoryLabelLines(2);
		bars.setCategoryMargin(0.3);
		NumberAxis counts = new NumberAxis(null);
		counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		counts.setTickLabelFont(ChartStyle.font(12));
		counts.setTickLabelPaint(ChartStyle.TEXT);
		counts.setAxisLineVisible(false);
		counts.setUpperMargin(0.02);
		CategoryPlot plot = new CategoryPlot(dataset, bars, counts, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		return ChartStyle.chart(plot, legend.items());
	}

}
