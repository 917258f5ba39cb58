package uk.beacon.analytics.chart;

import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/** The key under a chart, built item by item so it shows exactly what is drawn. */
final class Legend {

	private static final Shape LINE = new Line2D.Double(-12, 0, 12, 0);

	private final LegendItemCollection items = new LegendItemCollection();

	Legend line(String label, Paint paint, Stroke stroke, Shape marker) {
		boolean marked = marker != null;
		this.items.add(new LegendItem(label, null, null, null, marked, marked ? marker : LINE, true, paint, marked,
				ChartStyle.MARKER_EDGE, ChartStyle.MARKER_OUTLINE, true, LINE, stroke, paint));
		return this;
	}

	Legend marker(String label, Shape marker, Paint fill, Paint outline) {
		this.items.add(new LegendItem(label, null, null, null, true, marker, true, fill, true, outline,
				ChartStyle.MARKER_OUTLINE, false, LINE, ChartStyle.THIN_SOLID, fill));
		return this;
	}

	Legend area(String label, Paint fill) {
		Shape block = new Rectangle2D.Double(-10, -6, 20, 12);
		this.items.add(new LegendItem(label, null, null, null, true, block, true, fill, false, fill,
				ChartStyle.MARKER_OUTLINE, false, LINE, ChartStyle.THIN_SOLID, fill));
		return this;
	}

	/** A block of colour with a dark edge, as a part of a bar is drawn. */
	Legend block(String label, Paint fill, Paint outline) {
		Shape block = new Rectangle2D.Double(-10, -6, 20, 12);
		this.items.add(new LegendItem(label, null, null, null, true, block, true, fill, true, outline,
				ChartStyle.MARKER_OUTLINE, false, LINE, ChartStyle.THIN_SOLID, fill));
		return this;
	}

	LegendItemCollection items() {
		return this.items;
	}

}
