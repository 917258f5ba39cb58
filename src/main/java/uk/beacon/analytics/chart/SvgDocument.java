package uk.beacon.analytics.chart;

import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart as an SVG element that a screen reader announces as one image with a name
 * and a description, and that scales to the width of the page or report column.
 */
final class SvgDocument {

	private static final Pattern NOT_IN_AN_ID = Pattern.compile("[^A-Za-z0-9_.-]+");

	private static final Pattern STYLE_ATTRIBUTE = Pattern.compile(" style=(['\"])(.*?)\\1");

	private static final Pattern PROPERTY = Pattern.compile("[a-z][a-z-]*");

	/** Set while {@link #asDrawn} runs. */
	private static final ThreadLocal<Boolean> AS_DRAWN = new ThreadLocal<>();

	private SvgDocument() {
	}

	/**
	 * What {@code charts} gives with each chart's SVG as JFreeSVG drew it, not compacted:
	 * to check that compacting draws the same.
	 */
	static <T> T asDrawn(Supplier<T> charts) {
		AS_DRAWN.set(Boolean.TRUE);
		try {
			return charts.get();
		}
		finally {
			AS_DRAWN.remove();
		}
	}

	/**
	 * The SVG for {@code chart}, with {@code idPrefix} starting every id in it so that
	 * several charts can share a page.
	 */
	static String write(JFreeChart chart, String requestedIdPrefix, String title, String description) {
		return write(chart, requestedIdPrefix, title, description, ChartStyle.WIDTH, ChartStyle.HEIGHT);
	}

	/**
	 * The SVG for {@code chart} drawn at {@code width} by {@code height} units, as a
	 * sparkline is: it still scales to its container.
	 */
	static String write(JFreeChart chart, String requestedIdPrefix, String title, String description, int width,
			int height) {
		String idPrefix = safeIdPrefix(requestedIdPrefix);
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		g2.setDefsKeyPrefix(idPrefix + "-");
		g2.setFontFunction((family) -> "Arial, sans-serif");
		g2.setGeomDoubleConverter((value) -> rounded(value, 2));
		g2.setTransformDoubleConverter((value) -> rounded(value, 4));
		chart.draw(g2, new Rectangle(0, 0, width, height));
		String drawn = g2.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
		// JFreeSVG's own opening tag declares namespaces Beacon never uses; write ours
		String content = presentationAttributes(drawn.substring(drawn.indexOf('>') + 1));
		if (!Boolean.TRUE.equals(AS_DRAWN.get())) {
			content = SvgCompaction.compact(content);
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + idPrefix + "\" viewBox=\"0 0 " + width + " " + height
				+ "\" width=\"100%\" role=\"img\" aria-labelledby=\"" + idPrefix + "-title " + idPrefix
				+ "-desc\" font-family=\"Arial, sans-serif\">" + "<title id=\"" + idPrefix + "-title\">"
				+ SVGUtils.escapeForXML(title) + "</title>" + "<desc id=\"" + idPrefix + "-desc\">"
				+ SVGUtils.escapeForXML(description) + "</desc>" + content;
	}

	/**
	 * JFreeSVG styles each element with a {@code style} attribute, which a content
	 * security policy without {@code 'unsafe-inline'} refuses in a page. The same
	 * declarations as SVG presentation attributes ({@code fill="rgb(29,112,184)"}) draw
	 * the same and are allowed.
	 */
	static String presentationAttributes(String svg) {
		Matcher style = STYLE_ATTRIBUTE.matcher(svg);
		StringBuilder out = new StringBuilder(svg.length());
		while (style.find()) {
			StringBuilder attributes = new StringBuilder();
			String quote = style.group(1);
			for (String declaration : style.group(2).split(";")) {
				int colon = declaration.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String name = declaration.substring(0, colon).strip();
				String value = declaration.substring(colon + 1).strip();
				if (PROPERTY.matcher(name).matches() && !value.isEmpty()) {
					attributes.append(' ').append(name).append('=').append(quote).append(value).append(quote);
				}
			}
			style.appendReplacement(out, Matcher.quoteReplacement(attributes.toString()));
		}
		style.appendTail(out);
		return out.toString();
	}

	/**
	 * An id prefix made from what the chart shows, so the same chart gets the same ids.
	 */
	static String idPrefixFor(String kind, Object... content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Object part : content) {
				digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return kind + "-" + HexFormat.of().formatHex(digest.digest(), 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * {@code idPrefix} made safe to start an id: anything but letters, digits, hyphens,
	 * underscores and full stops becomes a hyphen, and a prefix that does not start with
	 * a letter gets "chart-" in front. "NI 155" becomes "NI-155"; "2019" becomes
	 * "chart-2019".
	 */
	static String safeIdPrefix(String idPrefix) {
		if (idPrefix == null || idPrefix.isBlank()) {
			throw new IllegalArgumentException(
					"A chart needs an id prefix to keep its ids apart from others on the page");
		}
		String safe = NOT_IN_AN_ID.matcher(idPrefix.strip()).replaceAll("-");
		char first = safe.charAt(0);
		boolean startsWithLetter = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z');
		return startsWithLetter ? safe : "chart-" + safe;
	}

	/**
	 * Short, plain numbers: JFreeSVG would otherwise write 17 digits for every
	 * coordinate.
	 */
	private static String rounded(double value, int places) {
		if (!Double.isFinite(value)) {
			return "0";
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.signum() == 0) ? "0" : rounded.toPlainString();
	}

}
