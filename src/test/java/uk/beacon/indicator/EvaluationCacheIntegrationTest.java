package uk.beacon.indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.TestUsers;
import uk.beacon.analytics.SpcIcons;
import uk.beacon.analytics.VariationIcon;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.changes.DataArea;
import uk.beacon.changes.DataVersion;
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

	@Autowired
	DataVersion version;

	@Autowired
	IndicatorAnalyses analyses;

	@Autowired
	io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

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
	void aRiskChangeKeepsTheEvaluationsAndAFigureChangeDropsThem() {
		long id = councilWithOneFigure("CCR", "Q3 2019/20");
		assertThat(value(id)).isEqualByComparingTo("50");
		EvaluationCache.Entries before = this.cache.current();

		this.jdbc.sql("update risk_assessment set current_score = current_score where id = -1").update();
		this.jdbc.sql("update risk set title = title where id = -1").update();
		assertThat(this.cache.current()).isSameAs(before);

		this.jdbc.sql("update measurement set value = 60 where indicator_id = ?").param(id).update();
		assertThat(this.cache.current()).isNotSameAs(before);
		assertThat(value(id)).isEqualByComparingTo("60");
	}

	@Test
	void aChangeToSomeIndicatorsKeepsWhatIsKeptForEveryOther() {
		long changed = councilWithTwoFigures("CCI");
		long other = this.indicators.findByCode("CCI-2").orElseThrow().id();
		Map<Long, Performance> first = this.performances.at(List.of(changed, other), Q3);
		EvaluationCache.Entries before = this.cache.current();

		this.jdbc.sql("update measurement set value = 65 where indicator_id = ?").param(changed).update();

		EvaluationCache.Entries after = this.cache.current();
		assertThat(after).isNotSameAs(before);
		assertThat(this.version.indicatorsChanged(before.state(), after.state())).contains(Set.of(changed));
		assertThat(after.performance(other, Q3)).isSameAs(first.get(other));
		assertThat(after.performance(changed, Q3)).isNull();
		assertThat(value(changed)).isEqualByComparingTo("65");

		// a scorecard is read by nothing kept here; an indicator's own row is keyed by it
		this.jdbc.sql("update scorecard set name = name where id = -1").update();
		assertThat(this.cache.current().performance(other, Q3)).isSameAs(first.get(other));
		this.jdbc.sql("update indicator set title = 'Homes let' where id = ?").param(other).update();
		assertThat(this.cache.current().performance(other, Q3)).isNull();
		assertThat(this.performances.at(List.of(other), Q3).get(other).indicator().title()).isEqualTo("Homes let");
		assertThat(this.cache.current().performance(changed, Q3)).isNotNull();

		// a council's rating rule may rate every indicator again
		this.jdbc.sql("update council_rag_rule set council_id = council_id where council_id = -1").update();
		assertThat(this.cache.current().performance(changed, Q3)).isNull();
	}

	@Test
	void emptyingATableKeyedByIndicatorCannotBeToldByIndicator() throws java.sql.SQLException {
		long changed = councilWithTwoFigures("CCT");
		this.performances.at(List.of(changed), Q3);
		EvaluationCache.Entries before = this.cache.current();

		// a truncate names no rows: it records indicator 0 (as the database's owner,
		// since
		// Beacon may not truncate; rolled back, to keep the comparisons other tests
		// import)
		try (java.sql.Connection owner = this.postgres.getPostgresDatabase().getConnection()) {
			owner.setAutoCommit(false);
			try (java.sql.Statement statement = owner.createStatement()) {
				statement.execute("truncate comparator_value");
				java.sql.ResultSet marked = statement.executeQuery("select count(*) from data_change_indicator "
						+ "where indicator_id = 0 and transaction_id = pg_current_xact_id()");
				marked.next();
				assertThat(marked.getLong(1)).isOne();
			}
			finally {
				owner.rollback();
			}
		}
		this.jdbc.sql("update measurement set value = 65 where indicator_id = ?").param(changed).update();
		this.jdbc.sql("insert into data_change_indicator (indicator_id) values (0)").update();

		assertThat(this.version.indicatorsChanged(before.state(), this.version.state())).isEmpty();
		assertThat(this.cache.current().performance(this.indicators.findByCode("CCT-2").orElseThrow().id(), Q3))
			.isNull();
	}

	@Test
	void aFoldKeepsTheEpochAndWhatWasKeptForEveryIndicatorItDidNotChange() throws InterruptedException {
		long changed = councilWithTwoFigures("CCK");
		long other = this.indicators.findByCode("CCK-2").orElseThrow().id();
		Map<Long, Performance> first = this.performances.at(List.of(changed, other), Q3);
		EvaluationCache.Entries before = this.cache.current();
		this.jdbc.sql("update measurement set value = 65 where indicator_id = ?").param(changed).update();

		fold(4000000);

		DataVersion.State after = this.version.state();
		assertThat(after.epoch()).isEqualTo(before.state().epoch());
		assertThat(this.version.indicatorsChanged(before.state(), after))
			.hasValueSatisfying((indicators) -> assertThat(indicators).contains(changed).doesNotContain(other));
		assertThat(this.cache.current().performance(other, Q3)).isSameAs(first.get(other));
		assertThat(this.cache.current().performance(changed, Q3)).isNull();
	}

	@Test
	void whatWasKeptBeforeTheChangedIndicatorsWereFoldedAwayIsDroppedWhole() throws InterruptedException {
		long changed = councilWithTwoFigures("CCF");
		this.performances.at(List.of(changed), Q3);
		EvaluationCache.Entries before = this.cache.current();
		this.jdbc.sql("update measurement set value = 65 where indicator_id = ?").param(changed).update();
		// a transaction begun before the change (another test's import, say) holds the
		// horizon back, rightly: the change is seen by every snapshot only once it ends
		everySnapshotSeesTheChangesTo(changed);

		// a fold deletes what the one before it had seen every snapshot see
		fold(3000000);
		fold(3100000);

		assertThat(this.jdbc.sql("select count(*) from data_change_indicator where indicator_id = ?")
			.param(changed)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.version.indicatorsChanged(before.state(), this.version.state())).isEmpty();
	}

	@Test
	void afterARestoreFromAServerFurtherOnTheNextFoldTellsChangesByIndicatorAgain() throws InterruptedException {
		long changed = councilWithTwoFigures("CCR2");
		long other = this.indicators.findByCode("CCR2-2").orElseThrow().id();
		// the horizon and a row as a server a million transactions further on left them
		this.jdbc.sql("""
				update data_change_indicator_horizon
				set below = ahead.xid, next_below = ahead.xid
				from (select (pg_current_xact_id()::text::bigint + 1000000)::text::xid8 as xid) ahead""").update();
		this.jdbc.sql(
				"insert into data_change_indicator values ((pg_current_xact_id()::text::bigint + 1000001)::text::xid8, ?)")
			.param(other)
			.update();
		EvaluationCache.Entries before = this.cache.current();
		this.jdbc.sql("update measurement set value = 65 where indicator_id = ?").param(changed).update();
		assertThat(this.version.indicatorsChanged(before.state(), this.version.state())).isEmpty();

		fold(5000000);

		assertThat(
				this.jdbc.sql("select count(*) from data_change_indicator where transaction_id > pg_current_xact_id()")
					.query(Long.class)
					.single())
			.isZero();
		EvaluationCache.Entries kept = this.cache.current();
		this.jdbc.sql("update measurement set value = 70 where indicator_id = ?").param(changed).update();
		assertThat(this.version.indicatorsChanged(kept.state(), this.version.state())).contains(Set.of(changed));
	}

	private void everySnapshotSeesTheChangesTo(long indicator) throws InterruptedException {
		for (int wait = 0; wait < 600 && !seenByEverySnapshot(indicator); wait++) {
			Thread.sleep(100);
		}
		assertThat(seenByEverySnapshot(indicator)).isTrue();
	}

	private boolean seenByEverySnapshot(long indicator) {
		return this.jdbc.sql("""
				select bool_and(transaction_id < pg_snapshot_xmin(pg_current_snapshot()))
				from data_change_indicator where indicator_id = ?""").param(indicator).query(Boolean.class).single();
	}

	// as if a thousand and more writing transactions had been made since the last fold
	private void fold(int from) throws InterruptedException {
		this.jdbc.sql("insert into data_change select (? + n)::text::xid8 from generate_series(1, 1500) n")
			.param(from)
			.update();
		// each read starts a fold unless one is running already (one another test's
		// writes started, say, whose snapshot did not see these rows), as the next
		// request's read would
		for (int wait = 0; wait < 100 && count() > 0; wait++) {
			this.cache.current();
			Thread.sleep(100);
		}
		assertThat(count()).isZero();
	}

	@Test
	void theLimitsOfScorecardsAndDashboardsAreWorkedOutOnceAndNeverShownAfterAChange() {
		StringBuilder figures = new StringBuilder("indicator_code,data_period,reporting_period,value\n");
		FinancialQuarter quarter = new FinancialQuarter(2016, 1);
		for (int i = 0; i < 16; i++, quarter = quarter.plusQuarters(1)) {
			figures.append("CCS-1,")
				.append(quarter.label())
				.append(',')
				.append(quarter.label())
				.append(',')
				.append(50 + i % 3)
				.append('\n');
		}
		FinancialQuarter last = quarter.plusQuarters(-1);
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				CCS,A County Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency
				CCS-1,Homes built,CCS,number,0,higher_is_better,quarterly
				"""), file("measurements.csv", figures.toString())), TestUsers.SYSTEM);
		Indicator indicator = this.indicators.findByCode("CCS-1").orElseThrow();

		SpcIcons first = this.analyses.icons(List.of(indicator), last).get(indicator.id());
		assertThat(first.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
		assertThat(this.analyses.icons(List.of(indicator), last).get(indicator.id())).isSameAs(first);

		this.jdbc.sql("update measurement set value = 95 where indicator_id = ? and reporting_period = ?")
			.param(indicator.id())
			.param(last.label())
			.update();
		assertThat(this.analyses.icons(List.of(indicator), last).get(indicator.id()).variation())
			.isNotEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void foldingTheCountsOfEachTablesChangesKeepsEachAreasVersion() throws InterruptedException {
		this.jdbc.sql("update risk set title = title where id = -1").update();
		this.jdbc
			.sql("insert into data_change_table select (2000000 + n)::text::xid8, 'measurement' "
					+ "from generate_series(1, 1500) n")
			.update();
		DataVersion.State before = this.version.state();

		this.cache.current();
		for (int wait = 0; wait < 100 && tableRows() > 0; wait++) {
			Thread.sleep(100);
		}

		assertThat(tableRows()).isZero();
		DataVersion.State after = this.version.state();
		for (java.util.Set<DataArea> areas : List.of(java.util.Set.of(DataArea.RISKS),
				java.util.Set.of(DataArea.PERFORMANCE), DataArea.ALL)) {
			assertThat(after.of(areas).number()).as(areas.toString()).isEqualTo(before.of(areas).number());
		}
		assertThat(after.tables()).isEqualTo(before.tables());
	}

	private long tableRows() {
		return this.jdbc.sql("select count(*) from data_change_table").query(Long.class).single();
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

	// a council with two indicators, each with a figure of 50 for Q3 2019/20; the first's
	// identity
	private long councilWithTwoFigures(String code) {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				%s,A County Council,council,
				""".formatted(code)), file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency
				%1$s-1,Homes built,%1$s,number,0,higher_is_better,quarterly
				%1$s-2,Homes sold,%1$s,number,0,higher_is_better,quarterly
				""".formatted(code)), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				%1$s-1,Q3 2019/20,Q3 2019/20,50
				%1$s-2,Q3 2019/20,Q3 2019/20,50
				""".formatted(code))), TestUsers.SYSTEM);
		return this.indicators.findByCode(code + "-1").orElseThrow().id();
	}

	private BigDecimal value(long id) {
		return this.performances.at(List.of(id), Q3).get(id).value();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
