package uk.beacon.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.dashboard.DashboardFilter;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of a dashboard's list and its PDF share one working-out of its summary for
 * one version of the data and one audience: a change to the data is seen on the next
 * page, and people who see different indicators never share one. The council is one of
 * its own (Summary County Council, {@code SMC}: 150 indicators for publication and one
 * not, {@code SMC-0000}, all reported in Q2 2024/25), so that no other test's data
 * changes what is counted.
 */
@BeaconIntegrationTest
class DashboardSummariesIntegrationTest {

	private static final String FIRST = "/dashboard/SMC";

	private static final String SECOND = "/dashboard/SMC?period=Q2%202024/25&page=2";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DashboardSummaries summaries;

	@BeforeEach
	void aCouncilOfItsOwn() {
		if (this.context.getBean(OrganisationUnits.class).findByCode("SMC").isPresent()) {
			return;
		}
		StringBuilder indicators = new StringBuilder(
				"code,title,organisation_code,unit,decimal_places,polarity,frequency,public\nSMC-0000,Not for publication,SMC-D1,number,0,higher_is_better,quarterly,no\n");
		StringBuilder figures = new StringBuilder(
				"indicator_code,data_period,reporting_period,value\nSMC-0000,Q2 2024/25,Q2 2024/25,7\n");
		for (int i = 1; i <= 150; i++) {
			String code = String.format("SMC-%04d", i);
			indicators.append(code)
				.append(",Summed indicator ")
				.append(i)
				.append(",SMC-D1,number,0,higher_is_better,quarterly,yes\n");
			figures.append(code).append(",Q2 2024/25,Q2 2024/25,").append(1000 + i).append('\n');
		}
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				SMC,Summary County Council,council,
				SMC-D1,Summary Directorate,directorate,SMC
				"""), file("indicators.csv", indicators.toString()), file("measurements.csv", figures.toString())),
				TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "summaryrestricted", "summaryrestricted@test.example", Role.READER, null,
				Role.RESTRICTED_READER, "SMC");
		TestUsers.ensure(this.context, "summaryreader", "summaryreader@test.example", Role.READER, null);
	}

	@Test
	void thePagesOfADashboardAndItsPdfShareOneWorkingOutOfItsSummary() {
		SignedIn administrator = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		// a change of the data, so that nothing is kept for this test's version
		this.jdbc.sql("update indicator set title = title where code = 'SMC-0001'").update();
		double workedOut = count("miss");
		double shared = count("hit");

		String first = administrator.get(FIRST).body();
		String second = administrator.get(SECOND).body();
		assertThat(administrator.download("/dashboard/SMC/pdf?period=Q2%202024/25").statusCode()).isEqualTo(200);

		assertThat(first).contains("151 indicators: ", "Showing 1 to 100 of 151.");
		assertThat(second).contains("151 indicators: ", "Showing 101 to 151 of 151.", "Summed indicator 150");
		// the first page, asked for without a quarter, worked it out for the quarter it
		// shows; the second page and the PDF were given it
		assertThat(count("miss") - workedOut).isEqualTo(1);
		assertThat(count("hit") - shared).isEqualTo(2);
		// the same, not another alike
		Optional<FinancialQuarter> quarter = Optional.of(new FinancialQuarter(2024, 2));
		assertThat(this.summaries.of("SMC", quarter, DashboardFilter.none(), Audience.everywhere()).orElseThrow())
			.isSameAs(this.summaries.of("SMC", Optional.empty(), DashboardFilter.none(), Audience.everywhere())
				.orElseThrow());
	}

	@Test
	void aChangeIsSeenOnTheNextPageAskedFor() {
		SignedIn administrator = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(administrator.get(FIRST).body()).contains("151 indicators: ");
		assertThat(administrator.get(SECOND).body()).contains("1,150").doesNotContain("9,150");
		var before = this.summaries.of("SMC", Optional.empty(), DashboardFilter.none(), Audience.everywhere())
			.orElseThrow();

		// behind Beacon's back: a figure on the second page, and the directorate's name
		// in the summary's table by directorate
		this.jdbc.sql(
				"update measurement set value = 9150 where indicator_id = (select id from indicator where code = 'SMC-0150')")
			.update();
		this.jdbc.sql("update organisation_unit set name = 'Renamed Directorate' where code = 'SMC-D1'").update();
		double workedOut = count("miss");

		String second = administrator.get(SECOND).body();
		assertThat(second).contains("9,150", ">Renamed Directorate</a>").doesNotContain("Summary Directorate");
		assertThat(count("miss") - workedOut).isEqualTo(1);
		assertThat(administrator.get(FIRST).body()).contains(">Renamed Directorate</a>")
			.doesNotContain("Summary Directorate");
		assertThat(
				this.summaries.of("SMC", Optional.empty(), DashboardFilter.none(), Audience.everywhere()).orElseThrow())
			.isNotSameAs(before);

		this.jdbc.sql(
				"update measurement set value = 1150 where indicator_id = (select id from indicator where code = 'SMC-0150')")
			.update();
		this.jdbc.sql("update organisation_unit set name = 'Summary Directorate' where code = 'SMC-D1'").update();
	}

	@Test
	void peopleWhoSeeDifferentIndicatorsNeverShareASummary() {
		SignedIn restricted = SignedIn.as(this.port, "summaryrestricted", TestUsers.PASSWORD);
		SignedIn reader = SignedIn.as(this.port, "summaryreader", TestUsers.PASSWORD);
		this.jdbc.sql("update indicator set title = title where code = 'SMC-0001'").update();
		double workedOut = count("miss");

		// the restricted reader's summary first, then another page for a reader who may
		// not see what is not for publication, then each the other's page
		assertThat(restricted.get(FIRST).body()).contains("151 indicators: ", "Not for publication");
		assertThat(reader.get(SECOND).body()).contains("150 indicators: ", "Showing 101 to 150 of 150.")
			.doesNotContain("Not for publication", "151 indicators");
		assertThat(reader.get(FIRST).body()).contains("150 indicators: ").doesNotContain("Not for publication");
		assertThat(restricted.get(SECOND).body()).contains("151 indicators: ");
		assertThat(count("miss") - workedOut).isEqualTo(2);

		Optional<FinancialQuarter> quarter = Optional.of(new FinancialQuarter(2024, 2));
		var forThePublic = this.summaries.of("SMC", quarter, DashboardFilter.none(), Audience.PUBLIC).orElseThrow();
		var forEveryone = this.summaries.of("SMC", quarter, DashboardFilter.none(), Audience.everywhere())
			.orElseThrow();
		assertThat(forThePublic).isNotSameAs(forEveryone);
		assertThat(forThePublic.dashboard().counts().total()).isEqualTo(150);
		assertThat(forEveryone.dashboard().counts().total()).isEqualTo(151);
	}

	// the summaries and other parts of pages found kept ("hit") or worked out ("miss")
	private double count(String result) {
		return this.meters.get("cache.gets")
			.tag("cache", "shared-page-parts")
			.tag("result", result)
			.functionCounter()
			.count();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
