package uk.beacon.reporting;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.access.Actor;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published cabinet reports as an Atom feed (issue 16 item 8): each entry links to
 * the published report, says when and by whom, and carries nothing of Part B; the feed
 * states its licence.
 */
@BeaconIntegrationTest
class ReportFeedIntegrationTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final Actor ANN = TestUsers.everywhere("Ann Officer", Role.PERFORMANCE_OFFICER);

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ScorecardViews scorecards;

	@Autowired
	ReportPublishing publishing;

	@Autowired
	ReportDrafts drafts;

	@Test
	void aPublishedReportIsAnEntryLinkingToItsPage() throws Exception {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "RPTFEED");
		FinancialQuarter q2 = new FinancialQuarter(2019, 2);
		PublishedReport report = this.publishing
			.publish(ANN, id, q2, this.publishing.fingerprint(this.drafts.draft(id, Optional.of(q2)).orElseThrow()))
			.orElseThrow();

		HttpResponse<String> feed = Http.get(this.port, "/open-data/reports.atom");
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
		assertThat(feed.headers().firstValue("Link"))
			.hasValueSatisfying(l -> assertThat(l).contains("rel=\"license\""));
		assertThat(feed.body()).doesNotContain(ReportCouncil.SECRET_TITLE);

		Document xml = parsed(feed.body());
		Element root = xml.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(root, "rights")).contains("Open Government Licence v3.0");
		Element entry = entryFor(root, "http://localhost:" + this.port + "/reports/" + report.id());
		assertThat(entry).as("an entry for the report just published").isNotNull();
		assertThat(text(entry, "title")).isEqualTo(report.title());
		assertThat(text(entry, "summary")).contains("RPTFEED Council Scorecard").contains("Q2 2019/20");
		assertThat(text((Element) entry.getElementsByTagNameNS(ATOM, "author").item(0), "name"))
			.isEqualTo("Ann Officer");
		assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
			.isEqualTo("http://localhost:" + this.port + "/reports/" + report.id());
		// the page the entry links to is open to the public
		assertThat(Http.get(this.port, "/reports/" + report.id()).statusCode()).isEqualTo(200);
	}

	private static Element entryFor(Element feed, String id) {
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			if (id.equals(text(entry, "id"))) {
				return entry;
			}
		}
		return null;
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
	}

	private static Document parsed(String body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}

}
