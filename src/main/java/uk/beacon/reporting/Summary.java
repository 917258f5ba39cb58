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
	 * An indicator whose rating changed, like with like: its assessed status then and
	 * now, and its rule status then and now.
	 *
	 * @param from the assessed status at the last report's name
	 * @param to the assessed status's name now
	 * @param ruleFrom the rule's status at the last report's name, {@code null} in a
	 * report published before Beacon kept it
	 * @param ruleTo the rule's status's name now, {@code null} likewise
	 */
	public record Movement(String code, String title, String section, String from, String to, String value,
			String target, String ruleFrom, String ruleTo) {

		/** Whether the assessed status moved, rather than only the rule's. */
		public boolean assessedMoved() {
			return !this.from.equals(this.to);
		}

		/** "Amber", or "Amber (rule: Red)" where the assessed and rule status differ. */
		public String now() {
			return both(this.to, this.ruleTo);
		}

		/** The same, for the last report. */
		public String previously() {
			return both(this.from, this.ruleFrom);
		}

		private static String both(String assessed, String rule) {
			String words = words(assessed);
			return (rule == null || rule.equals(assessed)) ? words : words + " (rule: " + words(rule) + ")";
		}

		/** "Not rated" for {@code NOT_RATED}. */
		static String words(String status) {
			String text = status.replace('_', ' ').toLowerCase(java.util.Locale.UK);
			return Character.toUpperCase(text.charAt(0)) + text.substring(1);
		}

	}

}
