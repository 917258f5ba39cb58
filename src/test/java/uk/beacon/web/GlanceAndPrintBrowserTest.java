package uk.beacon.web;

import java.io.IOException;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Media;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import uk.beacon.BeaconIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A scorecard and a dashboard at a glance and on paper: each scorecard line's sparkline
 * with its words, the dashboard's chart of statuses beside its table, both checked by
 * axe-core at desktop and phone width; printed, each fits every column on landscape A4
 * with no header, navigation or link addresses, and each downloads as a PDF.
 */
@BeaconIntegrationTest
class GlanceAndPrintBrowserTest extends BrowserTestSupport {

	/** Landscape A4 less the 10 mm margins each side, in CSS pixels: 277 mm. */
	private static final int PRINTED_WIDTH = 1046;

	@Test
	void aScorecardShowsEachLinesRecentValuesAndPrintsEveryColumnOnA4() throws IOException {
		Page page = browser.newPage();
		page.navigate(url("/"));
		page.getByText("Children, Families and Communities Balanced Scorecard").click();
		PlaywrightAssertions.assertThat(page.locator("tbody tr")).hasCount(60);

		// every line has a sparkline, one image named and described in words
		assertThat(page.locator("td.beacon-sparkline svg[role=img]").count()).isEqualTo(60);
		List<String> descriptions = page.locator("td.beacon-sparkline svg desc").allTextContents();
		assertThat(descriptions)
			.allSatisfy(d -> assertThat(d).containsPattern("^(Last \\d+ |Latest of the |No values)"));
		assertThat(descriptions).anySatisfy(d -> assertThat(d).contains("; target "));
		// the direction of travel is never an arrow alone
		for (String cell : page.locator("tbody tr td:nth-child(6)").allInnerTexts()) {
			assertThat(cell.replaceAll("[▲▼►\\s]", "")).isNotEmpty();
		}
		assertAccessible(page);
		page.locator("table")
			.first()
			.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target/screenshots/scorecard-sparklines.png")));
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);

		assertPrintsOnA4(page);
		byte[] printed = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
		try (PDDocument pdf = Loader.loadPDF(printed)) {
			PDRectangle sheet = pdf.getPage(0).getMediaBox();
			assertThat(sheet.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(2f));
			assertThat(sheet.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), within(2f));
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Care Leavers in suitable accommodation").doesNotContain("(/indicators/");
		}

		APIResponse download = page.request()
			.get(page.locator("a", new Page.LocatorOptions().setHasText("Download as PDF"))
				.getAttribute("href")
				.transform(this::url));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().get("content-type")).isEqualTo("application/pdf");
		page.close();
	}

	@Test
	void aDashboardChartsItsStatusesByDirectorateBesideTheTableAndPrintsOnA4() {
		Page page = browser.newPage();
		signInAsAdministrator(page);
		page.navigate(url("/"));
		page.navigate(url("/dashboard"));
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Worcestershire County Council"))
			.click();
		PlaywrightAssertions.assertThat(page.locator("main")).containsText("By directorate");

		var chart = page.locator("figure.beacon-status-bars svg[role=img]");
		assertThat(chart.count()).isEqualTo(1);
		assertThat(chart.locator("desc").textContent())
			.startsWith("Bar chart of indicators, each bar split into Green, " + "Amber, Red, Not rated and No data.")
			.contains("Children, Families and Communities: ");
		// each colour is named in the key, with the mark on its part of a bar
		assertThat(chart.locator("text").allTextContents()).contains("Green (G)", "Amber (A)", "Red (R)");
		assertAccessible(page);
		page.locator("figure.beacon-status-bars")
			.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target/screenshots/dashboard-status-bars.png")));
		page.setViewportSize(390, 844);
		assertAccessible(page);
		assertNoSidewaysScrolling(page);

		assertPrintsOnA4(page);
		APIResponse download = page.request()
			.get(url(page.locator("a", new Page.LocatorOptions().setHasText("Download as PDF")).getAttribute("href")));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().get("content-type")).isEqualTo("application/pdf");
		page.close();
	}

	/**
	 * Under print media at the width of landscape A4 within its margins: no header,
	 * navigation or forms, no link address after a link, each table's headings repeated
	 * on every page, and every column of every table on the sheet.
	 */
	private static void assertPrintsOnA4(Page page) {
		page.setViewportSize(PRINTED_WIDTH, 740);
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.evaluate("() => matchMedia('print').matches")).isEqualTo(true);
		for (String hidden : List.of(".beacon-header", ".govuk-footer", ".govuk-breadcrumbs", "form")) {
			assertThat(
					page.evaluate("s => [...document.querySelectorAll(s)].every(e => e.offsetParent === null)", hidden))
				.as(hidden + " is not printed")
				.isEqualTo(true);
		}
		assertThat(page.evaluate("() => [...document.querySelectorAll('main a[href]')]"
				+ ".map(a => getComputedStyle(a, '::after').content).filter(c => c !== 'none' && c !== 'normal')"))
			.asList()
			.isEmpty();
		assertThat(page.evaluate("() => [...document.querySelectorAll('main thead')]"
				+ ".every(t => getComputedStyle(t).display === 'table-header-group')"))
			.isEqualTo(true);
		assertThat(page.evaluate("""
				w => [...document.querySelectorAll('main table th, main table td')]
				  .filter(c => c.getBoundingClientRect().right > w + 1 || c.getBoundingClientRect().width === 0)
				  .map(c => c.textContent.trim().slice(0, 40))""", PRINTED_WIDTH))
			.as("cells beyond the printed width or not printed")
			.asList()
			.isEmpty();
		assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(PRINTED_WIDTH);
	}

}
