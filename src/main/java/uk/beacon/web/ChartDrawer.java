package uk.beacon.web;

import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.w3c.dom.Element;

/**
 * Draws a PDF's charts. Every chart is laid out (sized) by Batik's drawer, as before;
 * Beacon's own are then painted by {@link ChartPainter}, and any other SVG is drawn by
 * Batik, as {@link BatikSVGDrawer} does, but with its drawing let go of once it is on its
 * page. Batik's drawer keeps every chart's SVG document, styles and graphics tree for as
 * long as the document is being rendered (the laid-out page holds the chart, and the
 * chart its transcoder): in a cabinet report with two hundred charts that was most of
 * what the render held at the end, a few hundred megabytes, which the garbage collector
 * copied again and again and which a server with a 1 GB heap may not have. A chart drawn
 * a second time (on each page a chart taller than a page crosses, which Beacon's charts
 * are not) is built afresh.
 */
final class ChartDrawer implements SVGDrawer {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChartDrawer.class);

	private final BatikSVGDrawer batik = new BatikSVGDrawer();

	private final ChartPainter.Fonts fonts;

	ChartDrawer(ChartPainter.Fonts fonts) {
		this.fonts = fonts;
	}

	@Override
	public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
		this.batik.importFontFaceRules(fontFaces, shared);
	}

	@Override
	public void withUserAgent(UserAgentCallback userAgent) {
		this.batik.withUserAgent(userAgent);
	}

	@Override
	public void addFontFile(File fontFile, String family, Integer weight, FontStyle style)
			throws IOException, FontFormatException {
		this.batik.addFontFile(fontFile, family, weight, style);
	}

	@Override
	public void addFontStream(FSSupplier<InputStream> supplier, String family, Integer weight, FontStyle style)
			throws IOException, FontFormatException {
		this.batik.addFontStream(supplier, family, weight, style);
	}

	@Override
	public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
			double dotsPerPixel) {
		return new DroppedOnceDrawn(() -> this.batik.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel),
				(output, context, x, y) -> painted(svg, box, dotsPerPixel, output, context, x, y));
	}

	/**
	 * Whether the chart {@code svg} was painted by {@link ChartPainter}, into its box's
	 * content area as Batik's drawer would have drawn it; if not, nothing was drawn.
	 */
	private boolean painted(Element svg, Box box, double dotsPerPixel, OutputDevice output, RenderingContext context,
			double x, double y) {
		// the page's own styles reaching into a chart (Batik's drawer applies them) are
		// left to Batik
		if (context != null && !context.getCss().getCSSForAllDescendants(svg).isBlank()) {
			return false;
		}
		ChartPainter painter = readable(svg);
		if (painter == null) {
			return false;
		}
		java.awt.Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), context);
		float width = (float) (content.width / dotsPerPixel);
		float height = (float) (content.height / dotsPerPixel);
		output.drawWithGraphics((float) x, (float) y, width, height,
				(graphics) -> painter.paint(graphics, width, height));
		return true;
	}

	private ChartPainter readable(Element svg) {
		try {
			return ChartPainter.read(svg, this.fonts);
		}
		catch (RuntimeException ex) {
			// nothing is drawn yet: whatever the painter could not read, Batik draws
			log.debug("A chart was left to Batik: {}", ex.toString());
			return null;
		}
	}

	@Override
	public SVGImage buildStandaloneSVGImage(Element svg, String uri, double targetWidth, double targetHeight,
			double dotsPerPixel) {
		// a CSS background image may be stamped on many pages: Batik's drawer keeps it
		// for that, so it is left as it is
		return this.batik.buildStandaloneSVGImage(svg, uri, targetWidth, targetHeight, dotsPerPixel);
	}

	@Override
	public void close() throws IOException {
		this.batik.close();
	}

	/**
	 * A chart laid out at once, as Batik's drawer does (its size, which also sets the
	 * element's width and height), whose drawing is let go of once drawn.
	 */
	static final class DroppedOnceDrawn implements SVGImage {

		private final java.util.function.Supplier<SVGImage> build;

		private final Painting painting;

		private final int width;

		private final int height;

		private final boolean sized;

		private final float ratio;

		private SVGImage image;

		DroppedOnceDrawn(java.util.function.Supplier<SVGImage> build, Painting painting) {
			this.build = build;
			this.painting = painting;
			this.image = build.get();
			this.width = this.image.getIntrinsicWidth();
			this.height = this.image.getIntrinsicHeight();
			this.sized = this.image.hasIntrinsicSize();
			this.ratio = this.image.getIntrinsicRatio();
		}

		@Override
		public int getIntrinsicWidth() {
			return this.width;
		}

		@Override
		public int getIntrinsicHeight() {
			return this.height;
		}

		@Override
		public boolean hasIntrinsicSize() {
			return this.sized;
		}

		@Override
		public float getIntrinsicRatio() {
			return this.ratio;
		}

		/** Paints a chart if it can, saying whether it did. */
		interface Painting {

			boolean painted(OutputDevice output, RenderingContext context, double x, double y);

		}

		/** Whether the drawing built for the layout is still held, not yet drawn. */
		boolean held() {
			return this.image != null;
		}

		@Override
		public void drawSVG(OutputDevice output, RenderingContext context, double x, double y) {
			if (this.painting.painted(output, context, x, y)) {
				this.image = null;
				return;
			}
			SVGImage drawing = (this.image != null) ? this.image : this.build.get();
			this.image = null;
			drawing.drawSVG(output, context, x, y);
		}

	}

}
