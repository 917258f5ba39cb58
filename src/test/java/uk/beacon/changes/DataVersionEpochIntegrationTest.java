package uk.beacon.changes;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What tells a restored backup from the live data, and what Beacon puts right at start
 * when a backup came from another database server.
 */
@BeaconIntegrationTest
class DataVersionEpochIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataVersion version;

	@Test
	void atStartTheHorizonOfAServerFurtherOnComesBackToThisOnesAndItsRowsGo() {
		// as a backup from a server a million transactions further on leaves them
		this.jdbc.sql("""
				update data_change_indicator_horizon
				set below = ahead.xid, next_below = ahead.xid
				from (select (pg_current_xact_id()::text::bigint + 1000000)::text::xid8 as xid) ahead""").update();
		this.jdbc
			.sql("insert into data_change_indicator values "
					+ "((pg_current_xact_id()::text::bigint + 1000001)::text::xid8, -1)")
			.update();

		this.version.repairHorizonAtStart();

		assertThat(this.jdbc.sql("""
				select below <= pg_snapshot_xmin(pg_current_snapshot())
				       and next_below <= pg_snapshot_xmin(pg_current_snapshot())
				from data_change_indicator_horizon""").query(Boolean.class).single()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from data_change_indicator where indicator_id = -1")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRestoreThatLeavesNoEpochRowIsAnotherEpochNotAFailure() {
		String before = this.version.state().epoch();
		try {
			this.jdbc.sql("delete from data_change_epoch").update();
			DataVersion.State without = this.version.state();
			assertThat(without.epoch()).isNotEqualTo(before).contains("none");
			assertThat(this.version.indicatorsChanged(this.version.state(), without)).isPresent();
		}
		finally {
			this.jdbc.sql("insert into data_change_epoch default values").update();
		}
		assertThat(this.version.state().epoch()).isNotEqualTo(before);
	}

}
