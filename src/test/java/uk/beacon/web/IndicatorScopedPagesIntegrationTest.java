package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.DispatcherServlet;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that shows only some indicators' data (an indicator's page, a scorecard) is kept
 * while other indicators change, and worked out again when one of its own changes or any
 * other table it shows does.
 */
@BeaconIntegrationTest
class IndicatorScopedPagesIntegrationTest {

	@Autowired
	RenderedPages pages;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, AtomicInteger> worked = new ConcurrentHashMap<>();

	@Test
	void aPageOfSomeIndicatorsOutlivesChangesToOthersOnly() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				ISP,A County Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency
				ISP-1,Homes built,ISP,number,0,higher_is_better,quarterly
				ISP-2,Homes sold,ISP,number,0,higher_is_better,quarterly
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				ISP-1,Q3 2019/20,Q3 2019/20,50
				ISP-2,Q3 2019/20,Q3 2019/20,50
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,applies_to,value
				ISP-1,value,Q1 2019/20,Q4 2019/20,60
				ISP-2,value,Q1 2019/20,Q4 2019/20,60
				""")), TestUsers.SYSTEM);
		long one = id("ISP-1");
		long two = id("ISP-2");
		String first = "/scoped/" + one;
		String second = "/scoped/" + two;
		String every = "/scoped/every/" + one;
		showAll(first, one, second, two, every);
		assertThat(times(first, second, every)).containsExactly(1, 1, 1);

		this.jdbc.sql("update measurement set value = 55 where indicator_id = ?").param(one).update();
		showAll(first, one, second, two, every);
		assertThat(times(first, second, every)).containsExactly(2, 1, 2);

		this.jdbc.sql("update target set value = 65 where indicator_id = ?").param(two).update();
		showAll(first, one, second, two, every);
		assertThat(times(first, second, every)).containsExactly(2, 2, 3);

		// another table the pages show: a scorecard, a risk
		this.jdbc.sql("update scorecard set name = name where id = -1").update();
		showAll(first, one, second, two, every);
		assertThat(times(first, second, every)).containsExactly(3, 3, 4);
		this.jdbc.sql("update risk set title = title where id = -1").update();
		showAll(first, one, second, two, every);
		assertThat(times(first, second, every)).containsExactly(4, 4, 5);

		// and kept again while nothing changes
		showAll(first, one, second, two, every);
		assertThat(times(first, second, every)).containsExactly(4, 4, 5);
	}

	private void showAll(String first, long one, String second, long two, String every) {
		show(first, List.of(one));
		show(second, List.of(two));
		show(every, null);
	}

	private void show(String address, List<Long> indicators) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", address);
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, this.context);
		Model model = new ExtendedModelMap();
		assertThat(this.pages.page(request, new MockHttpServletResponse(), model, "public", () -> {
			int count = this.worked.computeIfAbsent(address, (a) -> new AtomicInteger()).incrementAndGet();
			if (indicators != null) {
				RenderedPages.showsOnlyIndicators(model, indicators);
			}
			model.addAttribute("title", address);
			model.addAttribute("heading", address);
			model.addAttribute("count", count);
			return "kept-test";
		})).isEqualTo(RenderedPages.KEPT_PAGE);
	}

	private List<Integer> times(String... addresses) {
		return java.util.Arrays.stream(addresses).map((address) -> this.worked.get(address).get()).toList();
	}

	private long id(String code) {
		return this.jdbc.sql("select id from indicator where code = ?").param(code).query(Long.class).single();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
