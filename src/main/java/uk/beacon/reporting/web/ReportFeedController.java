package uk.beacon.reporting.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.beacon.reporting.PublishedReport;
import uk.beacon.reporting.PublishedReports;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardViews;
import uk.beacon.web.OpenData;

/**
 * The published cabinet reports as an Atom feed (RFC 4287), newest first, so that a
 * resident's feed reader or a council's website hears of each as it is published. Every
 * entry links to the report's page, whose Part A is public; nothing from Part B is in the
 * feed. Published reports never change, so an entry's time is when it was published.
 */
@RestController
class ReportFeedController {

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/** Enough for a feed reader: the newest reports. */
	static final int ENTRIES = 50;

	private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final OffsetDateTime NEVER = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private final PublishedReports published;

	private final ScorecardViews scorecards;

	private final Clock clock;

	ReportFeedController(PublishedReports published, ScorecardViews scorecards, Clock clock) {
		this.published = published;
		this.scorecards = scorecards;
		this.clock = clock;
	}

	@GetMapping("/open-data/reports.atom")
	ResponseEntity<byte[]> feed() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<PublishedReport> reports = this.published.all().stream().limit(ENTRIES).toList();
		Map<Long, String> names = this.scorecards.all()
			.stream()
			.collect(Collectors.toMap(Scorecard::id, Scorecard::name));
		return OpenData.licensed(ResponseEntity.ok()
			.contentType(ATOM)
			.body(atom(base, reports, names).getBytes(StandardCharsets.UTF_8)));
	}

	private String atom(String base, List<PublishedReport> reports, Map<Long, String> names) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			text(xml, "id", base + "/open-data/reports.atom");
			text(xml, "title", "Published cabinet reports");
			text(xml, "subtitle", "Quarterly performance and risk reports, as each council publishes them");
			text(xml, "updated", RFC_3339.format(reports.isEmpty() ? NEVER : utc(reports.get(0).publishedAt())));
			link(xml, "self", base + "/open-data/reports.atom", ATOM.getType() + "/" + ATOM.getSubtype());
			link(xml, "alternate", base + "/reports", "text/html");
			link(xml, "license", OpenData.LICENCE_URL, null);
			text(xml, "rights", OpenData.ATTRIBUTION);
			xml.writeStartElement("author");
			text(xml, "name", "Beacon");
			xml.writeEndElement();
			for (PublishedReport report : reports) {
				String page = base + "/reports/" + report.id();
				xml.writeStartElement("entry");
				text(xml, "id", page);
				text(xml, "title", report.title() + ((report.version() > 1) ? ", version " + report.version() : ""));
				text(xml, "updated", RFC_3339.format(utc(report.publishedAt())));
				text(xml, "published", RFC_3339.format(utc(report.publishedAt())));
				link(xml, "alternate", page, "text/html");
				xml.writeStartElement("author");
				text(xml, "name", report.publishedBy());
				xml.writeEndElement();
				text(xml, "summary", summary(report, names));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The feed could not be written", ex);
		}
		return out.toString();
	}

	private String summary(PublishedReport report, Map<Long, String> names) {
		String scorecard = names.getOrDefault(report.scorecardId(), "a scorecard");
		String text = "The cabinet report on the " + scorecard + " for " + Quarters.fromKey(report.period()).label()
				+ ", published " + report.publishedAtText(this.clock.getZone()) + ".";
		if (report.version() > 1) {
			String why = (report.reason() != null) ? " because: " + report.reason() : "";
			return text + " Version " + report.version() + why + (why.endsWith(".") ? "" : ".")
					+ " Earlier versions are kept.";
		}
		return text;
	}

	private static OffsetDateTime utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(stripped(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		if (type != null) {
			xml.writeAttribute("type", type);
		}
	}

	/** XML 1.0 has no place for most control characters, whatever a title holds. */
	private static String stripped(String text) {
		return (text != null) ? text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "") : "";
	}

}
