package uk.beacon.web;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

/**
 * The values of a chart's SVG attributes as {@link ChartPainter} paints them: numbers,
 * lengths, colours, transforms and path data. Any value outside what Beacon's charts
 * write throws {@link Unpainted}, and Batik draws the chart instead.
 */
final class SvgValues {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

	private static final Pattern RGB = Pattern
		.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");

	private static final Pattern PATH_TOKEN = Pattern.compile("[MmLlHhVvCcQqZz]|" + NUMBER.pattern());

	private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

	private static final Pattern TRANSFORM = Pattern
		.compile("\\s*(matrix|translate|scale|rotate)\\s*\\(([^)]*)\\)\\s*,?");

	private SvgValues() {
	}

	static Color colour(String paint, String opacity) {
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

	static int channel(String value) {
		int channel = Integer.parseInt(value);
		if (channel > 255) {
			throw new Unpainted();
		}
		return channel;
	}

	static AffineTransform transform(String value) {
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
		List<Double> pending = new ArrayList<>();
		char command = 0;
		List<Object> tokens = new ArrayList<>();
		for (String token : tokens(data, PATH_TOKEN)) {
			tokens.add(Character.isLetter(token.charAt(0)) ? (Object) token.charAt(0) : finite(token));
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

	static int arity(char command) {
		return switch (Character.toUpperCase(command)) {
			case 'M', 'L', 'T' -> 2;
			case 'H', 'V' -> 1;
			case 'C' -> 6;
			case 'Q', 'S' -> 4;
			default -> throw new Unpainted();
		};
	}

	static List<Double> numbers(String value) {
		List<Double> numbers = new ArrayList<>();
		for (String number : tokens(value, NUMBER)) {
			numbers.add(finite(number));
		}
		return numbers;
	}

	/** The tokens of {@code value}, with nothing but commas and spaces between them. */
	private static List<String> tokens(String value, Pattern token) {
		List<String> tokens = new ArrayList<>();
		Matcher found = token.matcher(value);
		int at = 0;
		while (found.find()) {
			if (!value.substring(at, found.start()).replace(',', ' ').isBlank()) {
				throw new Unpainted();
			}
			tokens.add(found.group());
			at = found.end();
		}
		if (!value.substring(at).replace(',', ' ').isBlank()) {
			throw new Unpainted();
		}
		return tokens;
	}

	static double number(Element element, String attribute, double absent) {
		String value = element.getAttribute(attribute);
		return value.isEmpty() ? absent : length(value);
	}

	/** A length in user units: a number, or one in pixels. */
	static double length(String value) {
		String number = value.strip();
		if (number.endsWith("px")) {
			number = number.substring(0, number.length() - 2);
		}
		return number(number);
	}

	static double number(String value) {
		if (!NUMBER.matcher(value.strip()).matches()) {
			throw new Unpainted();
		}
		return finite(value.strip());
	}

	/** A number a PDF can hold: within a float's range, as PDFBox writes it. */
	static double finite(String number) {
		double value = Double.parseDouble(number);
		if (!(Math.abs(value) <= Float.MAX_VALUE)) {
			throw new Unpainted();
		}
		return value;
	}

	static double positive(double value) {
		if (!(value >= 0)) {
			throw new Unpainted();
		}
		return value;
	}

	/** Something in the SVG this does not paint: Batik draws the chart instead. */
	static final class Unpainted extends RuntimeException {

		Unpainted() {
			super(null, null, false, false);
		}

	}

}
