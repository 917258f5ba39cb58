package uk.beacon.reporting;

import java.util.List;

/**
 * The opening of a cabinet report: how many indicators have each status, how many were
 * updated this quarter, and which moved between ratings since the last report.
 *
 * @param total how many different indicators the scorecard has
 * @param counts each assessed status with its count, green first
 * @param updatedThisPeriod how many were reported in the quarter
 * @param statusesDiffering how many carry an officer's status that differs from the
 * rule's
 * @param movements the indicators whose rating changed since the last report
 */
public record Summary(long total, List<StatusCount> counts, long updatedThisPeriod, long statusesDiffering,
		List<Movement> movements) {

	public Summary {
		counts = List.copyOf(counts);
		movements = List.copyOf(movements);
	}

	public long count(String status) {
		return this.counts.stream().filter(c -> c.status().equals(status)).mapToLong(StatusCount::count).sum();
	}

	/**
	 * @param status the status's name, such as {@code GREEN}
	 * @param label how a reader sees it, such as "Green"
	 */
	public record StatusCount(String status, String label, long count) {
	}

	/**
	 * An indicator whose rating changed: "previously Green".
	 */
	public record Movement(String code, String title, String section, String from, String to, String value,
			String target) {
	}

}
