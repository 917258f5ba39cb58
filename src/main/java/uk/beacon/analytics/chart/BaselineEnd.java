package uk.beacon.analytics.chart;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGHints;

/**
 * A dashed upright line between the last point of the baseline and the first point after
 * it, labelled on whichever side has more room.
 */
final class BaselineEnd extends AbstractAnnotation implements CategoryAnnotation {

	static final String LABEL = "Baseline ends";

	private final int lastBaselinePoint;

	BaselineEnd(int lastBaselinePoint) {
		this.lastBaselinePoint = lastBaselinePoint;
	}

	@Override
	public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
			ValueAxis rangeAxis) {
		int count = plot.getCategories().size();
		RectangleEdge edge = plot.getDomainAxisEdge();
		double x = (domainAxis.getCategoryMiddle(this.lastBaselinePoint, count, dataArea, edge)
				+ domainAxis.getCategoryMiddle(this.lastBaselinePoint + 1, count, dataArea, edge)) / 2;
		g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", "baseline"));
		g2.setPaint(ChartStyle.SECONDARY_TEXT);
		g2.setStroke(ChartStyle.SHORT_DASHED);
		g2.draw(new Line2D.Double(x, dataArea.getMinY(), x, dataArea.getMaxY()));
		g2.setFont(ChartStyle.font(12));
		g2.setPaint(ChartStyle.TEXT);
		boolean roomOnLeft = x - dataArea.getMinX() > dataArea.getMaxX() - x;
		TextUtils.drawAlignedString(LABEL, g2, (float) (roomOnLeft ? x - 4 : x + 4), (float) dataArea.getMinY() + 2,
				roomOnLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
		g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
	}

}
