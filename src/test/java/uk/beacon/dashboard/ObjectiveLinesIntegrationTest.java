package uk.beacon.dashboard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council dashboard's table by objective or perspective, its lines kept as written:
 * each section's name leads to the dashboard narrowed to it, listing as many indicators
 * as its counts add up to, and each count to those of that status, as many as it says.
 */
@BeaconIntegrationTest
class ObjectiveLinesIntegrationTest {

	private static final Pattern LINE = Pattern.compile(
			"<tr class=\"govuk-table__row\">\\s*<th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"([^\"]*)\">([^<]*)</a>(.*?)</tr>",
			Pattern.DOTALL);

	private static final Pattern COUNT = Pattern
		.compile("<a class=\"govuk-link\" href=\"([^\"]*)\" aria-label=\"(\\d+) ([a-z ]+) in ([^\"]*)\">(\\d+)</a>");

	private static final Pattern LISTED = Pattern
		.compile("<th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"/indicators/");

	@LocalServerPort
	int port;

	@Test
	void eachSectionAndCountLeadsToTheIndicatorsItCounts() {
		String dashboard = page("/dashboard/WCC?period=Q2%202019/20");
		String table = dashboard.substring(dashboard.indexOf("By objective or perspective"),
				dashboard.indexOf("id=\"indicators\""));
		Matcher line = LINE.matcher(table);
		List<String> checked = new java.util.ArrayList<>();
		while (line.find() && checked.size() < 3) {
			String section = line.group(2);
			long total = 0;
			Matcher count = COUNT.matcher(line.group(3));
			while (count.find()) {
				assertThat(count.group(4)).isEqualTo(section);
				assertThat(count.group(2)).isEqualTo(count.group(5));
				long n = Long.parseLong(count.group(5));
				total += n;
				assertThat(listed(page(count.group(1).replace("&amp;", "&")))).as(count.group(1)).isEqualTo(n);
			}
			assertThat(total).as(section).isPositive();
			assertThat(listed(page(line.group(1).replace("&amp;", "&")))).as(section).isEqualTo(Math.min(total, 100));
			checked.add(section);
		}
		assertThat(checked).hasSize(3);
	}

	private String page(String path) {
		var response = Http.getAsAdmin(this.port, path.replace("#indicators", ""));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static long listed(String page) {
		String list = page.substring(page.indexOf("id=\"indicators\""));
		return LISTED.matcher(list).results().count();
	}

}
