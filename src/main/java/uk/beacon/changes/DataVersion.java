package uk.beacon.changes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
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
 * <p>
 * The database also counts, for each table, the writing transactions that changed it
 * (migration V35), so that what shows only some areas of the data ({@link DataArea}) may
 * be kept for the version of those ({@link State#of(Set)}) and outlive changes to others.
 */
@Component
public class DataVersion {

	private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

	// past this many rows the count is folded into the total, to keep it quick to take
	private static final int FOLD_AT = 1000;

	/**
	 * The tables keyed by indicator, each of whose writes records the indicators it
	 * changed (migration V37), so that {@link #indicatorsChanged(State, State)} tells
	 * them.
	 */
	public static final Set<String> INDICATOR_TABLES = Set.of("indicator", "indicator_version",
			"indicator_earlier_definition", "target", "measurement", "benchmark", "comparator_value");

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
	 * apart. It is the identities of the tables {@code data_change_total} and
	 * {@code data_change_epoch} and the transaction that wrote the latter's one row,
	 * which a logical restore always rewrites (a whole restore creates the tables anew,
	 * even a dump from before the second existed; a restore of the data writes the row),
	 * and the time the database server started, which a physical restore (a disk
	 * snapshot, a base backup) always changes. Normal work changes them only when the
	 * database restarts (folding the counts does not: migration V43), so whatever is kept
	 * for one state is never taken for another, on any instance, without a restart of
	 * Beacon.
	 */
	public State state() {
		// one statement, so one snapshot: the count, the epoch and the tables' counts
		// agree
		Read read = this.jdbc.sql("""
				select folded, (select count(*) from data_change) as unfolded,
				       'data_change_total'::regclass::oid::text || '/'
				           || coalesce((select 'data_change_epoch'::regclass::oid::text || '/' || xmin::text
				                        from data_change_epoch), 'none') || '/'
				           || extract(epoch from pg_postmaster_start_time())::text as epoch,
				       (select count(*) from data_change_table) as tables_unfolded,
				       pg_current_snapshot()::text as snapshot,
				       by_table.names, by_table.counts
				from data_change_total, lateral (
				    select array_agg(table_name) as names, array_agg(n) as counts
				    from (select table_name, sum(n)::bigint as n
				          from (select table_name, folded as n from data_change_table_total
				                union all
				                select table_name, count(*) from data_change_table group by table_name) counted
				          group by table_name) summed) by_table""")
			.query((rs, row) -> new Read(rs.getLong("folded"), rs.getLong("unfolded"), rs.getString("epoch"),
					rs.getLong("tables_unfolded"), tables(rs), rs.getString("snapshot")))
			.single();
		if ((read.unfolded() > FOLD_AT || read.tablesUnfolded() > FOLD_AT) && this.folding.compareAndSet(false, true)) {
			// on another thread, in a transaction of its own: the caller may hold its
			// connection and must not wait for a second one
			CompletableFuture.runAsync(this::fold).whenComplete((done, failed) -> this.folding.set(false));
		}
		return new State(read.folded() + read.unfolded(), read.epoch(), read.tables(), read.snapshot());
	}

	/**
	 * The indicators changed by the writing transactions that one state of the data has
	 * and an earlier one has not (migration V37: every table keyed by indicator,
	 * {@link #INDICATOR_TABLES}, records them), so that what is kept for each indicator
	 * may be kept for the others. Other tables' changes are not told here: compare the
	 * states' {@link State#tables() tables}.
	 * @return the indicators' identities, or nothing when they cannot be told: the states
	 * belong to different epochs, the earlier is older than the rows kept, or a table
	 * keyed by indicator was emptied between them
	 */
	public Optional<Set<Long>> indicatorsChanged(State earlier, State later) {
		if (!earlier.epoch().equals(later.epoch()) || earlier.snapshot().isEmpty() || later.snapshot().isEmpty()) {
			return Optional.empty();
		}
		if (later.tablesChangedSince(earlier).stream().noneMatch(INDICATOR_TABLES::contains)) {
			return Optional.of(Set.of());
		}
		// rows of transactions before the earlier snapshot's oldest running one are
		// visible in it, and may have been folded away
		return this.jdbc.sql("""
				select pg_snapshot_xmin(cast(:earlier as pg_snapshot)) >= below as told,
				       array(select distinct indicator_id from data_change_indicator
				             where transaction_id >= pg_snapshot_xmin(cast(:earlier as pg_snapshot))
				               and pg_visible_in_snapshot(transaction_id, cast(:later as pg_snapshot))
				               and not pg_visible_in_snapshot(transaction_id, cast(:earlier as pg_snapshot))) as changed
				from data_change_indicator_horizon""")
			.param("earlier", earlier.snapshot())
			.param("later", later.snapshot())
			.query((rs, row) -> rs.getBoolean("told") ? Optional.of(identities(rs.getArray("changed")))
					: Optional.<Set<Long>>empty())
			.single()
			// indicator 0: a table keyed by indicator was emptied (migration V38)
			.filter((changed) -> !changed.contains(0L));
	}

	private static Set<Long> identities(Array array) throws SQLException {
		return Set.of((Long[]) array.getArray());
	}

	private static Map<String, Long> tables(ResultSet rs) throws SQLException {
		Array names = rs.getArray("names");
		Array counts = rs.getArray("counts");
		Map<String, Long> tables = new HashMap<>();
		if (names != null) {
			String[] name = (String[]) names.getArray();
			Long[] count = (Long[]) counts.getArray();
			for (int i = 0; i < name.length; i++) {
				tables.put(name[i], count[i]);
			}
		}
		return Map.copyOf(tables);
	}

	private record Read(long folded, long unfolded, String epoch, long tablesUnfolded, Map<String, Long> tables,
			String snapshot) {
	}

	/**
	 * A version of the data: its number and the epoch it belongs to.
	 *
	 * @param number the count of writing transactions
	 * @param epoch what changes when a backup is restored or the database restarts
	 * @param tables for each table written since migration V35, the count of writing
	 * transactions that changed it
	 * @param snapshot the database's snapshot the state was read in, which tells the
	 * transactions it has from those it has not
	 * ({@link #indicatorsChanged(State, State)})
	 */
	public record State(long number, String epoch, Map<String, Long> tables, String snapshot) {

		/** No state read yet: everything read is newer. */
		public static final State NONE = new State(-1, "", Map.of(), "");

		/**
		 * Whether, of the tables the areas show, only those keyed by indicator
		 * ({@link #INDICATOR_TABLES}) and those named changed since the earlier state, in
		 * the same epoch: what is kept for the indicators that did not change
		 * ({@link DataVersion#indicatorsChanged(State, State)}) is then current.
		 * @param unread tables of the areas that what is kept does not read
		 */
		public boolean onlyIndicatorsChangedSince(State earlier, Set<DataArea> shows, Set<String> unread) {
			if (earlier == NONE || !this.epoch.equals(earlier.epoch)) {
				return false;
			}
			return tablesChangedSince(earlier).stream()
				.filter((table) -> DataArea.covers(shows, table))
				.allMatch((table) -> INDICATOR_TABLES.contains(table) || unread.contains(table));
		}

		/**
		 * The tables changed by the writing transactions that this state has and the
		 * earlier one has not, in the same epoch.
		 */
		public Set<String> tablesChangedSince(State earlier) {
			Set<String> changed = new java.util.HashSet<>();
			this.tables.forEach((table, count) -> {
				if (!count.equals(earlier.tables.get(table))) {
					changed.add(table);
				}
			});
			return Set.copyOf(changed);
		}

		/**
		 * The version of what the areas show: it moves on when a table of one of them, or
		 * a table in no area, is changed, and only then.
		 */
		public Part of(Set<DataArea> areas) {
			// each table's count only grows within an epoch, so their sum is the same
			// only while each of them is
			long sum = 0;
			for (Map.Entry<String, Long> table : this.tables.entrySet()) {
				if (DataArea.covers(areas, table.getKey())) {
					sum += table.getValue();
				}
			}
			return new Part(sum, this.epoch);
		}

		/**
		 * Whether what is kept for the other state must give way to this one: a later
		 * number in the same epoch, or another epoch (a restore), even with a lower
		 * number. An earlier number of the same epoch is a slower request's read.
		 */
		public boolean supersedes(State other) {
			return !this.epoch.equals(other.epoch) || this.number > other.number;
		}

	}

	/**
	 * The version of some areas of the data ({@link State#of(Set)}): the count of writing
	 * transactions that changed their tables, and the epoch it belongs to.
	 */
	public record Part(long number, String epoch) {

		/** No part read yet: everything read is newer. */
		public static final Part NONE = new Part(-1, "");

		/** As {@link State#supersedes(State)}. */
		public boolean supersedes(Part other) {
			return !this.epoch.equals(other.epoch) || this.number > other.number;
		}

	}

	/**
	 * After a backup is restored into another database server, the horizon and the rows
	 * of which indicators each transaction changed carry the old server's transaction
	 * identities, which may be far ahead of the new one's: nothing could be told by
	 * indicator until the new server's caught up, and a fold would delete every new row.
	 * Rows of transactions not yet begun here are the old server's, and go; the horizon
	 * comes back to the oldest transaction running. Every row of a transaction since then
	 * is here, as a fold always repairs first. Nothing changes on the server that wrote
	 * them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE) // before the migration step stops Beacon
	void repairHorizonAtStart() {
		try {
			this.writing.executeWithoutResult((status) -> repairHorizon());
		}
		catch (DataAccessException ex) {
			// the next fold repairs it first; serving people need not wait for it
			log.warn("The changes told by indicator could not be checked at start: {}", ex.getMessage());
		}
	}

	private void repairHorizon() {
		this.jdbc.sql("""
				with here as (select pg_snapshot_xmin(pg_current_snapshot()) as running,
				                     pg_snapshot_xmax(pg_current_snapshot()) as not_begun),
				     gone as (delete from data_change_indicator
				              where transaction_id >= (select not_begun from here) returning 1)
				update data_change_indicator_horizon
				set below = least(below, (select running from here)),
				    next_below = least(next_below, (select running from here))
				where below > (select running from here) or next_below > (select running from here)""").update();
	}

	// the version and its epoch stay the same: rows counted move into the totals, in one
	// transaction
	private void fold() {
		this.writing.executeWithoutResult((status) -> {
			repairHorizon();
			this.jdbc.sql("""
					with gone as (delete from data_change_table returning table_name),
					     counted as (select table_name, count(*) as n from gone group by table_name)
					insert into data_change_table_total as total (table_name, folded)
					select table_name, n from counted
					on conflict (table_name) do update set folded = total.folded + excluded.folded""").update();
			this.jdbc.sql("""
					with gone as (delete from data_change returning 1)
					update data_change_total set folded = folded + (select count(*) from gone)""").update();
			// which indicators a transaction changed is needed only by what was kept for
			// a snapshot that does not see it: those of transactions that every snapshot
			// taken since the previous fold sees go, so what was kept a moment ago is
			// still told what changed, and what was kept for an older snapshot is dropped
			// whole
			this.jdbc.sql("""
					with gone as (delete from data_change_indicator
					              where transaction_id < (select next_below from data_change_indicator_horizon)
					              returning 1)
					update data_change_indicator_horizon
					set below = greatest(below, next_below),
					    next_below = greatest(next_below, pg_snapshot_xmin(pg_current_snapshot()))""").update();
		});
	}

}
