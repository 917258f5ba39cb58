package uk.beacon.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * One page's answers in a mixed run: the time of each, the errors, and the first answer
 * after each change, which pays for whatever the change dropped.
 */
final class PageTimes {

	private final String name;

	private final String path;

	private final List<Long> nanos = new ArrayList<>();

	private final List<Long> firstAfterChange = new ArrayList<>();

	private long errors;

	// the changes made before the latest request counted as the first after one
	private long changesSeen;

	PageTimes(String name, String path) {
		this.name = name;
		this.path = path;
	}

	String name() {
		return this.name;
	}

	String path() {
		return this.path;
	}

	/**
	 * @param changes how many changes had been made when the request was sent
	 */
	synchronized void record(long nanos, boolean ok, long changes) {
		this.nanos.add(nanos);
		if (!ok) {
			this.errors++;
		}
		if (changes > this.changesSeen) {
			this.changesSeen = changes;
			this.firstAfterChange.add(nanos);
		}
	}

	synchronized long requests() {
		return this.nanos.size();
	}

	synchronized long errors() {
		return this.errors;
	}

	synchronized Percentiles all() {
		return Percentiles.of(this.nanos);
	}

	synchronized Percentiles firstAfterChange() {
		return Percentiles.of(this.firstAfterChange);
	}

	/** Latencies in milliseconds at the percentiles asked for. */
	record Percentiles(int count, double p50, double p95, double p99, double max) {

		static Percentiles of(List<Long> nanos) {
			List<Long> sorted = new ArrayList<>(nanos);
			sorted.sort(null);
			return new Percentiles(sorted.size(), at(sorted, 50), at(sorted, 95), at(sorted, 99),
					sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6);
		}

		// the nearest rank
		private static double at(List<Long> sorted, int percentile) {
			if (sorted.isEmpty()) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
			return sorted.get(Math.max(0, rank - 1)) / 1e6;
		}

	}

}
