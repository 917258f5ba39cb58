package uk.beacon.analytics.chart;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.svg.SVGHints;

/**
 * Fills a band behind the lines, the amber or the green. The dataset has two rows, the
 * lower and the upper edge; each run of periods with both edges is filled as one shape,
 * and a period alone gets a short block of its own.
 */
final class BandRenderer extends AbstractCategoryItemRenderer {

	static final int LOW = 0;

	static final int HIGH = 1;

	private final transient java.awt.Paint fill;

	private final String colour;

	/**
	 * @param colour the band's class in the SVG after "band ": amber or green
	 */
	BandRenderer(java.awt.Paint fill, String colour) {
		this.fill = fill;
		this.colour = colour;
	}

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		int count = dataset.getColumnCount();
		boolean runEndsHere = inBand(dataset, column) && (column == count - 1 || !inBand(dataset, column + 1));
		if (row != LOW || !runEndsHere) {
			return;
		}
		int start = column;
		while (start > 0 && inBand(dataset, start - 1)) {
			start--;
		}
		Band band = new Band(dataArea, plot, domainAxis, rangeAxis, dataset);
		Path2D shape = (start == column) ? band.block(column) : band.run(start, column);
		g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", "band " + this.colour));
		g2.setPaint(this.fill);
		g2.fill(shape);
		g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
	}

	@Override
	public LegendItem getLegendItem(int datasetIndex, int series) {
		return null;
	}

	private static boolean inBand(CategoryDataset dataset, int column) {
		return dataset.getValue(LOW, column) != null && dataset.getValue(HIGH, column) != null;
	}

	private record Band(Rectangle2D area, CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
			CategoryDataset dataset) {

		Path2D run(int start, int end) {
			Path2D path = new Path2D.Double();
			path.moveTo(x(start), y(HIGH, start));
			for (int column = start + 1; column <= end; column++) {
				path.lineTo(x(column), y(HIGH, column));
			}
			for (int column = end; column >= start; column--) {
				path.lineTo(x(column), y(LOW, column));
			}
			path.closePath();
			return path;
		}

		Path2D block(int column) {
			RectangleEdge edge = this.plot.getDomainAxisEdge();
			int count = this.dataset.getColumnCount();
			double width = this.domainAxis.getCategoryEnd(column, count, this.area, edge)
					- this.domainAxis.getCategoryStart(column, count, this.area, edge);
			double high = y(HIGH, column);
			double low = y(LOW, column);
			return new Path2D.Double(new Rectangle2D.Double(x(column) - width / 4, Math.min(high, low), width / 2,
					Math.abs(low - high)));
		}

		private double x(int column) {
			return this.domainAxis.getCategoryMiddle(column, this.dataset.getColumnCount(), this.area,
					this.plot.getDomainAxisEdge());
		}

		private double y(int row, int column) {
			return this.rangeAxis.valueToJava2D(this.dataset.getValue(row, column).doubleValue(), this.area,
					this.plot.getRangeAxisEdge());
		}

	}

}
