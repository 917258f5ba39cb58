package uk.beacon.changes;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are kept for one version of the data, so every table a kept page may show must
 * move the version when written: a table added without the trigger would leave pages
 * stale.
 */
@BeaconIntegrationTest
class DataVersionTriggersIntegrationTest {

	// what no kept page shows (V11 explains each): a table added to this list must be
	// read
	// by no kept page and no cached evaluation
	private static final List<String> NOT_SHOWN = List.of("app_user", "role_grant", "spring_session",
			"spring_session_attributes", "shedlock", "audit_event", "measurement_history", "data_change",
			"data_change_total", "flyway_schema_history", "reporting_cycle", "data_request", "report_narrative",
			"published_report", "api_token", "import_upload", "import_upload_file", "known_sign_in_client",
			"owner_mail_outbox", "data_change_table", "data_change_table_total", "data_change_indicator",
			"data_change_indicator_horizon", "data_change_epoch");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataVersion version;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void everyTableAPageMayShowMovesTheVersion() {
		List<String> tables = this.jdbc
			.sql("""
					select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where n.nspname = current_schema() and c.relkind = 'r'
					  and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = c.relname || '_changed')
					order by 1""")
			.query(String.class)
			.list();
		assertThat(tables).containsExactlyInAnyOrderElementsOf(NOT_SHOWN);
	}

	@Test
	void everyTableOfAnAreaMovesTheVersion() {
		for (DataArea area : DataArea.values()) {
			for (String table : area.tables()) {
				assertThat(this.jdbc.sql("select count(*) from pg_trigger where tgname = ?")
					.param(table + "_changed")
					.query(Long.class)
					.single()).as(area + ": " + table).isOne();
			}
		}
	}

	@Test
	void everyTableKeyedByIndicatorRecordsTheIndicatorsItsWritesChanged() {
		for (String table : DataVersion.INDICATOR_TABLES) {
			assertThat(this.jdbc
				.sql("select count(*) from pg_trigger where tgrelid = cast(? as regclass) and tgname like ? "
						+ "and tgfoid = 'record_indicator_change'::regproc")
				.param(table)
				.param(table + "_indicator_%")
				.query(Long.class)
				.single()).as(table).isEqualTo(3);
			assertThat(this.jdbc
				.sql("select count(*) from pg_trigger where tgrelid = cast(? as regclass) and tgname = ? "
						+ "and tgfoid = 'record_indicator_truncate'::regproc")
				.param(table)
				.param(table + "_indicator_truncated")
				.query(Long.class)
				.single()).as(table).isOne();
		}
		// and no other table does
		assertThat(this.jdbc.sql("select count(*) from pg_trigger where tgfoid = 'record_indicator_change'::regproc")
			.query(Long.class)
			.single()).isEqualTo(3L * DataVersion.INDICATOR_TABLES.size());
	}

	@Test
	void aWriteMovesTheVersionOfTheAreasShowingItsTableOnly() {
		DataVersion.State before = this.version.state();
		this.jdbc.sql("update risk_register set name = name where id = -1").update();
		DataVersion.State risks = this.version.state();
		assertThat(risks.of(Set.of(DataArea.RISKS)).number()).isGreaterThan(before.of(Set.of(DataArea.RISKS)).number());
		assertThat(risks.of(DataArea.ALL).number()).isGreaterThan(before.of(DataArea.ALL).number());
		assertThat(risks.of(Set.of(DataArea.PERFORMANCE))).isEqualTo(before.of(Set.of(DataArea.PERFORMANCE)));

		// two statements on one table in a transaction count once, as for the whole count
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("update measurement set value = value where id = -1").update();
			this.jdbc.sql("update measurement set value = value where id = -2").update();
		});
		DataVersion.State figures = this.version.state();
		assertThat(figures.of(Set.of(DataArea.PERFORMANCE)).number())
			.isEqualTo(risks.of(Set.of(DataArea.PERFORMANCE)).number() + 1);
		assertThat(figures.of(Set.of(DataArea.RISKS))).isEqualTo(risks.of(Set.of(DataArea.RISKS)));
		assertThat(figures.number()).isEqualTo(risks.number() + 1);

		// a table in no area moves every area
		this.jdbc.sql("update organisation_unit set name = name where id = -1").update();
		DataVersion.State organisation = this.version.state();
		for (DataArea area : DataArea.values()) {
			assertThat(organisation.of(Set.of(area)).number()).isGreaterThan(figures.of(Set.of(area)).number());
		}
	}

	@Test
	void aWriteMovesTheVersionAndAReadDoesNot() {
		long before = this.version.current();
		this.jdbc.sql("select count(*) from risk").query(Long.class).single();
		assertThat(this.version.current()).isEqualTo(before);

		this.jdbc.sql("update risk_register set name = name where id = -1").update();
		long after = this.version.current();
		assertThat(after).isGreaterThan(before);

		this.jdbc.sql("update app_user set display_name = display_name where id = -1").update();
		assertThat(this.version.current()).isEqualTo(after);
	}

}
