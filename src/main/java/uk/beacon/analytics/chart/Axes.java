package uk.beacon.analytics.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.stream.DoubleStream;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/** The period axis along the bottom and the value axis up the side. */
final class Axes {

	private Axes() {
	}

	static CategoryAxis periods(List<String> labels) {
		CategoryAxis axis = new PeriodAxis(labels);
		axis.setTickLabelFont(ChartStyle.font(12));
		axis.setTickLabelPaint(ChartStyle.TEXT);
		axis.setAxisLinePaint(ChartStyle.SECONDARY_TEXT);
		axis.setTickMarkPaint(ChartStyle.SECONDARY_TEXT);
		axis.setTickMarksVisible(true);
		axis.setLowerMargin(0.02);
		axis.setUpperMargin(0.02);
		axis.setCategoryMargin(0);
		axis.setMaximumCategoryLabelWidthRatio(1f);
		return axis;
	}

	static NumberAxis values(DoubleFunction<String> format, Range range) {
		NumberAxis axis = new NumberAxis(null);
		axis.setNumberFormatOverride(new ValueFormat(format));
		axis.setStandardTickUnits(new ValueTicks(format));
		axis.setAutoRangeIncludesZero(false);
		axis.setRange(range);
		axis.setTickLabelFont(ChartStyle.font(12));
		axis.setTickLabelPaint(ChartStyle.TEXT);
		axis.setAxisLineVisible(false);
		axis.setTickMarksVisible(false);
		return axis;
	}

	/**
	 * The range that shows every value with a little room above and below; it does not
	 * dip below zero when no value does.
	 */
	static Range around(DoubleStream values) {
		double[] all = values.filter(Double::isFinite).toArray();
		if (all.length == 0) {
			return new Range(0, 1);
		}
		double min = DoubleStream.of(all).min().getAsDouble();
		double max = DoubleStream.of(all).max().getAsDouble();
		double room = (max > min) ? (max - min) * 0.1 : Math.max(Math.abs(max) * 0.1, 1);
		double lower = min - room;
		if (min >= 0 && lower < 0) {
			lower = 0;
		}
		return new Range(lower, max + room);
	}

	/**
	 * Period labels that always sit level, which reads better than turned text. When they
	 * do not fit side by side they wrap onto a second line ("Q1" over "2019/20"), and
	 * when even that is too tight only every second, third... label is written, counting
	 * back from the latest period. The table beside the chart names every period.
	 */
	private static final class PeriodAxis extends CategoryAxis {

		private static final float GAP = 8;

		private final transient List<String> labels;

		private int step = 1;

		private int lines = 1;

		PeriodAxis(List<String> labels) {
			super(null);
			this.labels = labels;
		}

		@Override
		public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
			fit(g2, (float) dataArea.getWidth());
			return super.refreshTicks(g2, state, dataArea, edge);
		}

		@Override
		protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
			int index = this.labels.indexOf(Objects.toString(category));
			if ((this.labels.size() - 1 - index) % this.step != 0) {
				return new TextBlock();
			}
			String label = Objects.toString(category);
			Font font = getTickLabelFont(category);
			Paint paint = getTickLabelPaint(category);
			int lastSpace = label.lastIndexOf(' ');
			if (this.lines == 1 || lastSpace < 0) {
				return TextUtils.createTextBlock(label, font, paint, width * this.step, 1, new G2TextMeasurer(g2));
			}
			// every label breaks in the same place, before the year
			TextBlock block = new TextBlock();
			block.addLine(label.substring(0, lastSpace), font, paint);
			block.addLine(label.substring(lastSpace + 1), font, paint);
			return block;
		}

		private void fit(Graphics2D g2, float width) {
			if (this.labels.isEmpty()) {
				return;
			}
			FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
			float perPeriod = width / this.labels.size();
			float widest = 0;
			float widestHalf = 0;
			for (String label : this.labels) {
				widest = Math.max(widest, metrics.stringWidth(label));
				int lastSpace = label.lastIndexOf(' ');
				widestHalf = Math.max(widestHalf,
						(lastSpace < 0) ? metrics.stringWidth(label)
								: Math.max(metrics.stringWidth(label.substring(0, lastSpace)),
										metrics.stringWidth(label.substring(lastSpace + 1))));
			}
			int oneLine = (int) Math.ceil((widest + GAP) / perPeriod);
			int twoLines = (int) Math.ceil((widestHalf + GAP) / perPeriod);
			this.lines = (twoLines < oneLine) ? 2 : 1;
			this.step = Math.max(1, Math.min(oneLine, twoLines));
		}

	}

}
