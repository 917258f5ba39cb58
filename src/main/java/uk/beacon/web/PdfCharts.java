package uk.beacon.web;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Element;

/**
 * A document's SVG charts drawn apart from its layout: each chart is taken out of the
 * document before it is parsed, leaving only its {@code <svg>} element and attributes
 * (which give its size on the page and, through {@code alt}, its alternative text), and
 * drawn by Batik as a one-page PDF of its own on the given threads while the document is
 * laid out. Where the chart's element is painted, that page is placed, scaled to the
 * element's box, as a form in the document's PDF: the same vector drawing Batik would
 * have made in place (each chart is a form there too), the same text in the same font,
 * inside the same figure of the PDF's structure.
 * <p>
 * A large report's charts are most of its markup (195 charts of 86 KB each in a 17.7 MB
 * document), and drawing them was a third of the time of its PDF, on one core: apart,
 * they are drawn on every core, and the document the PDF renderer parses, keeps in memory
 * and lays out is a tenth of the size.
 * <p>
 * A chart is drawn in its own document without the page's stylesheet: Beacon's charts
 * carry their whole style in attributes, and the stylesheets of its PDFs style only the
 * {@code <svg>} element (its size), which stays in the page.
 */
final class PdfCharts {

	static final String ATTRIBUTE = "data-beacon-chart";

	private static final Pattern VIEW_BOX = Pattern.compile(
			"\\bviewBox\\s*=\\s*[\"']\\s*[-0-9.eE]+[\\s,]+[-0-9.eE]+[\\s,]+([0-9.eE]+)[\\s,]+([0-9.eE]+)\\s*[\"']");

	private final String document;

	private final List<Chart> charts;

	private PdfCharts(String document, List<Chart> charts) {
		this.document = document;
		this.charts = charts;
	}

	/**
	 * Takes each chart out of the document and starts drawing it.
	 * @param draw draws an SVG document as a one-page PDF of the given width and height
	 * in CSS pixels
	 */
	static PdfCharts apart(String xhtml, BiFunction<String, double[], byte[]> draw, Executor threads) {
		StringBuilder kept = null;
		List<Chart> charts = new ArrayList<>();
		int copied = 0;
		int from = 0;
		while (true) {
			int start = xhtml.indexOf("<svg", from);
			if (start < 0) {
				break;
			}
			Svg svg = Svg.at(xhtml, start);
			if (svg == null) {
				from = start + 4;
				continue;
			}
			from = svg.end;
			Matcher viewBox = VIEW_BOX.matcher(svg.openingTag);
			if (!viewBox.find()) {
				continue; // drawn in place, as before
			}
			double[] size = { Double.parseDouble(viewBox.group(1)), Double.parseDouble(viewBox.group(2)) };
			if (!(size[0] > 0 && size[1] > 0)) {
				continue;
			}
			String text = xhtml.substring(start, svg.end);
			Chart chart = new Chart(text, size, CompletableFuture.supplyAsync(() -> draw.apply(text, size), threads),
					draw);
			if (kept == null) {
				kept = new StringBuilder(xhtml.length() / 4);
			}
			String opening = svg.openingTag.substring(0, svg.openingTag.length() - 1);
			kept.append(xhtml, copied, start)
				.append(opening)
				.append(' ')
				.append(ATTRIBUTE)
				.append("=\"")
				.append(charts.size())
				.append("\"></svg>");
			copied = svg.end;
			charts.add(chart);
		}
		if (kept == null) {
			return new PdfCharts(xhtml, List.of());
		}
		kept.append(xhtml, copied, xhtml.length());
		return new PdfCharts(kept.toString(), charts);
	}

	/** The document with each chart's content taken out. */
	String document() {
		return this.document;
	}

	int count() {
		return this.charts.size();
	}

	/**
	 * The PDF renderer's SVG drawer: Batik's for the sizes of every chart and the drawing
	 * of any left in place, the charts drawn apart for the rest.
	 */
	SVGDrawer drawer(BatikSVGDrawer batik) {
		return new Drawer(batik, this.charts);
	}

	/** Stops drawing charts no longer needed (the document could not be rendered). */
	void cancel() {
		this.charts.forEach(c -> c.drawn.cancel(false));
	}

	/**
	 * An {@code <svg>} element in the document: its opening tag and where its end tag
	 * ends, or {@code null} where there is no element to take out (a self-closing
	 * element, a comment or character data in it, an element in an element).
	 */
	private record Svg(String openingTag, int end) {

		static Svg at(String xhtml, int start) {
			int i = start + 4;
			if (i >= xhtml.length() || !(Character.isWhitespace(xhtml.charAt(i)) || xhtml.charAt(i) == '>')) {
				return null;
			}
			char quote = 0;
			for (; i < xhtml.length(); i++) {
				char c = xhtml.charAt(i);
				if (quote != 0) {
					quote = (c == quote) ? 0 : quote;
				}
				else if (c == '"' || c == '\'') {
					quote = c;
				}
				else if (c == '>') {
					break;
				}
			}
			if (i >= xhtml.length() || xhtml.charAt(i - 1) == '/') {
				return null;
			}
			int close = xhtml.indexOf("</svg>", i);
			if (close < 0) {
				return null;
			}
			String content = xhtml.substring(i + 1, close);
			if (content.contains("<svg") || content.contains("<!") || content.contains("<?")) {
				return null;
			}
			return new Svg(xhtml.substring(start, i + 1), close + "</svg>".length());
		}

	}

	private record Chart(String svg, double[] size, CompletableFuture<byte[]> drawn,
			BiFunction<String, double[], byte[]> draw) {

		/**
		 * The chart as a form in the document, drawn for a box of the given shape: the
		 * one drawn ahead when the box has the shape of its view box, as Beacon's charts
		 * do (width 100%, height auto), else drawn again for the box's shape, where Batik
		 * would fit the view box into it.
		 */
		PDFormXObject form(PDDocument into, double width, double height) {
			byte[] pdf;
			if (Math.abs(width / height - this.size[0] / this.size[1]) <= 0.002 * this.size[0] / this.size[1]) {
				pdf = this.drawn.join();
			}
			else {
				pdf = this.draw.apply(this.svg, new double[] { this.size[0], this.size[0] * height / width });
			}
			try (PDDocument chart = Loader.loadPDF(pdf)) {
				return new LayerUtility(into).importPageAsForm(chart, chart.getPage(0));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("A chart could not be placed in the PDF", ex);
			}
		}

	}

	private static final class Drawer implements SVGDrawer {

		private final BatikSVGDrawer batik;

		private final List<Chart> charts;

		Drawer(BatikSVGDrawer batik, List<Chart> charts) {
			this.batik = batik;
			this.charts = charts;
		}

		@Override
		public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
				double dotsPerPixel) {
			SVGImage sized = this.batik.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
			String index = svg.getAttribute(ATTRIBUTE);
			if (index.isEmpty()) {
				return sized;
			}
			return new Placed(sized, this.charts.get(Integer.parseInt(index)), box, (float) dotsPerPixel);
		}

		@Override
		public void importFontFaceRules(List<FontFaceRule> rules, SharedContext context) {
			this.batik.importFontFaceRules(rules, context);
		}

		@Override
		public void withUserAgent(UserAgentCallback userAgent) {
			this.batik.withUserAgent(userAgent);
		}

		@Override
		public void addFontFile(java.io.File file, String family, Integer weight, FontStyle style)
				throws IOException, java.awt.FontFormatException {
			this.batik.addFontFile(file, family, weight, style);
		}

		@Override
		public void addFontStream(FSSupplier<java.io.InputStream> font, String family, Integer weight, FontStyle style)
				throws IOException, java.awt.FontFormatException {
			this.batik.addFontStream(font, family, weight, style);
		}

		@Override
		public void close() throws IOException {
			this.batik.close();
		}

	}

	/** A chart drawn apart, placed where Batik would have drawn it. */
	private record Placed(SVGDrawer.SVGImage sized, Chart chart, Box box,
			float dotsPerPixel) implements SVGDrawer.SVGImage {

		@Override
		public int getIntrinsicWidth() {
			return this.sized.getIntrinsicWidth();
		}

		@Override
		public int getIntrinsicHeight() {
			return this.sized.getIntrinsicHeight();
		}

		@Override
		public boolean hasIntrinsicSize() {
			return this.sized.hasIntrinsicSize();
		}

		@Override
		public float getIntrinsicRatio() {
			return this.sized.getIntrinsicRatio();
		}

		@Override
		public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
			PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) device;
			// the chart fills the element's content box, as Batik fits it there
			Rectangle area = this.box.getContentAreaEdge(this.box.getAbsX(), this.box.getAbsY(), context);
			PDFormXObject form = this.chart.form(pdf.getWriter(), area.getWidth(), area.getHeight());
			PDRectangle drawn = form.getBBox();
			pdf.drawPdfAsImage(form, area, drawn.getWidth() * 4f / 3f * this.dotsPerPixel,
					drawn.getHeight() * 4f / 3f * this.dotsPerPixel);
		}

	}

	static String pageFor(String svg, double[] size) {
		return String.format(Locale.ROOT,
				"<html><head><style>@page { size: %.3fpx %.3fpx; margin: 0 } html, body { margin: 0; padding: 0 }"
						+ " svg { display: block; width: %.3fpx; height: %.3fpx }</style></head><body>",
				size[0], size[1], size[0], size[1]) + svg + "</body></html>";
	}

}
