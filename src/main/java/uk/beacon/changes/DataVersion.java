package uk.beacon.changes;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The version of what Beacon shows: the count of committed transactions that changed the
 * council's indicators, figures, scorecards, risks, reports or collection, which the
 * database keeps (migrations V9 and V11: a statement trigger on every such table adds one
 * row to {@code data_change} a writing transaction). What is worked out from the data may
 * be kept for one version and must be dropped when it moves on: whichever instance wrote,
 * and whether or not the code that wrote published an event, the next read sees a new
 * version. People's accounts, sessions and the audit trail are not counted.
 */
@Component
public class DataVersion {

	// past this many rows the count is folded into the total, to keep it quick to take
	private static final int FOLD_AT = 1000;

	private final JdbcClient jdbc;

	private final TransactionTemplate writing;

	private final AtomicBoolean folding = new AtomicBoolean();

	DataVersion(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * @return the version of the data as committed now; it only grows
	 */
	public long current() {
		long[] read = this.jdbc.sql("select folded, (select count(*) from data_change) from data_change_total")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		if (read[1] > FOLD_AT && this.folding.compareAndSet(false, true)) {
			// on another thread, in a transaction of its own: the caller may hold its
			// connection and must not wait for a second one
			CompletableFuture.runAsync(this::fold).whenComplete((done, failed) -> this.folding.set(false));
		}
		return read[0] + read[1];
	}

	// the version stays the same: rows counted move into the total
	private void fold() {
		this.writing.executeWithoutResult((status) -> this.jdbc.sql("""
				with gone as (delete from data_change returning 1)
				update data_change_total set folded = folded + (select count(*) from gone)""").update());
	}

}
