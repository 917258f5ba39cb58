package uk.beacon.analytics.chart;

import java.awt.Color;
import java.awt.Shape;
import java.util.Locale;

/**
 * How a point on a control chart reads, and so how it is marked: by shape as well as by
 * colour, so that the kinds differ without colour.
 */
enum PointKind {

	COMMON_CAUSE("Common cause", "No", ChartStyle.circle(7), ChartStyle.COMMON_CAUSE, ChartStyle.MARKER_EDGE),

	IMPROVEMENT("Improvement", "Improvement", ChartStyle.circle(10), ChartStyle.IMPROVEMENT, ChartStyle.MARKER_EDGE),

	CONCERN("Concern", "Concern", ChartStyle.diamond(12), ChartStyle.CONCERN, ChartStyle.TEXT),

	/**
	 * Special cause variation with no better or worse, such as a run on a neutral
	 * measure.
	 */
	SPECIAL_CAUSE("Special cause", "Yes", ChartStyle.square(9), ChartStyle.SPECIAL_CAUSE, ChartStyle.MARKER_EDGE);

	private final String label;

	private final String tableCell;

	private final Shape shape;

	private final Color fill;

	private final Color outline;

	PointKind(String label, String tableCell, Shape shape, Color fill, Color outline) {
		this.label = label;
		this.tableCell = tableCell;
		this.shape = shape;
		this.fill = fill;
		this.outline = outline;
	}

	String label() {
		return this.label;
	}

	/** The "Special cause" column of the table. */
	String tableCell() {
		return this.tableCell;
	}

	/** The class of the point's group in the SVG, such as "special-cause". */
	String className() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	Shape shape() {
		return this.shape;
	}

	Color fill() {
		return this.fill;
	}

	Color outline() {
		return this.outline;
	}

}
