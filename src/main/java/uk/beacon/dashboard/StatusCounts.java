package uk.beacon.dashboard;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;

/**
 * How many indicators have each assessed status, in the order councils count them.
 */
public record StatusCounts(Map<Status, Long> counts) {

	static final List<Status> ORDER = List.of(Status.GREEN, Status.AMBER, Status.RED, Status.NOT_RATED, Status.NO_DATA);

	public static StatusCounts of(Collection<Performance> performances) {
		Map<Status, Long> counts = new LinkedHashMap<>();
		ORDER.forEach(status -> counts.put(status, 0L));
		performances.forEach(p -> counts.merge(p.assessed(), 1L, Long::sum));
		return new StatusCounts(counts);
	}

	/**
	 * @return the statuses in the order councils count them: green first
	 */
	public static List<Status> order() {
		return ORDER;
	}

	public long total() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

	public long of(Status status) {
		return this.counts.getOrDefault(status, 0L);
	}

	/**
	 * @return a sentence for a screen reader or a chart's text alternative
	 */
	public String describe() {
		StringBuilder text = new StringBuilder();
		for (Status status : ORDER) {
			long count = of(status);
			if (count > 0) {
				text.append((text.length() == 0) ? "" : ", ")
					.append(count)
					.append(' ')
					.append(status.label().toLowerCase());
			}
		}
		return (text.length() == 0) ? "No indicators" : text.toString();
	}

}
