package uk.beacon.indicator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
 * evaluations.
 * <p>
 * How often an indicator's performance in a quarter is found here is measured
 * ({@code beacon_evaluations_total} with {@code result="hit"} or {@code "miss"}).
 */
@Component
class EvaluationCache implements MeterBinder {

	// past this, a version's entries are dropped and built again as asked for
	private final int capacity;

	private final DataVersion version;

	private static final java.util.Set<DataArea> READS = java.util.Set.of(DataArea.PERFORMANCE);

	private volatile Entries entries = new Entries(DataVersion.Part.NONE);

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
		DataVersion.Part version = this.version.state().of(READS);
		Entries now = this.entries;
		if (now.version.equals(version)) {
			return now;
		}
		Entries fresh = new Entries(version);
		synchronized (this) {
			// never put back an older version that a slower request read; a restored
			// backup is another epoch, and replaces whatever was kept
			if (version.supersedes(this.entries.version)) {
				this.entries = fresh;
			}
		}
		return fresh;
	}

	/**
	 * What is cached for one version of the data.
	 */
	final class Entries {

		private final DataVersion.Part version;

		private final Map<Key, Performance> performances = new ConcurrentHashMap<>();

		private final Map<List<Long>, List<FinancialQuarter>> periods = new ConcurrentHashMap<>();

		private final Map<Long, List<FiguresToCheck.Flagged>> flags = new ConcurrentHashMap<>();

		private final Map<SpcKey, java.util.Optional<uk.beacon.analytics.SpcIcons>> spc = new ConcurrentHashMap<>();

		private final Map<SpcKey, IndicatorGlance> glances = new ConcurrentHashMap<>();

		private Entries(DataVersion.Part version) {
			this.version = version;
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
		java.util.Optional<uk.beacon.analytics.SpcIcons> spc(long indicatorId, FinancialQuarter upTo) {
			return this.spc.get(new SpcKey(indicatorId, upTo));
		}

		void putSpc(FinancialQuarter upTo, Map<Long, java.util.Optional<uk.beacon.analytics.SpcIcons>> worked) {
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
