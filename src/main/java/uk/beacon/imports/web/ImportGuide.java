package uk.beacon.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The import format guide as a page: {@code docs/import-format.md} and
 * {@code docs/risk-import-format.md}, bundled with Beacon at build time, rendered once
 * with GOV.UK's styles. A link to another document in Beacon's source is shown as its
 * text, since the page cannot follow it.
 */
@Component
class ImportGuide {

	private static final Map<String, String> CLASSES = Map.ofEntries(Map.entry("h1", "govuk-heading-xl"),
			Map.entry("h2", "govuk-heading-l"), Map.entry("h3", "govuk-heading-m"), Map.entry("h4", "govuk-heading-s"),
			Map.entry("p", "govuk-body"), Map.entry("ul", "govuk-list govuk-list--bullet"),
			Map.entry("ol", "govuk-list govuk-list--number"), Map.entry("a", "govuk-link"),
			Map.entry("table", "govuk-table"), Map.entry("thead", "govuk-table__head"),
			Map.entry("tbody", "govuk-table__body"), Map.entry("tr", "govuk-table__row"),
			Map.entry("th", "govuk-table__header"), Map.entry("td", "govuk-table__cell"),
			Map.entry("pre", "beacon-code"));

	private final String html;

	ImportGuide() {
		// one page, one main heading: the risk registers' guide becomes a part of it
		this.html = render(read("guides/import-format.md") + "\n\n" + demoted(read("guides/risk-import-format.md")));
	}

	/** The guide's HTML, made from Beacon's own document (never from input). */
	String html() {
		return this.html;
	}

	static String render(String markdown) {
		List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
		Node document = Parser.builder().extensions(extensions).build().parse(markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				String destination = link.getDestination();
				if (!destination.startsWith("http") && !destination.startsWith("#")) {
					Node child = link.getFirstChild();
					while (child != null) {
						Node next = child.getNext();
						link.insertBefore(child);
						child = next;
					}
					link.unlink();
				}
				else {
					visitChildren(link);
				}
			}
		});
		String body = HtmlRenderer.builder()
			.extensions(extensions)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.attributeProviderFactory(context -> (AttributeProvider) (node, tagName, attributes) -> {
				String style = CLASSES.get(tagName);
				if (style != null) {
					attributes.put("class", style);
				}
			})
			.build()
			.render(document);
		// a wide table scrolls inside its own region at phone width, never the page
		int count = 0;
		StringBuilder out = new StringBuilder();
		int from = 0;
		for (int at = body.indexOf("<table", from); at >= 0; at = body.indexOf("<table", from)) {
			int end = body.indexOf("</table>", at) + "</table>".length();
			count++;
			out.append(body, from, at)
				.append("<div class=\"beacon-table-wrapper\" role=\"region\" tabindex=\"0\" aria-label=\"Table ")
				.append(count)
				.append(" of the guide\">")
				.append(body, at, end)
				.append("</div>");
			from = end;
		}
		return out.append(body.substring(from)).toString();
	}

	/** The document with each heading one level lower (# becomes ##), code left alone. */
	static String demoted(String markdown) {
		StringBuilder out = new StringBuilder();
		boolean code = false;
		for (String line : markdown.split("\n", -1)) {
			if (line.startsWith("```")) {
				code = !code;
			}
			out.append((!code && line.startsWith("#")) ? "#" + line : line).append('\n');
		}
		return out.toString();
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The import guide is built into Beacon from docs/import-format.md", ex);
		}
	}

}
