package uk.beacon.indicator;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.beacon.analytics.SpcIcons;
import uk.beacon.changes.DataArea;
import uk.beacon.changes.DataVersion;
import uk.beacon.period.FinancialQuarter;

/**
 * What does not change between two writes: each indicator's performance in a quarter, the
 * quarters a set of indicators has figures in, what looks wrong with each indicator's
 * figures, and each indicator's statistical process control up to a quarter (the icons of
 * scorecards and dashboards). Everything cached belongs to one version of the data
 * ({@link DataVersion}); a request first reads that version, so nothing is served after
 * an import or an edit by any instance, and a write that publishes no event is caught all
 * the same. Only the version of indicators, their figures and what rates them
 * ({@link DataArea#PERFORMANCE}) counts: reviewing a risk keeps the quarter's
 * evaluations. When that version moves on because some indicators, their figures, targets
 * or comparisons changed (or a scorecard, which none of this reads), what is kept for
 * every other indicator is carried over to the new version, and only what concerns those
 * indicators is worked out again ({@link DataVersion#indicatorsChanged}); any other
 * change (a council's rating rule, the organisation) drops everything.
 * <p>
 * How often an indicator's performance in a quarter is found here is measured
 * ({@code beacon_evaluations_total} with {@code result="hit"} or {@code "miss"}).
 */
@Component
class EvaluationCache implements MeterBinder {

	// past this, a version's entries are dropped and built again as asked for
	private final int capacity;

	private final DataVersion version;

	private static final Set<DataArea> READS = Set.of(DataArea.PERFORMANCE);

	// tables of the area that nothing kept here reads: a change to them keeps everything
	private static final Set<String> NOT_READ = Set.of("scorecard", "scorecard_section", "scorecard_indicator");

	private volatile Entries entries = new Entries(DataVersion.Part.NONE, DataVersion.State.NONE);

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	EvaluationCache(DataVersion version, @Value("${beacon.evaluation-cache.capacity:50000}") int capacity) {
		this.version = version;
		this.capacity = capacity;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("beacon.evaluations", this.hits, LongAdder::sum)
			.tag("result", "hit")
			.description("An indicator's performance in a quarter asked for and found evaluated")
			.register(registry);
		FunctionCounter.builder("beacon.evaluations", this.misses, LongAdder::sum)
			.tag("result", "miss")
			.description("An indicator's performance in a quarter asked for and evaluated")
			.register(registry);
	}

	/**
	 * @return the entries for the data as they are now; read once a request and used for
	 * all of it
	 */
	Entries current() {
		DataVersion.State state = this.version.state();
		DataVersion.Part version = state.of(READS);
		Entries now = this.entries;
		if (now.version.equals(version)) {
			return now;
		}
		// never put back an older version that a slower request read; a restored backup
		// is another epoch, and replaces whatever was kept
		if (!version.supersedes(now.version)) {
			return new Entries(version, state);
		}
		// worked out before taking the lock, which a request holding a database
		// connection may be waiting for
		Entries fresh = carriedOver(now, version, state);
		synchronized (this) {
			Entries latest = this.entries;
			if (latest.version.equals(version)) {
				return latest;
			}
			if (version.supersedes(latest.version)) {
				this.entries = fresh;
			}
			return fresh;
		}
	}

	// what was kept for an earlier version, less what the changes since may have changed
	private Entries carriedOver(Entries earlier, DataVersion.Part version, DataVersion.State state) {
		if (!state.onlyIndicatorsChangedSince(earlier.state, READS, NOT_READ)) {
			return new Entries(version, state);
		}
		return this.version.indicatorsChanged(earlier.state, state)
			.map((changed) -> new Entries(version, state, earlier, changed))
			.orElseGet(() -> new Entries(version, state));
	}

	/**
	 * What is cached for one version of the data.
	 */
	final class Entries {

		private final DataVersion.Part version;

		private final DataVersion.State state;

		private final Map<Key, Performance> performances = new ConcurrentHashMap<>();

		private final Map<List<Long>, List<FinancialQuarter>> periods = new ConcurrentHashMap<>();

		private final Map<Long, List<FiguresToCheck.Flagged>> flags = new ConcurrentHashMap<>();

		private final Map<SpcKey, Optional<SpcIcons>> spc = new ConcurrentHashMap<>();

		private final Map<SpcKey, IndicatorGlance> glances = new ConcurrentHashMap<>();

		private Entries(DataVersion.Part version, DataVersion.State state) {
			this.version = version;
			this.state = state;
		}

		// a copy, never the earlier maps themselves: a slower request may still put what
		// it worked out from the earlier data into them
		private Entries(DataVersion.Part version, DataVersion.State state, Entries earlier, Set<Long> changed) {
			this(version, state);
			earlier.performances.forEach((key, performance) -> {
				if (!changed.contains(key.indicatorId())) {
					this.performances.put(key, performance);
				}
			});
			earlier.flags.forEach((id, flagged) -> {
				if (!changed.contains(id)) {
					this.flags.put(id, flagged);
				}
			});
			earlier.spc.forEach((key, icons) -> {
				if (!changed.contains(key.indicatorId())) {
					this.spc.put(key, icons);
				}
			});
			earlier.glances.forEach((key, glance) -> {
				if (!changed.contains(key.indicatorId())) {
					this.glances.put(key, glance);
				}
			});
			earlier.periods.forEach((ids, quarters) -> {
				if (Collections.disjoint(ids, changed)) {
					this.periods.put(ids, quarters);
				}
			});
		}

		/** The state of the data these entries are kept for. */
		DataVersion.State state() {
			return this.state;
		}

		Performance performance(long indicatorId, FinancialQuarter period) {
			Performance found = this.performances.get(new Key(indicatorId, period));
			((found != null) ? EvaluationCache.this.hits : EvaluationCache.this.misses).increment();
			return found;
		}

		void put(FinancialQuarter period, Map<Long, Performance> evaluated) {
			if (this.performances.size() + evaluated.size() > EvaluationCache.this.capacity) {
				this.performances.clear();
			}
			evaluated.forEach((id, performance) -> this.performances.put(new Key(id, period), performance));
		}

		/** The flags of the indicator, {@code null} when they are not yet worked out. */
		List<FiguresToCheck.Flagged> flags(long indicatorId) {
			return this.flags.get(indicatorId);
		}

		void putFlags(Map<Long, List<FiguresToCheck.Flagged>> worked) {
			if (this.flags.size() + worked.size() > EvaluationCache.this.capacity) {
				this.flags.clear();
			}
			this.flags.putAll(worked);
		}

		/**
		 * The icons of the indicator's statistical process control up to the quarter,
		 * empty when it has too few figures for limits, {@code null} when not yet worked
		 * out.
		 */
		Optional<SpcIcons> spc(long indicatorId, FinancialQuarter upTo) {
			return this.spc.get(new SpcKey(indicatorId, upTo));
		}

		void putSpc(FinancialQuarter upTo, Map<Long, Optional<SpcIcons>> worked) {
			if (this.spc.size() + worked.size() > EvaluationCache.this.capacity) {
				this.spc.clear();
			}
			worked.forEach((id, analysis) -> this.spc.put(new SpcKey(id, upTo), analysis));
		}

		/**
		 * The indicator's sparkline and icons up to the quarter, {@code null} when not
		 * yet worked out.
		 */
		IndicatorGlance glance(long indicatorId, FinancialQuarter upTo) {
			return this.glances.get(new SpcKey(indicatorId, upTo));
		}

		void putGlances(FinancialQuarter upTo, Map<Long, IndicatorGlance> worked) {
			if (this.glances.size() + worked.size() > EvaluationCache.this.capacity) {
				this.glances.clear();
			}
			worked.forEach((id, glance) -> this.glances.put(new SpcKey(id, upTo), glance));
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

	// the quarter looked at may be none: everything reported
	private record SpcKey(long indicatorId, FinancialQuarter upTo) {
	}

}
