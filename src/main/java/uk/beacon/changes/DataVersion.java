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
	 * @return the version of the data as committed now; it only grows, until a backup is
	 * restored (see {@link #state()})
	 */
	public long current() {
		return state().number();
	}

	/**
	 * The version of the data as committed now, with the epoch it belongs to. The number
	 * grows with every writing transaction. Restoring a backup into the live database
	 * puts back an earlier number, which later writes make again: the epoch tells the two
	 * apart. It is the transaction that last wrote the row holding the folded count, and
	 * that table's identity, which a logical restore always rewrites (a whole restore
	 * creates the table anew, a restore of the data writes the row), and the time the
	 * database server started, which a physical restore (a disk snapshot, a base backup)
	 * always changes. Normal work changes them only when folding the count or restarting
	 * the database, so whatever is kept for one state is never taken for another, on any
	 * instance, without a restart of Beacon.
	 */
	public State state() {
		Read read = this.jdbc.sql("""
				select folded, (select count(*) from data_change) as unfolded,
				       'data_change_total'::regclass::oid::text || '/' || xmin::text || '/'
				           || extract(epoch from pg_postmaster_start_time())::text as epoch
				from data_change_total""")
			.query((rs, row) -> new Read(rs.getLong("folded"), rs.getLong("unfolded"), rs.getString("epoch")))
			.single();
		if (read.unfolded() > FOLD_AT && this.folding.compareAndSet(false, true)) {
			// on another thread, in a transaction of its own: the caller may hold its
			// connection and must not wait for a second one
			CompletableFuture.runAsync(this::fold).whenComplete((done, failed) -> this.folding.set(false));
		}
		return new State(read.folded() + read.unfolded(), read.epoch());
	}

	private record Read(long folded, long unfolded, String epoch) {
	}

	/**
	 * A version of the data: its number and the epoch it belongs to.
	 *
	 * @param number the count of writing transactions
	 * @param epoch what changes when a backup is restored (and when the count is folded)
	 */
	public record State(long number, String epoch) {

		/** No state read yet: everything read is newer. */
		public static final State NONE = new State(-1, "");

		/**
		 * Whether what is kept for the other state must give way to this one: a later
		 * number in the same epoch, or another epoch (a restore), even with a lower
		 * number. An earlier number of the same epoch is a slower request's read.
		 */
		public boolean supersedes(State other) {
			return !this.epoch.equals(other.epoch) || this.number > other.number;
		}

	}

	// the version stays the same: rows counted move into the total
	private void fold() {
		this.writing.executeWithoutResult((status) -> this.jdbc.sql("""
				with gone as (delete from data_change returning 1)
				update data_change_total set folded = folded + (select count(*) from gone)""").update());
	}

}
