package uk.beacon.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * What a mixed run measured, and the table of it that {@code benchmark/mixed.sh} writes
 * to {@code target/bench/mixed.md}.
 */
record Results(MixedLoad.Settings settings, List<PageTimes> pages, ChangeTimes changes, double seconds,
		ServerMetrics server) {

	/** Every reader's request answered 200 and every change was made. */
	long errors() {
		return this.pages.stream().mapToLong(PageTimes::errors).sum() + this.changes.errors();
	}

	long requests() {
		return this.pages.stream().mapToLong(PageTimes::requests).sum();
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append(f(
				"%d people reading (about %d ms a page), one change every %d ms, for %.0f s: %d pages read, "
						+ "%d changes made, %d errors.%n%n",
				this.settings.readers(), this.settings.think().toMillis(), this.settings.betweenChanges().toMillis(),
				this.seconds, requests(), OfficersChanges.KINDS.stream().mapToLong(this.changes::made).sum(),
				errors()));
		out.append(
				"| Page | Requests | p50 ms | p95 ms | p99 ms | Errors | First after a change: count, p50 ms, max ms |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		for (PageTimes page : this.pages) {
			PageTimes.Percentiles all = page.all();
			PageTimes.Percentiles first = page.firstAfterChange();
			out.append(f("| %s | %d | %.1f | %.1f | %.1f | %d | %d, %.1f, %.1f |%n", page.name(), all.count(),
					all.p50(), all.p95(), all.p99(), page.errors(), first.count(), first.p50(), first.max()));
		}
		out.append("\n| Change (its read and its write) | Made | p50 ms | max ms | Refused |\n|---|---|---|---|---|\n");
		for (String kind : OfficersChanges.KINDS) {
			PageTimes.Percentiles times = this.changes.times(kind);
			out.append(f("| %s | %d | %.1f | %.1f | %d |%n", kind, times.count(), times.p50(), times.max(),
					this.changes.refused(kind)));
		}
		ServerMetrics s = this.server;
		out.append(f(
				"%nWhat the server counted over the run (every request, the officer's included): %.0f requests, "
						+ "%.1f ms of server time a request, %.1f ms a request holding a database connection; "
						+ "pages and API answers served as kept %s; indicator-quarters found evaluated %s.%n",
				s.requests(), 1000 * s.serverSeconds() / s.requests(), 1000 * s.connectionSeconds() / s.requests(),
				share(s.pageHits(), s.pageMisses()), share(s.evaluationHits(), s.evaluationMisses())));
		for (String why : this.changes.why()) {
			out.append(f("%nRefused: %s", why));
		}
		return out.append('\n').toString();
	}

	private static String share(double hits, double misses) {
		return (hits + misses == 0) ? "(none asked)"
				: f("%.1f%% (%.0f of %.0f)", 100 * hits / (hits + misses), hits, hits + misses);
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

}
