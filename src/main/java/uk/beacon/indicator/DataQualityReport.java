package uk.beacon.indicator;

import java.util.List;
import java.util.Map;

import uk.beacon.analytics.DataQualityIssue;
import uk.beacon.organisation.OrganisationUnit;

/**
 * Every figure and target that looks wrong, across the indicators a person may see,
 * narrowed by a filter.
 *
 * @param filter what the list is narrowed to
 * @param rows the flags that match it, by indicator code and, within an indicator, as its
 * page lists them
 * @param counts how many flags of each kind match the unit and owner chosen, every kind
 * whatever the kind chosen, in the order of {@link DataQualityIssue}
 * @param indicatorsChecked how many indicators in use match the unit and owner chosen
 * @param indicatorsFlagged how many of them have a flag in {@code rows}
 * @param units every unit, for the filter, each council followed by the units below it
 * @param owners the owners named on the indicators the person may see, for the filter
 */
public record DataQualityReport(DataQualityFilter filter, List<Row> rows, Map<DataQualityIssue, Long> counts,
		int indicatorsChecked, int indicatorsFlagged, List<UnitChoice> units, List<String> owners) {

	/**
	 * One flag.
	 *
	 * @param indicator the indicator flagged
	 * @param unit the unit that holds it
	 * @param kind what may be wrong
	 * @param period the data period of the figure flagged, or for a target the latest
	 * period's
	 * @param message what looks wrong and what to check, with the numbers
	 */
	public record Row(Indicator indicator, OrganisationUnit unit, DataQualityIssue kind, String period,
			String message) {
	}

	/**
	 * A unit to narrow the list to.
	 *
	 * @param depth 0 for a council, 1 for a directorate, 2 for a service
	 */
	public record UnitChoice(String code, String name, int depth, boolean retired) {

		/**
		 * The name as a list of choices shows it, set in under the unit above it (by
		 * spaces a screen reader passes over) and saying whether it is retired.
		 */
		public String label() {
			return "\u00a0\u00a0\u00a0".repeat(this.depth) + this.name + (this.retired ? " (retired)" : "");
		}

	}

	public long total() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
