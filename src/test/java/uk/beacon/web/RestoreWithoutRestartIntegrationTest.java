package uk.beacon.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a backup restored into the live database, without restarting Beacon, is what
 * every page shows at once. Kept pages and cached evaluations belong to one version of
 * the data; a restore puts back an earlier version number, which later changes reach
 * again, and a page kept before the restore at that number must not come back. The
 * restore is made as {@code pg_restore --data-only} makes one: the rows as they were, the
 * version's count with them, in one transaction.
 */
@BeaconIntegrationTest
class RestoreWithoutRestartIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void pagesShowTheRestoredFiguresWithoutARestartEvenOnceTheVersionIsReachedAgain() {
		this.csvImport
			.run(List.of(file("organisation.csv", "code,name,kind,parent_code\nRST,Restore Council,council,\n"),
					file("indicators.csv", """
							code,title,organisation_code,unit,decimal_places,polarity,frequency,public
							RST-1,Residents satisfied with the library,RST,percent,1,higher_is_better,quarterly,yes
							RST-2,Books lent,RST,number,0,higher_is_better,quarterly,yes
							"""), measurement("RST-1", "41.5")), TestUsers.SYSTEM);
		assertThat(page()).contains("41.5%");

		// the backup: the council's figures, and the version with them
		String council = "indicator_id in (select id from indicator where code like 'RST-%')";
		List<java.util.Map<String, Object>> figures = this.jdbc.sql("select * from measurement where " + council)
			.query()
			.listOfRows();
		List<String> changes = this.jdbc.sql("select transaction_id::text from data_change").query(String.class).list();
		long folded = this.jdbc.sql("select folded from data_change_total").query(Long.class).single();

		// a correction made after it, shown and kept
		this.csvImport.run(List.of(measurement("RST-1", "58.5")), TestUsers.SYSTEM, "The survey was re-weighted");
		assertThat(page()).contains("58.5%");

		// the backup restored, as pg_restore --data-only would: the rows as they were
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("delete from measurement_history where " + council).update();
			this.jdbc.sql("delete from measurement where " + council).update();
			for (java.util.Map<String, Object> row : figures) {
				List<String> columns = List.copyOf(row.keySet());
				this.jdbc
					.sql("insert into measurement (" + String.join(", ", columns) + ") overriding system value values ("
							+ String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")")
					.params(columns.stream().map(row::get).toList())
					.update();
			}
			this.jdbc.sql("delete from data_change").update();
			for (String change : changes) {
				this.jdbc.sql("insert into data_change values (cast(? as xid8))").param(change).update();
			}
			this.jdbc.sql("update data_change_total set folded = ?").param(folded).update();
		});
		assertThat(page()).contains("41.5%").doesNotContain("58.5%");

		// a change elsewhere brings the version's number back to the one the page was
		// kept for before the restore: the restored figure all the same
		this.csvImport.run(List.of(measurement("RST-2", "1200")), TestUsers.SYSTEM);
		assertThat(page()).contains("41.5%").doesNotContain("58.5%");
	}

	private String page() {
		return Http.get(this.port, "/indicators/RST-1").body();
	}

	private static ImportFile measurement(String code, String value) {
		return file("measurements.csv", "indicator_code,data_period,reporting_period,value\n" + code
				+ ",Q1 2024/25,Q1 2024/25," + value + "\n");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
