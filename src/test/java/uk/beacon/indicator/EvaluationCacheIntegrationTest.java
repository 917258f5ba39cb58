package uk.beacon.indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluations are cached, and never shown once the data under them changed: after an
 * import, and after a write that no Beacon event announces (another instance, or a person
 * at the database).
 */
@BeaconIntegrationTest
class EvaluationCacheIntegrationTest {

	private static final FinancialQuarter Q3 = new FinancialQuarter(2019, 3);

	@Autowired
	CsvImport csvImport;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorPerformances performances;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvaluationCache cache;

	@Test
	void anImportIsSeenAtOnce() {
		long id = councilWithOneFigure("CCH", "Q2 2019/20");
		assertThat(value(id)).isEqualByComparingTo("50");
		assertThat(this.performances.reportingPeriods(List.of(id))).containsExactly(new FinancialQuarter(2019, 2));

		this.csvImport.run(List.of(file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				CCH-1,Q3 2019/20,Q3 2019/20,70
				""")), TestUsers.SYSTEM);

		Performance q3 = this.performances.at(List.of(id), Q3).get(id);
		assertThat(q3.value()).isEqualByComparingTo("70");
		assertThat(q3.direction().direction()).isEqualTo(DirectionOfTravel.IMPROVING);
		assertThat(this.performances.reportingPeriods(List.of(id))).containsExactly(new FinancialQuarter(2019, 2), Q3);
	}

	@Test
	void aWriteNoEventAnnouncesIsSeenAtOnce() {
		long id = councilWithOneFigure("CCW", "Q3 2019/20");
		assertThat(value(id)).isEqualByComparingTo("50");

		this.jdbc.sql("update measurement set value = 55 where indicator_id = ?").param(id).update();
		assertThat(value(id)).isEqualByComparingTo("55");

		this.jdbc.sql("update indicator set title = 'Homes completed' where id = ?").param(id).update();
		assertThat(this.performances.at(List.of(id), Q3).get(id).indicator().title()).isEqualTo("Homes completed");

		this.jdbc.sql("delete from measurement where indicator_id = ?").param(id).update();
		assertThat(this.performances.at(List.of(id), Q3).get(id).assessed()).isEqualTo(Status.NO_DATA);
		assertThat(this.performances.reportingPeriods(List.of(id))).isEmpty();
	}

	@Test
	void foldingTheCountOfChangesKeepsTheVersion() throws InterruptedException {
		// as if a thousand and more imports and edits had been made since the last fold
		this.jdbc.sql("insert into data_change select (1000000 + n)::text::xid8 from generate_series(1, 1500) n")
			.update();
		long before = version();

		this.cache.current();
		for (int wait = 0; wait < 100 && count() > 0; wait++) {
			Thread.sleep(100);
		}

		assertThat(count()).isZero();
		assertThat(version()).isEqualTo(before);
		assertThat(this.cache.current()).isSameAs(this.cache.current());
	}

	private long count() {
		return this.jdbc.sql("select count(*) from data_change").query(Long.class).single();
	}

	private long version() {
		return this.jdbc.sql("select folded + (select count(*) from data_change) from data_change_total")
			.query(Long.class)
			.single();
	}

	// a council with one indicator and a figure of 50 for the quarter
	private long councilWithOneFigure(String code, String quarter) {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				%s,A County Council,council,
				""".formatted(code)), file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency
				%1$s-1,Homes built,%1$s,number,0,higher_is_better,quarterly
				""".formatted(code)), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				%1$s-1,%2$s,%2$s,50
				""".formatted(code, quarter))), TestUsers.SYSTEM);
		return this.indicators.findByCode(code + "-1").orElseThrow().id();
	}

	private BigDecimal value(long id) {
		return this.performances.at(List.of(id), Q3).get(id).value();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
