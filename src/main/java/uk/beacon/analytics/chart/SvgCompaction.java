package uk.beacon.analytics.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The same drawing in fewer elements and attributes. JFreeSVG writes every shape with
 * every presentation attribute of the graphics state and a reference to the clip path,
 * often wrapped in a group of its own: a trend chart's tick mark or point costs some 300
 * characters, a report of 195 charts 17 MB of markup that the PDF renderer parses and
 * Batik turns into a node, a clip and a clip path of its own for every shape. Here:
 *
 * <ul>
 * <li>a group with nothing but presentation attributes and one child gives them to the
 * child, and a group with no attributes at all gives way to its children;</li>
 * <li>stroke properties of a shape with no stroke, the mitre limit of a shape whose
 * corners are not mitred (or a line, which has none), and a property at the value it has
 * anyway (its initial value, or its parent's) are left out;</li>
 * <li>a clip path or presentation attribute that every child of a group shares moves to
 * the group, and a run of neighbours that share a clip path, and within it a run that
 * shares its look, are gathered into a group that carries it once.</li>
 * </ul>
 *
 * Nothing is reordered, so what is painted over what is unchanged; a clip moves only off
 * an element without a transform of its own, so it keeps its coordinates; only inherited
 * properties move, never {@code opacity} (a group's opacity composites it as a whole).
 * Groups with a class or an id keep them, so the SVG still says what each shape is.
 */
final class SvgCompaction {

	/** Presentation attributes that children inherit, as JFreeSVG writes them. */
	private static final Set<String> INHERITED = Set.of("fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
			"stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
			"stroke-dashoffset", "shape-rendering", "text-rendering", "font-family", "font-size", "font-style",
			"font-weight", "text-anchor", "clip-rule", "color-rendering", "image-rendering");

	private static final Set<String> STROKE_ONLY = Set.of("stroke-width", "stroke-opacity", "stroke-linecap",
			"stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset");

	private static final Set<String> FILL_ONLY = Set.of("fill-opacity", "fill-rule");

	private static final Set<String> SHAPES = Set.of("path", "line", "rect", "circle", "ellipse", "polyline", "polygon",
			"text");

	private static final String CLIP = "clip-path";

	/** Initial values of inherited properties, in the forms JFreeSVG writes them. */
	private static final Map<String, Set<String>> INITIAL = Map.of("fill-opacity", Set.of("1", "1.0"), "stroke-opacity",
			Set.of("1", "1.0"), "stroke-width", Set.of("1", "1.0"), "stroke-linecap", Set.of("butt"), "stroke-linejoin",
			Set.of("miter"), "stroke-miterlimit", Set.of("4", "4.0"), "fill-rule", Set.of("nonzero"), "stroke",
			Set.of("none"), "stroke-dashoffset", Set.of("0", "0.0"));

	private SvgCompaction() {
	}

	/**
	 * @param content what JFreeSVG writes inside its {@code <svg>} element, with its end
	 * tag ({@code <defs>...</defs>...</svg>})
	 * @return the same drawing, with the same end tag
	 */
	static String compact(String content) {
		Element root = parse("<svg>" + content);
		unwrap(root);
		for (Node child : root.children) {
			if (child instanceof Element element && !element.name.equals("defs")) {
				leaveOutIrrelevant(element, Map.of());
			}
		}
		gather(root);
		leaveOutInherited(root, Map.of());
		StringBuilder out = new StringBuilder(content.length() / 2);
		for (Node child : root.children) {
			child.write(out);
		}
		return out.append("</svg>").toString();
	}

	/** Stroke properties with no stroke, mitre limits with no mitre. */
	private static void leaveOutIrrelevant(Element element, Map<String, String> inherited) {
		Map<String, String> here = inheritedBy(element, inherited);
		if (SHAPES.contains(element.name)) {
			if ("none".equals(here.getOrDefault("stroke", "none"))) {
				element.attributes.keySet().removeAll(STROKE_ONLY);
			}
			if (element.name.equals("line") || !"miter".equals(here.getOrDefault("stroke-linejoin", "miter"))) {
				element.attributes.remove("stroke-miterlimit");
			}
			return;
		}
		for (Node child : element.children) {
			if (child instanceof Element each) {
				leaveOutIrrelevant(each, here);
			}
		}
	}

	/** Groups that add nothing but presentation attributes go, their children stay. */
	private static void unwrap(Element parent) {
		if (!isDrawing(parent)) {
			return;
		}
		for (Node child : parent.children) {
			if (child instanceof Element element) {
				unwrap(element);
			}
		}
		List<Node> unwrapped = new ArrayList<>();
		for (Node child : parent.children) {
			if (child instanceof Element group && group.name.equals("g") && group.attributes.isEmpty()) {
				unwrapped.addAll(group.children);
			}
			else if (child instanceof Element group && isPlainGroup(group) && group.children.size() == 1
					&& group.children.get(0) instanceof Element only && canTake(only, group.attributes)) {
				group.attributes.forEach(only.attributes::putIfAbsent);
				unwrapped.add(only);
			}
			else {
				unwrapped.add(child);
			}
		}
		parent.children = filledThenStroked(unwrapped);
	}

	/**
	 * A shape filled and then the same shape stroked, as JFreeChart draws a marker, as
	 * one element filled and stroked: SVG paints an element's fill and then its stroke,
	 * each with its own opacity, as the two elements did.
	 */
	private static List<Node> filledThenStroked(List<Node> nodes) {
		List<Node> out = new ArrayList<>();
		for (Node node : nodes) {
			if (!out.isEmpty() && out.get(out.size() - 1) instanceof Element filled && node instanceof Element stroked
					&& sameShape(filled, stroked)) {
				Element both = new Element(filled.name);
				filled.attributes.forEach((name, value) -> {
					if (!name.equals("stroke")) {
						both.attributes.put(name, value);
					}
				});
				stroked.attributes.forEach((name, value) -> {
					if (!name.equals("fill")) {
						both.attributes.put(name, value);
					}
				});
				out.set(out.size() - 1, both);
			}
			else {
				out.add(node);
			}
		}
		return out;
	}

	/**
	 * Whether {@code filled} is a shape with a fill and no stroke and {@code stroked} the
	 * same shape, in the same place, clip and rendering, stroked and not filled.
	 */
	private static boolean sameShape(Element filled, Element stroked) {
		if (!filled.name.equals(stroked.name) || !SHAPES.contains(filled.name) || filled.name.equals("text")
				|| !"none".equals(filled.attributes.get("stroke")) || !"none".equals(stroked.attributes.get("fill"))
				|| !filled.children.isEmpty() || !stroked.children.isEmpty()) {
			return false;
		}
		for (String name : union(filled.attributes.keySet(), stroked.attributes.keySet())) {
			boolean paint = name.equals("fill") || name.equals("stroke") || FILL_ONLY.contains(name)
					|| STROKE_ONLY.contains(name);
			// shape-rendering asks only for more or less anti-aliasing of the edges
			if (!paint && !name.equals("shape-rendering")
					&& !Objects.equals(filled.attributes.get(name), stroked.attributes.get(name))) {
				return false;
			}
		}
		return filled.attributes.keySet().stream().noneMatch((name) -> STROKE_ONLY.contains(name))
				&& stroked.attributes.keySet().stream().noneMatch(FILL_ONLY::contains);
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		Set<String> both = new java.util.HashSet<>(one);
		both.addAll(other);
		return both;
	}

	/** Shared clips and looks move up to groups. */
	private static void gather(Element parent) {
		if (!isDrawing(parent)) {
			return;
		}
		for (Node child : parent.children) {
			if (child instanceof Element element) {
				gather(element);
			}
		}
		if (!parent.name.equals("svg")) {
			hoistShared(parent);
		}
		else {
			parent.children = gathered(parent.children, true);
		}
	}

	private static boolean isDrawing(Element element) {
		return !element.name.equals("defs") && !element.name.equals("clipPath") && !element.name.equals("text");
	}

	/** A group with presentation attributes (and perhaps a clip) only. */
	private static boolean isPlainGroup(Element group) {
		return group.name.equals("g")
				&& group.attributes.keySet().stream().allMatch((name) -> INHERITED.contains(name) || name.equals(CLIP));
	}

	/** Whether the group's attributes can be moved onto {@code child} unchanged. */
	private static boolean canTake(Element child, Map<String, String> attributes) {
		if (attributes.containsKey(CLIP)
				&& (child.attributes.containsKey(CLIP) || child.attributes.containsKey("transform"))) {
			return false;
		}
		return true;
	}

	/** What every child of {@code group} has alike moves up to it. */
	private static void hoistShared(Element group) {
		List<Element> elements = elements(group.children);
		if (elements.isEmpty() || elements.size() != group.children.size()) {
			return;
		}
		for (Map.Entry<String, String> candidate : new ArrayList<>(elements.get(0).attributes.entrySet())) {
			String name = candidate.getKey();
			boolean movable = (INHERITED.contains(name) && keepsItsLook(elements).isEmpty())
					|| (name.equals(CLIP) && !group.attributes.containsKey(CLIP)
							&& elements.stream().noneMatch((each) -> each.attributes.containsKey("transform")));
			if (!movable || group.attributes.containsKey(name)
					|| !elements.stream().allMatch((each) -> candidate.getValue().equals(each.attributes.get(name)))) {
				continue;
			}
			group.attributes.put(name, candidate.getValue());
			elements.forEach((each) -> each.attributes.remove(name));
		}
	}

	/**
	 * Runs of neighbours with the same clip path in a group each, and within those runs
	 * of the same look.
	 */
	private static List<Node> gathered(List<Node> nodes, boolean byClip) {
		List<Node> out = new ArrayList<>();
		int i = 0;
		while (i < nodes.size()) {
			Map<String, String> shared = (nodes.get(i) instanceof Element first) ? sharable(first, byClip) : Map.of();
			int end = i + 1;
			while (!shared.isEmpty() && end < nodes.size() && nodes.get(end) instanceof Element next
					&& sharable(next, byClip).equals(shared)) {
				end++;
			}
			if (end - i < 2) {
				out.add(nodes.get(i));
				i++;
				continue;
			}
			Element group = new Element("g");
			group.attributes.putAll(shared);
			for (Node node : nodes.subList(i, end)) {
				((Element) node).attributes.keySet().removeAll(shared.keySet());
				group.children.add(node);
			}
			if (byClip) {
				group.children = gathered(group.children, false);
			}
			out.add(group);
			i = end;
		}
		return out;
	}

	/** The clip path, or the inherited look, that {@code element} could share. */
	private static Map<String, String> sharable(Element element, boolean byClip) {
		Map<String, String> shared = new LinkedHashMap<>();
		if (byClip) {
			String clip = element.attributes.get(CLIP);
			if (clip != null && !element.attributes.containsKey("transform")) {
				shared.put(CLIP, clip);
			}
			return shared;
		}
		if (!keepsItsLook(List.of(element)).isEmpty()) {
			return shared;
		}
		element.attributes.forEach((name, value) -> {
			if (INHERITED.contains(name)) {
				shared.put(name, value);
			}
		});
		return shared;
	}

	/** Properties at the value they would have anyway. */
	private static void leaveOutInherited(Element element, Map<String, String> inherited) {
		if (element.name.equals("defs") || element.name.equals("text")) {
			return;
		}
		Iterator<Map.Entry<String, String>> attributes = element.attributes.entrySet().iterator();
		while (attributes.hasNext()) {
			Map.Entry<String, String> attribute = attributes.next();
			String name = attribute.getKey();
			if (!INHERITED.contains(name)) {
				continue;
			}
			String parent = inherited.get(name);
			boolean same = (parent != null) ? parent.equals(attribute.getValue())
					: INITIAL.getOrDefault(name, Set.of()).contains(attribute.getValue());
			if (same) {
				attributes.remove();
			}
		}
		Map<String, String> here = inheritedBy(element, inherited);
		for (Node child : element.children) {
			if (child instanceof Element each) {
				leaveOutInherited(each, here);
			}
		}
	}

	private static Map<String, String> inheritedBy(Element element, Map<String, String> inherited) {
		Map<String, String> here = null;
		for (Map.Entry<String, String> attribute : element.attributes.entrySet()) {
			if (INHERITED.contains(attribute.getKey())) {
				if (here == null) {
					here = new HashMap<>(inherited);
				}
				here.put(attribute.getKey(), attribute.getValue());
			}
		}
		return (here != null) ? here : inherited;
	}

	/**
	 * Of {@code elements}, those that keep their own look: text, which names its font
	 * itself, and a group with a class or an id, which says what it draws and how.
	 */
	private static List<Element> keepsItsLook(List<Element> elements) {
		return elements.stream()
			.filter((each) -> each.name.equals("text") || each.attributes.containsKey("class")
					|| each.attributes.containsKey("id"))
			.toList();
	}

	private static List<Element> elements(List<Node> nodes) {
		List<Element> elements = new ArrayList<>();
		for (Node node : nodes) {
			if (node instanceof Element element) {
				elements.add(element);
			}
		}
		return elements;
	}

	private static Element parse(String svg) {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(svg));
			List<Element> open = new ArrayList<>();
			Element root = null;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					Element element = new Element(reader.getLocalName());
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
					}
					if (open.isEmpty()) {
						root = element;
					}
					else {
						open.get(open.size() - 1).children.add(element);
					}
					open.add(element);
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					open.remove(open.size() - 1);
				}
				else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
						&& !open.isEmpty()) {
					open.get(open.size() - 1).children.add(new Text(reader.getText()));
				}
			}
			return Objects.requireNonNull(root);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("JFreeSVG wrote an SVG that is not well-formed XML", ex);
		}
	}

	private sealed interface Node permits Element, Text {

		void write(StringBuilder out);

	}

	private static final class Element implements Node {

		private final String name;

		private final Map<String, String> attributes = new LinkedHashMap<>();

		private List<Node> children = new ArrayList<>();

		Element(String name) {
			this.name = name;
		}

		@Override
		public void write(StringBuilder out) {
			out.append('<').append(this.name);
			this.attributes.forEach((attribute, value) -> {
				out.append(' ').append(attribute).append("='");
				escape(value, true, out);
				out.append('\'');
			});
			if (this.children.isEmpty()) {
				out.append("/>");
				return;
			}
			out.append('>');
			for (Node child : this.children) {
				child.write(out);
			}
			out.append("</").append(this.name).append('>');
		}

	}

	private record Text(String text) implements Node {

		@Override
		public void write(StringBuilder out) {
			escape(this.text, false, out);
		}

	}

	private static void escape(String text, boolean attribute, StringBuilder out) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '\'' -> out.append(attribute ? "&apos;" : "'");
				case '"' -> out.append(attribute ? "&quot;" : "\"");
				default -> out.append(c);
			}
		}
	}

}
