package uk.beacon.dashboard;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council's dashboard and its data to check list their indicators and flags a page at a
 * time, with the counts of the whole council above and the filters kept from page to
 * page; a page past the last leads to the last, a page number that is not one is refused
 * with the reason, and the dashboard's PDF still lists every indicator. The council is
 * one of its own (250 indicators, half reported in the latest quarter, the other half
 * with a quarter missing), so that no other test's data changes what is counted.
 */
@BeaconIntegrationTest
class PagedListsIntegrationTest {

	private static final Pattern LISTED = Pattern.compile("href=\"/indicators/(PGC-\\d{4})");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void aCouncilOfTwoHundredAndFiftyIndicators() {
		PagingCouncil.load(this.context);
	}

	@Test
	void theCouncilsDashboardListsAHundredIndicatorsAPageUnderTheWholeCouncilsCounts() {
		HttpResponse<String> first = page("/dashboard/PGC");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(listed(first.body())).hasSize(100).startsWith(code(1)).endsWith(code(100));
		assertThat(first.body()).contains("250 indicators, by indicator code. Showing 1 to 100 of 250.")
			.contains("Indicators of Paging County Council, Q3 2025/26 (page 1 of 3)")
			// the summary counts the whole council on every page
			.contains("250 indicators: ")
			.contains("aria-label=\"Pages of the indicators of Paging County Council\"")
			.contains("href=\"/dashboard/PGC?period=Q3%202025/26&amp;page=2#indicators\" aria-label=\"Page 2\"")
			.contains("aria-current=\"page\" aria-label=\"Page 1\"")
			.doesNotContain("rel=\"prev\"");

		HttpResponse<String> last = page("/dashboard/PGC?period=Q3%202025/26&page=3");
		assertThat(listed(last.body())).hasSize(50).startsWith(code(201)).endsWith(code(250));
		assertThat(last.body()).contains("Showing 201 to 250 of 250.")
			.contains("href=\"/dashboard/PGC?period=Q3%202025/26&amp;page=2#indicators\" rel=\"prev\"")
			.doesNotContain("rel=\"next\"");
	}

	@Test
	void theFiltersAreKeptFromPageToPage() {
		HttpResponse<String> first = page("/dashboard/PGC?period=Q3+2025%2F26&updated=true");

		// the 125 reported in the quarter: two pages
		assertThat(first.body())
			.contains("125 indicators match the filters, by indicator code. Showing 1 to 100 of 125.")
			.contains(
					"href=\"/dashboard/PGC?period=Q3%202025/26&amp;updated=true&amp;page=2#indicators\" rel=\"next\"");
		assertThat(listed(first.body())).hasSize(100).allMatch(code -> Integer.parseInt(code.substring(4)) % 2 == 1);

		HttpResponse<String> second = page("/dashboard/PGC?period=Q3%202025/26&updated=true&page=2");
		assertThat(listed(second.body())).hasSize(25).startsWith(code(201)).endsWith(code(249));
		// the PDF of the page shown keeps the filters, not the page
		assertThat(second.body()).contains("href=\"/dashboard/PGC/pdf?period=Q3%202025/26&amp;updated=true\"");
	}

	@Test
	void whatWasTypedIntoAFilterIsKeptAsTypedInTheLinks() {
		// an owner's name with a plus and braces: neither a space nor a template's
		// variable
		HttpResponse<String> typed = page("/dashboard/PGC?period=Q3%202025/26&owner=%7Bx%7D%2By");
		assertThat(typed.statusCode()).isEqualTo(200);
		assertThat(typed.body()).contains("href=\"/dashboard/PGC/pdf?period=Q3%202025/26&amp;owner=%7Bx%7D%2By\"");
	}

	@Test
	void aPagePastTheLastLeadsToTheLastAndANumberThatIsNotOneIsRefusedWithTheReason() {
		HttpResponse<String> beyond = page("/dashboard/PGC?period=Q3%202025/26&updated=true&page=9");
		assertThat(beyond.statusCode()).isEqualTo(302);
		assertThat(beyond.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
			.endsWith("/dashboard/PGC?period=Q3%202025/26&updated=true&page=2#indicators"));
		assertThat(page("/dashboard/PGC?page=99999999999999999999").statusCode()).isEqualTo(302);

		HttpResponse<String> word = page("/dashboard/PGC?page=two");
		assertThat(word.statusCode()).isEqualTo(400);
		assertThat(word.body()).contains("“two” is not a page number: pages are numbered 1, 2, 3 and so on.");
		assertThat(page("/dashboard/PGC?page=0").statusCode()).isEqualTo(400);
		assertThat(page("/dashboard/PGC?page=-3").statusCode()).isEqualTo(400);
		assertThat(page("/data-quality?page=1e3").statusCode()).isEqualTo(400);
		assertThat(Http.getAsAdmin(this.port, "/api/v1/data-quality?unit=PGC").statusCode()).isEqualTo(200);
	}

	@Test
	void aListThatFitsOnOnePageHasNoPagination() {
		HttpResponse<String> none = page("/dashboard/PGC-D1?period=Q3%202025/26&updated=true");
		assertThat(listed(none.body())).isEmpty();
		assertThat(none.body()).doesNotContain("govuk-pagination");

		HttpResponse<String> directorate = page("/dashboard/PGC-D1");
		assertThat(listed(directorate.body())).hasSize(100);
		assertThat(directorate.body()).contains("Showing 1 to 100 of 125.");
		// the demo's council: 84 indicators on one page, as before
		assertThat(page("/dashboard/WCC").body()).doesNotContain("govuk-pagination").doesNotContain("Showing");
	}

	@Test
	void thePdfListsEveryIndicatorNotAPage() throws IOException {
		HttpResponse<byte[]> pdf = Http.getBytes(this.port, "/dashboard/PGC/pdf?page=2", "admin",
				TestUsers.ADMIN_PASSWORD);

		assertThat(pdf.statusCode()).isEqualTo(200);
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("250 indicators.", "Paged indicator 0001", "Paged indicator 0150",
				"Paged indicator 0250");
	}

	@Test
	void dataToCheckListsAHundredFlagsAPageWithItsFiltersKept() {
		HttpResponse<String> first = page("/data-quality?unit=PGC");

		// each odd indicator misses Q2
		assertThat(first.body()).contains("125 flags on 125 indicators, by indicator code. Showing 1 to 100 of 125.")
			.contains("Flags, by indicator code (page 1 of 2)")
			.contains("href=\"/data-quality?unit=PGC&amp;page=2#flags\" rel=\"next\"");
		assertThat(listed(first.body()).stream().distinct()).hasSize(100);

		HttpResponse<String> second = page("/data-quality?unit=PGC&page=2");
		assertThat(listed(second.body()).stream().distinct()).hasSize(25).endsWith(code(249));
		assertThat(second.body()).contains("Showing 101 to 125 of 125.");

		HttpResponse<String> beyond = page("/data-quality?unit=PGC&page=3");
		assertThat(beyond.statusCode()).isEqualTo(302);
		assertThat(beyond.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/data-quality?unit=PGC&page=2#flags"));
	}

	private HttpResponse<String> page(String path) {
		return Http.getAsAdmin(this.port, path);
	}

	private static List<String> listed(String html) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = LISTED.matcher(html);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	private static String code(int i) {
		return PagingCouncil.code(i);
	}

}
