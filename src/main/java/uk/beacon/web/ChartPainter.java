package uk.beacon.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import uk.beacon.web.SvgValues.Unpainted;

import static uk.beacon.web.SvgValues.length;
import static uk.beacon.web.SvgValues.number;
import static uk.beacon.web.SvgValues.path;
import static uk.beacon.web.SvgValues.positive;
import static uk.beacon.web.SvgValues.transform;

/**
 * Paints a chart as Beacon draws them (JFreeSVG's SVG, compacted: groups, lines, paths,
 * rectangles, circles and text, filled and stroked in plain colours, clipped to
 * rectangles and paths) straight onto a PDF page's graphics, as Batik would paint it but
 * without building Batik's document, styles and graphics tree for it: in a cabinet report
 * of two hundred charts that was a third of the time the whole PDF took.
 *
 * <p>
 * Only that drawing is read. An SVG with anything else in it (an element, attribute,
 * colour, path command or length this does not know, a transform other than a matrix,
 * translation, scale or rotation, opacity that composites a group) is not painted here:
 * {@link #read} answers {@code null} and Batik draws it, so an SVG Beacon does not write
 * is drawn as before. Text is drawn with the PDF's own embedded font, so it is real text
 * in the figure rather than the outlines of its letters.
 */
final class ChartPainter {

	private static final String SVG = "http://www.w3.org/2000/svg";

	private static final Map<String, Set<String>> GEOMETRY = Map.of("g", Set.of(), "line",
			Set.of("x1", "y1", "x2", "y2"), "path", Set.of("d"), "rect", Set.of("x", "y", "width", "height"), "circle",
			Set.of("cx", "cy", "r"), "ellipse", Set.of("cx", "cy", "rx", "ry"), "text", Set.of("x", "y"));

	private static final Pattern VIEW_BOX = Pattern.compile("0\\s+0\\s+(\\d{1,6})\\s+(\\d{1,6})");

	private static final Pattern URL = Pattern.compile("url\\(#([^)]+)\\)");

	private final double viewWidth;

	private final double viewHeight;

	private final List<Step> steps;

	private ChartPainter(double viewWidth, double viewHeight, List<Step> steps) {
		this.viewWidth = viewWidth;
		this.viewHeight = viewHeight;
		this.steps = steps;
	}

	/**
	 * The chart {@code svg} ready to paint, or {@code null} when it holds anything this
	 * does not paint (Batik draws it then).
	 * @param fonts the font for a family, weight (400 or 700) and style ({@code italic}
	 * or not), or {@code null} when there is none
	 */
	static ChartPainter read(Element svg, Fonts fonts) {
		try {
			// as Batik's drawer sizes a chart: by a view box of four whole numbers
			Matcher box = VIEW_BOX.matcher(svg.getAttribute("viewBox"));
			if (!box.matches() || svg.hasAttribute("transform") || svg.hasAttribute("clip-path")) {
				return null;
			}
			double width = Integer.parseInt(box.group(1));
			double height = Integer.parseInt(box.group(2));
			if (!(width > 0 && height > 0)) {
				return null;
			}
			Reader reader = new Reader(fonts, clips(svg));
			SvgStyle root = SvgStyle.INITIAL.with(svg, Set.of("viewBox", "width", "height", "xmlns:xlink"));
			for (Node child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
				reader.read(child, root);
			}
			return new ChartPainter(width, height, reader.steps);
		}
		catch (Unpainted ex) {
			return null;
		}
	}

	/**
	 * Paints the chart onto {@code graphics}, its view box fitted into {@code width} by
	 * {@code height} and centred, as SVG's default {@code xMidYMid meet} does.
	 */
	void paint(Graphics2D graphics, double width, double height) {
		double scale = Math.min(width / this.viewWidth, height / this.viewHeight);
		List<Graphics2D> open = new ArrayList<>();
		Graphics2D current = (Graphics2D) graphics.create();
		Object antialiasing = graphics.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
		current.translate((width - this.viewWidth * scale) / 2, (height - this.viewHeight * scale) / 2);
		current.scale(scale, scale);
		for (Step step : this.steps) {
			if (step instanceof Enter enter) {
				open.add(current);
				current = (Graphics2D) current.create();
				if (enter.transform() != null) {
					current.transform(enter.transform());
				}
				if (enter.clip() != null) {
					current.clip(enter.clip());
				}
			}
			else if (step instanceof Paint paint) {
				paint.on(current, antialiasing);
			}
			else {
				current.dispose();
				current = open.remove(open.size() - 1);
			}
		}
		current.dispose();
	}

	/** The fonts a chart's text is drawn in. */
	interface Fonts {

		Font font(String family, int weight, boolean italic);

	}

	private sealed interface Step permits Enter, Leave, Paint {

	}

	/** Into a group or element with a transform or clip of its own. */
	private record Enter(AffineTransform transform, Shape clip) implements Step {

	}

	private record Leave() implements Step {

	}

	/** A shape or a line of text, in the user space the steps before it set. */
	private record Paint(Shape shape, Color fill, int windingRule, Color stroke, BasicStroke line, Object antialiasing,
			Font font, String text, float x, float y) implements Step {

		void on(Graphics2D graphics, Object antialiasingAtFirst) {
			// hinted as Batik hints each shape (only a raster drawing heeds it)
			if (antialiasingAtFirst != null || this.antialiasing != null) {
				graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
						(this.antialiasing != null) ? this.antialiasing : antialiasingAtFirst);
			}
			if (this.text != null) {
				graphics.setPaint(this.fill);
				graphics.setFont(this.font);
				graphics.drawString(this.text, this.x, this.y);
				return;
			}
			if (this.fill != null) {
				graphics.setPaint(this.fill);
				graphics.fill(withWinding(this.shape, this.windingRule));
			}
			if (this.stroke != null) {
				graphics.setPaint(this.stroke);
				graphics.setStroke(this.line);
				graphics.draw(this.shape);
			}
		}

		private static Shape withWinding(Shape shape, int rule) {
			if (shape instanceof Path2D path && path.getWindingRule() != rule) {
				Path2D.Double copy = new Path2D.Double(path);
				copy.setWindingRule(rule);
				return copy;
			}
			return shape;
		}

	}

	// reads the chart's elements, in order, into the steps that paint them
	private static final class Reader {

		private final Fonts fonts;

		private final Map<String, Shape> clips;

		private final List<Step> steps = new ArrayList<>();

		private final Map<String, Font> sized = new HashMap<>();

		Reader(Fonts fonts, Map<String, Shape> clips) {
			this.fonts = fonts;
			this.clips = clips;
		}

		void read(Node node, SvgStyle parent) {
			if (node.getNodeType() == Node.TEXT_NODE) {
				if (!node.getNodeValue().isBlank()) {
					throw new Unpainted();
				}
				return;
			}
			if (node.getNodeType() == Node.COMMENT_NODE) {
				return;
			}
			if (node.getNodeType() != Node.ELEMENT_NODE) {
				throw new Unpainted();
			}
			Element element = (Element) node;
			String name = name(element);
			if (name.equals("title") || name.equals("desc") || name.equals("defs")) {
				return;
			}
			Set<String> geometry = GEOMETRY.get(name);
			if (geometry == null) {
				throw new Unpainted();
			}
			SvgStyle style = parent.with(element, geometry);
			AffineTransform transform = transform(element.getAttribute("transform"));
			Shape clip = clip(element.getAttribute("clip-path"));
			boolean entered = transform != null || clip != null;
			if (entered) {
				this.steps.add(new Enter(transform, clip));
			}
			switch (name) {
				case "g" -> {
					for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
						read(child, style);
					}
				}
				case "text" -> text(element, style);
				default -> {
					Shape shape = shape(name, element);
					// a line has no inside to fill; a rectangle, circle or ellipse of
					// no size is not drawn at all
					if (shape != null) {
						shape(shape, name.equals("line") ? null : style.fill(), style);
					}
				}
			}
			if (entered) {
				this.steps.add(new Leave());
			}
		}

		private void shape(Shape shape, Color fill, SvgStyle style) {
			Color stroke = style.stroke();
			if (fill != null || stroke != null) {
				this.steps.add(new Paint(shape, fill, style.windingRule(), stroke,
						(stroke != null) ? style.line() : null, style.antialiasing(), null, null, 0, 0));
			}
		}

		private void text(Element element, SvgStyle style) {
			StringBuilder content = new StringBuilder();
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child.getNodeType() != Node.TEXT_NODE) {
					throw new Unpainted();
				}
				content.append(child.getNodeValue());
			}
			// xml:space="default": new lines go, tabs are spaces, runs of spaces are one,
			// and none lead or trail
			String text = content.toString()
				.replaceAll("[\\r\\n]", "")
				.replace('\t', ' ')
				.replaceAll(" {2,}", " ")
				.replaceAll("^ | $", "");
			Color fill = style.fill();
			if (text.isEmpty() || fill == null) {
				return;
			}
			if (style.stroke() != null) {
				throw new Unpainted();
			}
			Font font = this.sized.computeIfAbsent(style.fontKey(), (key) -> {
				Font face = this.fonts.font(style.fontFamily(), style.fontWeight(), style.italic());
				if (face == null) {
					throw new Unpainted();
				}
				return face.deriveFont(style.fontSize());
			});
			float x = (float) number(element, "x", 0);
			float y = (float) number(element, "y", 0);
			if (!style.textAnchor().equals("start")) {
				double advance = font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true))
					.getWidth();
				x -= (float) (style.textAnchor().equals("middle") ? advance / 2 : advance);
			}
			this.steps.add(new Paint(null, fill, Path2D.WIND_NON_ZERO, null, null, null, font, text, x, y));
		}

		private static Shape shape(String name, Element element) {
			return switch (name) {
				case "line" -> new Line2D.Double(number(element, "x1", 0), number(element, "y1", 0),
						number(element, "x2", 0), number(element, "y2", 0));
				case "rect" -> {
					double width = positive(number(element, "width", -1));
					double height = positive(number(element, "height", -1));
					yield (width == 0 || height == 0) ? null
							: new Rectangle2D.Double(number(element, "x", 0), number(element, "y", 0), width, height);
				}
				case "circle" -> {
					double r = positive(number(element, "r", -1));
					yield (r == 0) ? null : new Ellipse2D.Double(number(element, "cx", 0) - r,
							number(element, "cy", 0) - r, 2 * r, 2 * r);
				}
				case "ellipse" -> {
					double rx = positive(number(element, "rx", -1));
					double ry = positive(number(element, "ry", -1));
					yield (rx == 0 || ry == 0) ? null : new Ellipse2D.Double(number(element, "cx", 0) - rx,
							number(element, "cy", 0) - ry, 2 * rx, 2 * ry);
				}
				case "path" -> path(element.getAttribute("d"));
				default -> throw new Unpainted();
			};
		}

		private Shape clip(String reference) {
			if (reference.isEmpty() || reference.equals("none")) {
				return null;
			}
			Matcher url = URL.matcher(reference.strip());
			if (!url.matches() || !this.clips.containsKey(url.group(1))) {
				throw new Unpainted();
			}
			return this.clips.get(url.group(1));
		}

	}

	/** Every clip path of the chart by its id, each the union of its shapes. */
	private static Map<String, Shape> clips(Element svg) {
		Map<String, Shape> clips = new HashMap<>();
		for (Node defs = svg.getFirstChild(); defs != null; defs = defs.getNextSibling()) {
			if (!(defs instanceof Element element) || !name(element).equals("defs")) {
				continue;
			}
			for (Node child = defs.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
					continue;
				}
				if (!(child instanceof Element clipPath) || !name(clipPath).equals("clipPath")) {
					throw new Unpainted();
				}
				only(clipPath, Set.of("id"));
				Area union = new Area();
				for (Node part = clipPath.getFirstChild(); part != null; part = part.getNextSibling()) {
					if (part.getNodeType() == Node.TEXT_NODE && part.getNodeValue().isBlank()) {
						continue;
					}
					if (!(part instanceof Element shape) || !Set.of("path", "rect").contains(name(shape))) {
						throw new Unpainted();
					}
					only(shape, GEOMETRY.get(name(shape)));
					Shape outline = Reader.shape(name(shape), shape);
					if (outline != null) {
						union.add(new Area(outline));
					}
				}
				clips.put(clipPath.getAttribute("id"), union);
			}
		}
		return clips;
	}

	private static void only(Element element, Set<String> allowed) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			String name = attributes.item(i).getNodeName();
			if (!allowed.contains(name) && !SvgStyle.SILENT.contains(name)) {
				throw new Unpainted();
			}
		}
	}

	private static String name(Element element) {
		String namespace = element.getNamespaceURI();
		if (namespace != null && !namespace.equals(SVG)) {
			throw new Unpainted();
		}
		String name = (element.getLocalName() != null) ? element.getLocalName() : element.getTagName();
		int colon = name.indexOf(':');
		return (colon < 0) ? name : name.substring(colon + 1);
	}

}
