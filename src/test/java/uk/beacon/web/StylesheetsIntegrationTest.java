package uk.beacon.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet a page links to is served, GOV.UK Frontend's from its WebJar without a
 * version in the address.
 */
@BeaconIntegrationTest
class StylesheetsIntegrationTest {

	private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void everyLinkedStylesheetIsServed() {
		Matcher links = STYLESHEET.matcher(Http.get(this.port, "/").body());
		int found = 0;
		while (links.find()) {
			found++;
			assertThat(Http.get(this.port, links.group(1)).statusCode()).as(links.group(1)).isEqualTo(200);
		}
		// GOV.UK Frontend, Beacon's own and the cabinet report's print styles
		assertThat(found).isEqualTo(3);
	}

	@Test
	void govukFrontendImagesAreServedWhereItsStylesheetExpectsThem() {
		assertThat(Http.get(this.port, "/assets/images/favicon.ico").statusCode()).isEqualTo(200);
	}

}
