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

	/** Attributes that say nothing about what is painted. */
	private static final Set<String> SILENT = Set.of("id", "class", "role", "alt", "aria-labelledby",
			"aria-describedby", "aria-label", "aria-hidden", "focusable", "xmlns", "shape-rendering", "text-rendering",
			"color-rendering", "image-rendering");

	private static final Set<String> INHERITED = Set.of("fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
			"stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
			"stroke-dashoffset", "font-family", "font-size", "font-weight", "font-style", "text-anchor",
			"shape-rendering");

	private static final Map<String, Set<String>> GEOMETRY = Map.of("g", Set.of(), "line",
			Set.of("x1", "y1", "x2", "y2"), "path", Set.of("d"), "rect", Set.of("x", "y", "width", "height"), "circle",
			Set.of("cx", "cy", "r"), "ellipse", Set.of("cx", "cy", "rx", "ry"), "text", Set.of("x", "y"));

	private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

	private static final Pattern RGB = Pattern
		.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");

	private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

	private static final Pattern TRANSFORM = Pattern
		.compile("\\s*(matrix|translate|scale|rotate)\\s*\\(([^)]*)\\)\\s*,?");

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
			String[] box = svg.getAttribute("viewBox").trim().split("[\\s,]+");
			if (box.length != 4 || number(box[0]) != 0 || number(box[1]) != 0) {
				return null;
			}
			double width = number(box[2]);
			double height = number(box[3]);
			if (!(width > 0 && height > 0)) {
				return null;
			}
			Reader reader = new Reader(fonts, clips(svg));
			Style root = Style.INITIAL.with(svg, Set.of("viewBox", "width", "height", "xmlns:xlink"));
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
			// as Batik hints each shape, and only it (a raster drawing heeds it; a PDF is
			// vectors)
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

	// reads the chart's elements in order into the steps that paint them, in the chart's
	// user space
	private static final class Reader {

		private final Fonts fonts;

		private final Map<String, Shape> clips;

		private final List<Step> steps = new ArrayList<>();

		private final Map<String, Font> sized = new HashMap<>();

		Reader(Fonts fonts, Map<String, Shape> clips) {
			this.fonts = fonts;
			this.clips = clips;
		}

		void read(Node node, Style parent) {
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
			Style style = parent.with(element, geometry);
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
				default -> shape(shape(name, element), style);
			}
			if (entered) {
				this.steps.add(new Leave());
			}
		}

		private void shape(Shape shape, Style style) {
			Color fill = style.fill();
			Color stroke = style.stroke();
			if (fill != null || stroke != null) {
				this.steps.add(new Paint(shape, fill, style.windingRule(), stroke, style.line(), style.antialiasing(),
						null, null, 0, 0));
			}
		}

		private void text(Element element, Style style) {
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
				.strip();
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
				case "rect" -> new Rectangle2D.Double(number(element, "x", 0), number(element, "y", 0),
						positive(number(element, "width", -1)), positive(number(element, "height", -1)));
				case "circle" -> {
					double r = positive(number(element, "r", -1));
					yield new Ellipse2D.Double(number(element, "cx", 0) - r, number(element, "cy", 0) - r, 2 * r,
							2 * r);
				}
				case "ellipse" -> {
					double rx = positive(number(element, "rx", -1));
					double ry = positive(number(element, "ry", -1));
					yield new Ellipse2D.Double(number(element, "cx", 0) - rx, number(element, "cy", 0) - ry, 2 * rx,
							2 * ry);
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
				Path2D.Double union = new Path2D.Double();
				int shapes = 0;
				for (Node part = clipPath.getFirstChild(); part != null; part = part.getNextSibling()) {
					if (part.getNodeType() == Node.TEXT_NODE && part.getNodeValue().isBlank()) {
						continue;
					}
					if (!(part instanceof Element shape) || !Set.of("path", "rect").contains(name(shape))) {
						throw new Unpainted();
					}
					only(shape, GEOMETRY.get(name(shape)));
					union.append(Reader.shape(name(shape), shape), false);
					shapes++;
				}
				clips.put(clipPath.getAttribute("id"), (shapes == 1) ? union : new Area(union));
			}
		}
		return clips;
	}

	private static void only(Element element, Set<String> allowed) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			String name = attributes.item(i).getNodeName();
			if (!allowed.contains(name) && !SILENT.contains(name)) {
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

	/**
	 * The properties an element paints with, each inherited from its parent unless it
	 * names its own.
	 */
	private record Style(Map<String, String> properties) {

		static final Style INITIAL = new Style(Map.ofEntries(Map.entry("fill", "black"), Map.entry("fill-opacity", "1"),
				Map.entry("fill-rule", "nonzero"), Map.entry("stroke", "none"), Map.entry("stroke-width", "1"),
				Map.entry("stroke-opacity", "1"), Map.entry("stroke-linecap", "butt"),
				Map.entry("stroke-linejoin", "miter"), Map.entry("stroke-miterlimit", "4"),
				Map.entry("stroke-dasharray", "none"), Map.entry("stroke-dashoffset", "0"),
				Map.entry("font-family", "sans-serif"), Map.entry("font-size", "12"),
				Map.entry("font-weight", "normal"), Map.entry("font-style", "normal"),
				Map.entry("text-anchor", "start"), Map.entry("shape-rendering", "auto")));

		/**
		 * This style with what {@code element} names; {@code geometry} are the attributes
		 * its shape is made of, and any other attribute not a property here stops it
		 * being painted.
		 */
		Style with(Element element, Set<String> geometry) {
			NamedNodeMap attributes = element.getAttributes();
			Map<String, String> own = null;
			for (int i = 0; i < attributes.getLength(); i++) {
				Node attribute = attributes.item(i);
				String name = attribute.getNodeName();
				String value = attribute.getNodeValue().strip();
				if (INHERITED.contains(name)) {
					if (value.equals("inherit")) {
						continue;
					}
					if (own == null) {
						own = new HashMap<>(this.properties);
					}
					own.put(name, value);
				}
				else if (name.equals("opacity")) {
					if (number(value) != 1) {
						throw new Unpainted();
					}
				}
				else if (!geometry.contains(name) && !SILENT.contains(name) && !name.equals("transform")
						&& !name.equals("clip-path") && !name.startsWith("xmlns")) {
					throw new Unpainted();
				}
			}
			return (own == null) ? this : new Style(own);
		}

		Color fill() {
			return colour(this.properties.get("fill"), this.properties.get("fill-opacity"));
		}

		Color stroke() {
			// a line no width wide is not drawn
			if (positive(length(this.properties.get("stroke-width"))) == 0) {
				return null;
			}
			return colour(this.properties.get("stroke"), this.properties.get("stroke-opacity"));
		}

		/** Antialiasing as Batik hints it for the shape's {@code shape-rendering}. */
		Object antialiasing() {
			return switch (this.properties.get("shape-rendering")) {
				case "auto" -> null;
				case "crispEdges", "optimizeSpeed" -> RenderingHints.VALUE_ANTIALIAS_OFF;
				case "geometricPrecision" -> RenderingHints.VALUE_ANTIALIAS_ON;
				default -> throw new Unpainted();
			};
		}

		int windingRule() {
			return switch (this.properties.get("fill-rule")) {
				case "nonzero" -> Path2D.WIND_NON_ZERO;
				case "evenodd" -> Path2D.WIND_EVEN_ODD;
				default -> throw new Unpainted();
			};
		}

		BasicStroke line() {
			float width = (float) length(this.properties.get("stroke-width"));
			int cap = switch (this.properties.get("stroke-linecap")) {
				case "butt" -> BasicStroke.CAP_BUTT;
				case "round" -> BasicStroke.CAP_ROUND;
				case "square" -> BasicStroke.CAP_SQUARE;
				default -> throw new Unpainted();
			};
			int join = switch (this.properties.get("stroke-linejoin")) {
				case "miter" -> BasicStroke.JOIN_MITER;
				case "round" -> BasicStroke.JOIN_ROUND;
				case "bevel" -> BasicStroke.JOIN_BEVEL;
				default -> throw new Unpainted();
			};
			float miter = Math.max(1, (float) number(this.properties.get("stroke-miterlimit")));
			return new BasicStroke(width, cap, join, miter, dashes(this.properties.get("stroke-dasharray")),
					(float) length(this.properties.get("stroke-dashoffset")));
		}

		String fontFamily() {
			String first = this.properties.get("font-family").split(",")[0].strip();
			return first.replaceAll("^['\"]|['\"]$", "");
		}

		int fontWeight() {
			return switch (this.properties.get("font-weight")) {
				case "normal", "400", "lighter", "100", "200", "300", "500" -> 400;
				case "bold", "bolder", "600", "700", "800", "900" -> 700;
				default -> throw new Unpainted();
			};
		}

		boolean italic() {
			return switch (this.properties.get("font-style")) {
				case "normal" -> false;
				case "italic", "oblique" -> true;
				default -> throw new Unpainted();
			};
		}

		float fontSize() {
			return (float) positive(length(this.properties.get("font-size")));
		}

		String textAnchor() {
			String anchor = this.properties.get("text-anchor");
			if (!Set.of("start", "middle", "end").contains(anchor)) {
				throw new Unpainted();
			}
			return anchor;
		}

		String fontKey() {
			return fontFamily() + '/' + fontWeight() + '/' + italic() + '/' + fontSize();
		}

		private static float[] dashes(String value) {
			if (value.equals("none")) {
				return null;
			}
			List<Double> numbers = numbers(value);
			double total = 0;
			for (double dash : numbers) {
				if (dash < 0) {
					throw new Unpainted();
				}
				total += dash;
			}
			if (total == 0) {
				return null;
			}
			// an odd count is repeated to make it even, as SVG says
			int count = (numbers.size() % 2 == 0) ? numbers.size() : numbers.size() * 2;
			float[] dashes = new float[count];
			for (int i = 0; i < count; i++) {
				dashes[i] = numbers.get(i % numbers.size()).floatValue();
			}
			return dashes;
		}

	}

	private static Color colour(String paint, String opacity) {
		if (paint.equals("none")) {
			return null;
		}
		double alpha = Math.max(0, Math.min(1, number(opacity)));
		Color colour;
		Matcher rgb = RGB.matcher(paint);
		Matcher hex = HEX.matcher(paint);
		if (rgb.matches()) {
			colour = new Color(channel(rgb.group(1)), channel(rgb.group(2)), channel(rgb.group(3)));
		}
		else if (hex.matches()) {
			String digits = hex.group(1);
			if (digits.length() == 3) {
				digits = digits.replaceAll("(.)", "$1$1");
			}
			colour = new Color(Integer.parseInt(digits, 16));
		}
		else {
			colour = switch (paint) {
				case "black" -> Color.BLACK;
				case "white" -> Color.WHITE;
				default -> throw new Unpainted();
			};
		}
		// Batik rounds the opacity to a byte as Java's colours do
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(alpha * 255));
	}

	private static int channel(String value) {
		int channel = Integer.parseInt(value);
		if (channel > 255) {
			throw new Unpainted();
		}
		return channel;
	}

	private static AffineTransform transform(String value) {
		if (value.isBlank()) {
			return null;
		}
		AffineTransform transform = new AffineTransform();
		Matcher part = TRANSFORM.matcher(value);
		int end = 0;
		while (part.find() && part.start() == end) {
			end = part.end();
			List<Double> n = numbers(part.group(2));
			switch (part.group(1)) {
				case "matrix" -> {
					if (n.size() != 6) {
						throw new Unpainted();
					}
					transform
						.concatenate(new AffineTransform(n.get(0), n.get(1), n.get(2), n.get(3), n.get(4), n.get(5)));
				}
				case "translate" -> {
					if (n.isEmpty() || n.size() > 2) {
						throw new Unpainted();
					}
					transform.translate(n.get(0), (n.size() == 2) ? n.get(1) : 0);
				}
				case "scale" -> {
					if (n.isEmpty() || n.size() > 2) {
						throw new Unpainted();
					}
					transform.scale(n.get(0), (n.size() == 2) ? n.get(1) : n.get(0));
				}
				default -> {
					if (n.size() == 1) {
						transform.rotate(Math.toRadians(n.get(0)));
					}
					else if (n.size() == 3) {
						transform.rotate(Math.toRadians(n.get(0)), n.get(1), n.get(2));
					}
					else {
						throw new Unpainted();
					}
				}
			}
		}
		if (end != value.length()) {
			throw new Unpainted();
		}
		return transform;
	}

	/**
	 * A path's outline from its data: moves, lines (also horizontal and vertical), cubic
	 * and quadratic curves and closes, absolute or relative. Arcs and the smooth curves
	 * are left to Batik.
	 */
	static Path2D path(String data) {
		Path2D.Double path = new Path2D.Double();
		Matcher token = Pattern.compile("([MmLlHhVvCcQqZz])|" + NUMBER.pattern()).matcher(data);
		List<Double> pending = new ArrayList<>();
		char command = 0;
		int at = 0;
		List<Object> tokens = new ArrayList<>();
		while (token.find()) {
			if (!data.substring(at, token.start()).replace(',', ' ').isBlank()) {
				throw new Unpainted();
			}
			at = token.end();
			tokens.add((token.group(1) != null) ? (Object) token.group(1).charAt(0) : Double.valueOf(token.group()));
		}
		if (!data.substring(at).replace(',', ' ').isBlank()) {
			throw new Unpainted();
		}
		double x = 0;
		double y = 0;
		double startX = 0;
		double startY = 0;
		for (int i = 0; i <= tokens.size(); i++) {
			Object next = (i < tokens.size()) ? tokens.get(i) : null;
			if (next instanceof Double number) {
				pending.add(number);
				int arity = arity(command);
				if (pending.size() < arity) {
					continue;
				}
				boolean relative = Character.isLowerCase(command);
				double dx = relative ? x : 0;
				double dy = relative ? y : 0;
				switch (Character.toUpperCase(command)) {
					case 'M' -> {
						x = pending.get(0) + dx;
						y = pending.get(1) + dy;
						path.moveTo(x, y);
						startX = x;
						startY = y;
						// further pairs after a move are lines
						command = relative ? 'l' : 'L';
					}
					case 'L' -> {
						x = pending.get(0) + dx;
						y = pending.get(1) + dy;
						path.lineTo(x, y);
					}
					case 'H' -> {
						x = pending.get(0) + dx;
						path.lineTo(x, y);
					}
					case 'V' -> {
						y = pending.get(0) + dy;
						path.lineTo(x, y);
					}
					case 'C' -> {
						path.curveTo(pending.get(0) + dx, pending.get(1) + dy, pending.get(2) + dx, pending.get(3) + dy,
								pending.get(4) + dx, pending.get(5) + dy);
						x = pending.get(4) + dx;
						y = pending.get(5) + dy;
					}
					case 'Q' -> {
						path.quadTo(pending.get(0) + dx, pending.get(1) + dy, pending.get(2) + dx, pending.get(3) + dy);
						x = pending.get(2) + dx;
						y = pending.get(3) + dy;
					}
					default -> throw new Unpainted();
				}
				pending.clear();
				continue;
			}
			if (!pending.isEmpty()) {
				throw new Unpainted();
			}
			if (next == null) {
				break;
			}
			command = (Character) next;
			if (command == 'Z' || command == 'z') {
				if (path.getCurrentPoint() == null) {
					throw new Unpainted();
				}
				path.closePath();
				x = startX;
				y = startY;
			}
			else if (path.getCurrentPoint() == null && command != 'M' && command != 'm') {
				throw new Unpainted();
			}
		}
		return path;
	}

	private static int arity(char command) {
		return switch (Character.toUpperCase(command)) {
			case 'M', 'L', 'T' -> 2;
			case 'H', 'V' -> 1;
			case 'C' -> 6;
			case 'Q', 'S' -> 4;
			default -> throw new Unpainted();
		};
	}

	private static List<Double> numbers(String value) {
		List<Double> numbers = new ArrayList<>();
		Matcher number = NUMBER.matcher(value);
		int at = 0;
		while (number.find()) {
			if (!value.substring(at, number.start()).replace(',', ' ').isBlank()) {
				throw new Unpainted();
			}
			numbers.add(Double.valueOf(number.group()));
			at = number.end();
		}
		if (!value.substring(at).replace(',', ' ').isBlank()) {
			throw new Unpainted();
		}
		return numbers;
	}

	private static double number(Element element, String attribute, double absent) {
		String value = element.getAttribute(attribute);
		return value.isEmpty() ? absent : length(value);
	}

	/** A length in user units: a number, or one in pixels. */
	private static double length(String value) {
		String number = value.strip();
		if (number.endsWith("px")) {
			number = number.substring(0, number.length() - 2);
		}
		return number(number);
	}

	private static double number(String value) {
		if (!NUMBER.matcher(value.strip()).matches()) {
			throw new Unpainted();
		}
		double number = Double.parseDouble(value.strip());
		if (!Double.isFinite(number)) {
			throw new Unpainted();
		}
		return number;
	}

	private static double positive(double value) {
		if (!(value >= 0)) {
			throw new Unpainted();
		}
		return value;
	}

	/** Something in the SVG this does not paint: Batik draws the chart instead. */
	private static final class Unpainted extends RuntimeException {

		Unpainted() {
			super(null, null, false, false);
		}

	}

}
