package uk.beacon.indicator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.beacon.period.FinancialQuarter;

/**
 * What does not change between two writes: each indicator's performance in a quarter, and
 * the quarters a set of indicators has figures in. Everything cached belongs to one
 * version of the data, the count of committed changes to indicators, targets,
 * measurements and benchmarks that the database keeps (migration V9); a request first
 * reads that version, so nothing is served after an import or an edit by any instance,
 * and a write that publishes no event is caught all the same.
 */
@Component
class EvaluationCache {

	// past this, a version's entries are dropped and built again as asked for
	private final int capacity;

	private final JdbcClient jdbc;

	private final TransactionTemplate writing;

	private static final int FOLD_AT = 1000;

	private final AtomicBoolean folding = new AtomicBoolean();

	private volatile Entries entries = new Entries(-1);

	EvaluationCache(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${beacon.evaluation-cache.capacity:50000}") int capacity) {
		this.jdbc = jdbc;
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.capacity = capacity;
	}

	/**
	 * @return the entries for the data as they are now; read once a request and used for
	 * all of it
	 */
	Entries current() {
		long[] read = this.jdbc.sql("select folded, (select count(*) from data_change) from data_change_total")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		long version = read[0] + read[1];
		Entries now = this.entries;
		if (now.version == version) {
			return now;
		}
		Entries fresh = new Entries(version);
		synchronized (this) {
			// versions only grow: never put back an older one that a slower request read
			if (this.entries.version < version) {
				this.entries = fresh;
			}
		}
		if (read[1] > FOLD_AT && this.folding.compareAndSet(false, true)) {
			// on another thread, in a transaction of its own: the request holds its
			// connection and must not wait for a second one
			CompletableFuture.runAsync(this::fold).whenComplete((done, failed) -> this.folding.set(false));
		}
		return fresh;
	}

	// keeps the count quick to take; the version stays the same
	private void fold() {
		this.writing.executeWithoutResult((status) -> this.jdbc.sql("""
				with gone as (delete from data_change returning 1)
				update data_change_total set folded = folded + (select count(*) from gone)""").update());
	}

	/**
	 * What is cached for one version of the data.
	 */
	final class Entries {

		private final long version;

		private final Map<Key, Performance> performances = new ConcurrentHashMap<>();

		private final Map<List<Long>, List<FinancialQuarter>> periods = new ConcurrentHashMap<>();

		private Entries(long version) {
			this.version = version;
		}

		Performance performance(long indicatorId, FinancialQuarter period) {
			return this.performances.get(new Key(indicatorId, period));
		}

		void put(FinancialQuarter period, Map<Long, Performance> evaluated) {
			if (this.performances.size() + evaluated.size() > EvaluationCache.this.capacity) {
				this.performances.clear();
			}
			evaluated.forEach((id, performance) -> this.performances.put(new Key(id, period), performance));
		}

		List<FinancialQuarter> reportingPeriods(List<Long> indicatorIds,
				Function<List<Long>, List<FinancialQuarter>> load) {
			if (this.periods.size() > 1000) {
				this.periods.clear();
			}
			return this.periods.computeIfAbsent(indicatorIds, load);
		}

	}

	private record Key(long indicatorId, FinancialQuarter period) {
	}

}
