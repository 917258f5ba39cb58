package uk.beacon.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import uk.beacon.web.SvgValues.Unpainted;

import static uk.beacon.web.SvgValues.colour;
import static uk.beacon.web.SvgValues.length;
import static uk.beacon.web.SvgValues.number;
import static uk.beacon.web.SvgValues.numbers;
import static uk.beacon.web.SvgValues.positive;

/**
 * The properties an element paints with, each inherited from its parent unless it names
 * its own.
 */
record SvgStyle(Map<String, String> properties) {

	static final Set<String> INHERITED = Set.of("fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
			"stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
			"stroke-dashoffset", "font-family", "font-size", "font-weight", "font-style", "text-anchor",
			"shape-rendering");

	/** Attributes that say nothing about what is painted. */
	static final Set<String> SILENT = Set.of("id", "class", "role", "alt", "aria-labelledby", "aria-describedby",
			"aria-label", "aria-hidden", "focusable", "xmlns", "text-rendering", "color-rendering", "image-rendering");

	static final SvgStyle INITIAL = new SvgStyle(
			Map.ofEntries(Map.entry("fill", "black"), Map.entry("fill-opacity", "1"), Map.entry("fill-rule", "nonzero"),
					Map.entry("stroke", "none"), Map.entry("stroke-width", "1"), Map.entry("stroke-opacity", "1"),
					Map.entry("stroke-linecap", "butt"), Map.entry("stroke-linejoin", "miter"),
					Map.entry("stroke-miterlimit", "4"), Map.entry("stroke-dasharray", "none"),
					Map.entry("stroke-dashoffset", "0"), Map.entry("font-family", "sans-serif"),
					Map.entry("font-size", "12"), Map.entry("font-weight", "normal"), Map.entry("font-style", "normal"),
					Map.entry("text-anchor", "start"), Map.entry("shape-rendering", "auto")));

	/**
	 * This style with what {@code element} names; {@code geometry} are the attributes its
	 * shape is made of, and any other attribute not a property here stops it being
	 * painted.
	 */
	SvgStyle with(Element element, Set<String> geometry) {
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
		return (own == null) ? this : new SvgStyle(own);
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
		float[] dashes = dashes(this.properties.get("stroke-dasharray"));
		float offset = (float) length(this.properties.get("stroke-dashoffset"));
		if (dashes != null) {
			// as SVG says, a negative offset starts the pattern before the line
			float total = 0;
			for (float dash : dashes) {
				total += dash;
			}
			offset %= total;
			if (offset < 0) {
				offset += total;
			}
		}
		return new BasicStroke(width, cap, join, miter, dashes, offset);
	}

	String fontFamily() {
		String family = this.properties.get("font-family");
		int comma = family.indexOf(',');
		return ((comma < 0) ? family : family.substring(0, comma)).strip().replaceAll("^['\"]|['\"]$", "");
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
		float total = 0;
		for (double dash : numbers) {
			if (dash < 0) {
				throw new Unpainted();
			}
			total += (float) dash;
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
