package uk.beacon.analytics.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.svg.SVGHints;

/**
 * Draws lines with a marker on each value, breaking the line where a period has no value.
 * Each marker and each line segment sits in a {@code <g class="point actual">} or
 * {@code <g class="line target">}, so the SVG says what each shape is.
 */
final class PointRenderer extends LineAndShapeRenderer {

	private final transient List<String> seriesClasses;

	private final transient Map<Integer, List<Double>> markedOnlyWhereAlone = new HashMap<>();

	private final transient Map<Integer, Look> looks = new HashMap<>();

	private final transient Map<Marker, String> levels = new IdentityHashMap<>();

	/**
	 * @param seriesClasses per series (row) of the dataset, the class its shapes carry
	 */
	PointRenderer(List<String> seriesClasses) {
		super(true, true);
		this.seriesClasses = List.copyOf(seriesClasses);
		setUseFillPaint(true);
		setUseOutlinePaint(true);
		setDrawOutlines(true);
		setDefaultOutlinePaint(ChartStyle.MARKER_EDGE);
		setDefaultOutlineStroke(ChartStyle.MARKER_OUTLINE);
	}

	void setSeries(int row, Paint paint, Stroke stroke, Shape shape) {
		setSeriesPaint(row, paint);
		setSeriesFillPaint(row, paint);
		setSeriesStroke(row, stroke);
		setSeriesShape(row, shape);
	}

	/**
	 * Marks a value only when neither neighbour has one, since a lone value draws no
	 * line.
	 */
	void markOnlyWhereAlone(int row, List<Double> values) {
		this.markedOnlyWhereAlone.put(row, values);
	}

	/**
	 * Draws one point of the first series its own way, its group carrying {@code kind} as
	 * a further class; the line through the point is unchanged.
	 */
	void setLook(int column, String kind, Shape shape, Paint fill, Paint outline) {
		this.looks.put(column, new Look(kind, shape, fill, outline));
	}

	/** Puts a level line across the plot, such as the mean, in a group of its own. */
	void addLevel(CategoryPlot plot, ValueMarker level, String kind) {
		this.levels.put(level, kind);
		plot.addRangeMarker(level, Layer.BACKGROUND);
	}

	@Override
	public void drawRangeMarker(Graphics2D g2, CategoryPlot plot, ValueAxis axis, Marker marker, Rectangle2D dataArea) {
		g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", "level " + this.levels.get(marker)));
		super.drawRangeMarker(g2, plot, axis, marker, dataArea);
		g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
	}

	@Override
	public boolean getItemShapeVisible(int row, int column) {
		List<Double> values = this.markedOnlyWhereAlone.get(row);
		if (values == null) {
			return super.getItemShapeVisible(row, column);
		}
		boolean joinedBefore = column > 0 && values.get(column - 1) != null;
		boolean joinedAfter = column < values.size() - 1 && values.get(column + 1) != null;
		return !joinedBefore && !joinedAfter;
	}

	@Override
	public Shape getItemShape(int row, int column) {
		Look look = (row == 0) ? this.looks.get(column) : null;
		return (look != null) ? look.shape() : super.getItemShape(row, column);
	}

	@Override
	public Paint getItemFillPaint(int row, int column) {
		Look look = (row == 0) ? this.looks.get(column) : null;
		return (look != null) ? look.fill() : super.getItemFillPaint(row, column);
	}

	@Override
	public Paint getItemOutlinePaint(int row, int column) {
		Look look = (row == 0) ? this.looks.get(column) : null;
		return (look != null) ? look.outline() : super.getItemOutlinePaint(row, column);
	}

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		String kind = kindDrawn(dataset, row, column, pass);
		if (kind == null) {
			return;
		}
		Look look = (row == 0 && pass == 1) ? this.looks.get(column) : null;
		String classes = kind + " " + this.seriesClasses.get(row) + ((look != null) ? " " + look.kind() : "");
		g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", classes));
		super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
		g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
	}

	/** "line" or "point" for what this pass draws, or null when it draws nothing. */
	private String kindDrawn(CategoryDataset dataset, int row, int column, int pass) {
		if (dataset.getValue(row, column) == null) {
			return null;
		}
		if (pass == 0) {
			boolean joined = column > 0 && dataset.getValue(row, column - 1) != null;
			return (joined && getItemLineVisible(row, column)) ? "line" : null;
		}
		return getItemShapeVisible(row, column) ? "point" : null;
	}

	private record Look(String kind, Shape shape, Paint fill, Paint outline) {
	}

}
