package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines of a dashboard and a scorecard are kept as written by what they show: after
 * one figure changes, the page shows it at once, every other line is the markup kept, and
 * the page is the same as one written with nothing kept.
 */
@BeaconIntegrationTest
class RenderedRowsIntegrationTest {

	private static final Pattern BODY = Pattern.compile("<tbody class=\"govuk-table__body\">(.*?)</tbody>",
			Pattern.DOTALL);

	private static final Pattern ROW = Pattern.compile("<tr class=\"govuk-table__row\">.*?</tr>", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RenderedRows rows;

	@Test
	void aChangedFigureIsShownAtOnceAndEveryOtherLineIsAsWrittenAfresh() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						RRW,A County Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,decimal_places,polarity,frequency
						RRW-1,Homes built,RRW,number,0,higher_is_better,quarterly
						RRW-2,Homes sold,RRW,number,0,higher_is_better,quarterly
						RRW-3,Homes let,RRW,number,0,higher_is_better,quarterly
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						RRW-1,Q3 2019/20,Q3 2019/20,501
						RRW-2,Q3 2019/20,Q3 2019/20,502
						RRW-3,Q3 2019/20,Q3 2019/20,503
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										RRW-SC,Housing scorecard,RRW,corporate,Homes,objective,RRW-1,Q3 2019/20
										RRW-SC,Housing scorecard,RRW,corporate,Homes,objective,RRW-2,Q3 2019/20
										RRW-SC,Housing scorecard,RRW,corporate,Homes,objective,RRW-3,Q3 2019/20
										""")),
				TestUsers.SYSTEM);
		long scorecard = this.jdbc.sql("select id from scorecard where code = 'RRW-SC'").query(Long.class).single();
		SignedIn administrator = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		for (String page : List.of("/dashboard/RRW?period=Q3%202019/20",
				"/scorecards/" + scorecard + "?period=Q3%202019/20")) {
			List<String> before = lines(administrator.get(page).body());
			assertThat(before).hasSize(3);
			assertThat(before.get(1)).contains("502");

			this.jdbc
				.sql("update measurement set value = value + 1000 where indicator_id = "
						+ "(select id from indicator where code = 'RRW-2')")
				.update();
			List<String> after = lines(administrator.get(page).body());
			assertThat(after.get(1)).as(page).contains("1,502").doesNotContain(">502<");
			assertThat(after.get(0)).as(page).isEqualTo(before.get(0));
			assertThat(after.get(2)).as(page).isEqualTo(before.get(2));

			// nothing kept, and the page written again: the same lines
			this.rows.forget();
			this.jdbc.sql("update scorecard set name = name where id = -1").update();
			assertThat(lines(administrator.get(page).body())).as(page).isEqualTo(after);
			this.jdbc
				.sql("update measurement set value = value - 1000 where indicator_id = "
						+ "(select id from indicator where code = 'RRW-2')")
				.update();
		}
	}

	// the lines of the page's last table
	private static List<String> lines(String page) {
		Matcher body = BODY.matcher(page);
		String last = null;
		while (body.find()) {
			last = body.group(1);
		}
		assertThat(last).as("a table of indicators").isNotNull();
		List<String> lines = new ArrayList<>();
		Matcher row = ROW.matcher(last);
		while (row.find()) {
			lines.add(row.group());
		}
		return lines;
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
