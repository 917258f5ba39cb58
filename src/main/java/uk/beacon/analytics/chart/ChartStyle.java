package uk.beacon.analytics.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The look shared by Beacon's charts: GOV.UK colours that keep 3:1 contrast with white
 * (WCAG 1.4.11), and line patterns and marker shapes so no series relies on colour alone.
 */
final class ChartStyle {

	static {
		// Charts are drawn on servers without a display. Spring Boot sets this too; a
		// choice already made elsewhere is kept.
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	static final int WIDTH = 640;

	static final int HEIGHT = 320;

	static final Color TEXT = new Color(0x0b0c0c);

	static final Color SECONDARY_TEXT = new Color(0x505a5f);

	static final Color GRIDLINE = new Color(0xd8d9da);

	static final Color ACTUAL = new Color(0x1d70b8);

	static final Color TARGET = new Color(0x0b0c0c);

	/** GOV.UK yellow at 35% opacity: a light fill behind the lines, not a line itself. */
	static final Color AMBER_BAND = new Color(0xff, 0xdd, 0x00, 89);

	/**
	 * GOV.UK green's light tint, opaque: drawn over the amber band, the green band hides
	 * the part of it a figure would still be green in.
	 */
	static final Color GREEN_BAND = new Color(0xcc, 0xe2, 0xd8);

	static final List<Color> COMPARATORS = List.of(new Color(0x4c2c92), new Color(0xd4351c), new Color(0x00703c));

	static final Color COMMON_CAUSE = new Color(0x505a5f);

	static final Color IMPROVEMENT = new Color(0x1d70b8);

	/**
	 * GOV.UK orange is 2.8:1 on white, so concern markers carry a dark outline as well.
	 */
	static final Color CONCERN = new Color(0xf47738);

	static final Color SPECIAL_CAUSE = new Color(0x4c2c92);

	static final Color MARKER_EDGE = Color.WHITE;

	static final Stroke BOLD = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

	static final Stroke SOLID = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

	static final Stroke THIN_SOLID = new BasicStroke(1.5f);

	static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
			new float[] { 8f, 5f }, 0f);

	static final Stroke SHORT_DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
			new float[] { 4f, 4f }, 0f);

	static final Stroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
			new float[] { 0.5f, 4.5f }, 0f);

	static final Stroke MARKER_OUTLINE = new BasicStroke(1f);

	/**
	 * The family whose metrics lay out the text; the SVG itself always asks for Arial.
	 */
	private static final String METRICS_FAMILY = metricsFamily();

	private ChartStyle() {
	}

	static Font font(int size) {
		return new Font(METRICS_FAMILY, Font.PLAIN, size);
	}

	static Shape circle(double diameter) {
		return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
	}

	static Shape square(double side) {
		return new Rectangle2D.Double(-side / 2, -side / 2, side, side);
	}

	static Shape triangle(double size) {
		return polygon(0, -size / 2, size / 2, size / 2, -size / 2, size / 2);
	}

	static Shape triangleDown(double size) {
		return polygon(0, size / 2, size / 2, -size / 2, -size / 2, -size / 2);
	}

	static Shape diamond(double size) {
		return polygon(0, -size / 2, size / 2, 0, 0, size / 2, -size / 2, 0);
	}

	/** A short level bar: the target where it has no neighbour to join to. */
	static Shape bar(double width) {
		return new Rectangle2D.Double(-width / 2, -1.5, width, 3);
	}

	/**
	 * Three colours and four shapes: the first twelve comparators each look different.
	 */
	static Color comparatorColour(int index) {
		return COMPARATORS.get(index % COMPARATORS.size());
	}

	static Shape comparatorShape(int index) {
		List<Shape> shapes = List.of(square(8), triangle(10), diamond(10), triangleDown(10));
		return shapes.get(index % shapes.size());
	}

	/** A chart with nothing plotted, saying so where the lines would be. */
	static JFreeChart empty() {
		CategoryAxis periods = new CategoryAxis(null);
		periods.setVisible(false);
		NumberAxis values = new NumberAxis(null);
		values.setVisible(false);
		CategoryPlot plot = new CategoryPlot(new DefaultCategoryDataset(), periods, values, new LineAndShapeRenderer());
		plot.setRangeGridlinesVisible(false);
		return chart(plot, new LegendItemCollection());
	}

	static JFreeChart chart(CategoryPlot plot, LegendItemCollection legend) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRIDLINE);
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setDomainGridlinesVisible(false);
		plot.setInsets(new RectangleInsets(8, 4, 4, 16));
		plot.setNoDataMessage("No values to show");
		plot.setNoDataMessageFont(font(16));
		plot.setNoDataMessagePaint(TEXT);
		plot.setFixedLegendItems(legend);
		JFreeChart chart = new JFreeChart(null, font(13), plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new RectangleInsets(4, 4, 4, 4));
		if (legend.getItemCount() > 0) {
			LegendTitle title = new LegendTitle(plot);
			title.setItemFont(font(13));
			title.setItemPaint(TEXT);
			title.setFrame(BlockBorder.NONE);
			title.setBackgroundPaint(Color.WHITE);
			title.setPosition(RectangleEdge.BOTTOM);
			title.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
			chart.addSubtitle(title);
		}
		return chart;
	}

	private static Shape polygon(double... points) {
		Path2D path = new Path2D.Double();
		path.moveTo(points[0], points[1]);
		for (int i = 2; i < points.length; i += 2) {
			path.lineTo(points[i], points[i + 1]);
		}
		path.closePath();
		return path;
	}

	private static String metricsFamily() {
		List<String> installed = Arrays
			.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
		// Liberation Sans and Arimo share Arial's metrics, so the layout fits the text
		// the browser draws.
		for (String family : List.of("Arial", "Liberation Sans", "Arimo")) {
			if (installed.contains(family)) {
				return family;
			}
		}
		return Font.SANS_SERIF;
	}

}
