package uk.beacon.analytics.chart;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart's SVG parsed with the JDK's XML parser, queried with XPath. Parsing fails the
 * test when the SVG is not well-formed XML.
 */
final class Svg {

	private final Document document;

	private Svg(Document document) {
		this.document = document;
	}

	static Svg of(Chart chart) {
		return parse(chart.svg());
	}

	/**
	 * Parses the chart's SVG and checks what every chart owes a screen reader and a page:
	 * announced as one image named by its title and described by its text alternative,
	 * scalable, with ids unique to the chart, no script, nothing fetched from elsewhere
	 * and only Arial for text.
	 */
	static Svg assertAccessible(Chart chart) {
		Svg svg = of(chart);
		Element root = svg.root();
		String id = root.getAttribute("id");
		assertThat(root.getTagName()).isEqualTo("svg");
		assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 320");
		assertThat(root.getAttribute("width")).isEqualTo("100%");
		assertThat(root.hasAttribute("height")).isFalse();
		List<Element> children = svg.children();
		assertThat(children.get(0).getTagName()).isEqualTo("title");
		assertThat(children.get(0).getTextContent()).isEqualTo(chart.title());
		assertThat(children.get(1).getTagName()).isEqualTo("desc");
		assertThat(children.get(1).getTextContent()).isEqualTo(chart.textAlternative());
		assertThat(root.getAttribute("aria-labelledby"))
			.isEqualTo(children.get(0).getAttribute("id") + " " + children.get(1).getAttribute("id"));
		List<String> ids = svg.all("//*[@id]").stream().map((element) -> element.getAttribute("id")).toList();
		assertThat(ids).doesNotHaveDuplicates().allMatch((each) -> each.equals(id) || each.startsWith(id + "-"));
		assertThat(svg.count("//script | //foreignObject | //a | //image | //style")).isZero();
		assertThat(svg.count("//*[@*[contains(name(), 'href') or starts-with(name(), 'on')]]")).isZero();
		assertThat(chart.svg()).doesNotContainPattern("url\\((?!#)");
		assertThat(svg.all("//text"))
			.allSatisfy((text) -> assertThat(text.getAttribute("font-family")).isEqualTo("Arial, sans-serif"));
		// presentation attributes, never style attributes, which a content security
		// policy refuses
		assertThat(svg.count("//*[@style]")).isZero();
		return svg;
	}

	static Svg parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return new Svg(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new AssertionError("The SVG is not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	Element root() {
		return this.document.getDocumentElement();
	}

	/** The elements under the root, in order. */
	List<Element> children() {
		List<Element> children = new ArrayList<>();
		for (Node node = root().getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element) {
				children.add((Element) node);
			}
		}
		return children;
	}

	List<Element> all(String xpath) {
		try {
			NodeList nodes = (NodeList) XPathFactory.newInstance()
				.newXPath()
				.evaluate(xpath, this.document, XPathConstants.NODESET);
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				elements.add((Element) nodes.item(i));
			}
			return elements;
		}
		catch (XPathExpressionException ex) {
			throw new IllegalArgumentException(xpath, ex);
		}
	}

	int count(String xpath) {
		return all(xpath).size();
	}

	/** The groups whose class is exactly {@code classes}, such as "point actual". */
	List<Element> groups(String classes) {
		return all("//g[@class='" + classes + "']");
	}

	/** Every piece of text drawn in the chart, such as axis and legend labels. */
	List<String> texts() {
		return all("//text").stream().map(Element::getTextContent).toList();
	}

	/** The style of the first drawn shape inside {@code group}. */
	/**
	 * The presentation of the first element in the group that has one, written as CSS
	 * declarations ("fill:rgb(29,112,184);stroke-width:1.0").
	 */
	static String styleInside(Element group) {
		NodeList descendants = group.getElementsByTagName("*");
		for (int i = 0; i < descendants.getLength(); i++) {
			String style = presentation((Element) descendants.item(i));
			if (!style.isEmpty()) {
				return style;
			}
		}
		return presentation(group);
	}

	private static String presentation(Element element) {
		StringBuilder style = new StringBuilder();
		for (String name : new String[] { "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity",
				"stroke-dasharray", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit" }) {
			if (element.hasAttribute(name)) {
				style.append(name).append(':').append(element.getAttribute(name)).append(';');
			}
		}
		return style.toString();
	}

}
