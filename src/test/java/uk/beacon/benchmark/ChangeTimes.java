package uk.beacon.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officer's changes in a mixed run: how many of each kind, how long each took (its
 * read and its write), and those refused or failed, with the first answer of each kind
 * refused, to say why.
 */
final class ChangeTimes {

	private final Map<String, List<Long>> nanos = new LinkedHashMap<>();

	private final Map<String, Long> refused = new LinkedHashMap<>();

	private final List<String> why = new ArrayList<>();

	ChangeTimes() {
		OfficersChanges.KINDS.forEach((kind) -> {
			this.nanos.put(kind, new ArrayList<>());
			this.refused.put(kind, 0L);
		});
	}

	synchronized void record(OfficersChanges.Made made, long nanos) {
		this.nanos.get(made.kind()).add(nanos);
		if (!made.succeeded()) {
			this.refused.merge(made.kind(), 1L, Long::sum);
			if (this.why.size() < 10) {
				this.why.add(made.kind() + ": " + made.status() + " "
						+ made.body().substring(0, Math.min(300, made.body().length())));
			}
		}
	}

	synchronized void failed(Exception ex) {
		this.refused.merge("failed before writing", 1L, Long::sum);
		if (this.why.size() < 10) {
			this.why.add(ex.toString());
		}
	}

	synchronized long made(String kind) {
		return this.nanos.getOrDefault(kind, List.of()).size();
	}

	synchronized long errors() {
		return this.refused.values().stream().mapToLong(Long::longValue).sum();
	}

	synchronized long refused(String kind) {
		return this.refused.getOrDefault(kind, 0L);
	}

	synchronized PageTimes.Percentiles times(String kind) {
		return PageTimes.Percentiles.of(this.nanos.get(kind));
	}

	synchronized List<String> why() {
		return List.copyOf(this.why);
	}

}
