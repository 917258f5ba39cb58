package uk.beacon.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF is made from the report as XML, which cannot hold most control characters: text
 * pasted from elsewhere (a manual line break from Word is a vertical tab) must not make a
 * report impossible to download.
 */
class PdfTextTest {

	@Test
	void controlCharactersXmlCannotHoldBecomeSpaces() {
		assertThat(PdfDocuments.xmlText("<p>line one\u000bline two\u001b\u0000!</p>"))
			.isEqualTo("<p>line one line two  !</p>");
	}

	@Test
	void tabsLineEndsAndEverythingElseAreKeptAsTheyAre() {
		String text = "<p>Café – 12 Major/Possible\tnext\r\nline £5m \uD83D\uDE00</p>";

		assertThat(PdfDocuments.xmlText(text)).isSameAs(text);
	}

}
