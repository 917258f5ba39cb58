package uk.beacon.scorecard;

import java.util.List;
import java.util.Map;

import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.period.FinancialQuarter;

/**
 * A scorecard as it stood in one reporting period.
 *
 * @param scorecard the scorecard
 * @param organisationUnit the unit it reports on
 * @param period the quarter looked at
 * @param periods every quarter with figures on the scorecard, oldest first
 * @param sections each section with its indicators' performance, in order
 */
public record ScorecardView(Scorecard scorecard, OrganisationUnit organisationUnit, FinancialQuarter period,
		List<FinancialQuarter> periods, List<Section> sections) {

	/**
	 * A section of the scorecard with its indicators' performance in order.
	 */
	public record Section(String title, SectionKind kind, List<Performance> rows) {
	}

	/** The order councils count in: "27 green, 12 amber, 26 red". */
	private static final List<Status> DISPLAY_ORDER = List.of(Status.GREEN, Status.AMBER, Status.RED, Status.NOT_RATED,
			Status.NO_DATA);

	public List<Performance> rows() {
		return this.sections.stream().flatMap(s -> s.rows().stream()).toList();
	}

	/**
	 * @return how many indicators have each assessed status, every status present, green
	 * first
	 */
	public Map<Status, Long> assessedCounts() {
		return count(true);
	}

	public Map<Status, Long> ruleCounts() {
		return count(false);
	}

	/**
	 * @return how many different indicators the scorecard has
	 */
	public long total() {
		return distinctRows().size();
	}

	public long updatedThisPeriod() {
		return distinctRows().stream().filter(Performance::updatedThisPeriod).count();
	}

	public long statusesDiffering() {
		return distinctRows().stream().filter(Performance::statusesDiffer).count();
	}

	private Map<Status, Long> count(boolean assessed) {
		Map<Status, Long> counts = new java.util.LinkedHashMap<>();
		for (Status status : DISPLAY_ORDER) {
			counts.put(status, 0L);
		}
		for (Performance row : distinctRows()) {
			counts.merge(assessed ? row.assessed() : row.rule().status(), 1L, Long::sum);
		}
		return counts;
	}

	// an indicator in two sections is still one indicator in the counts
	private List<Performance> distinctRows() {
		return rows().stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.indicator().id(), p -> p, (a, b) -> a,
					java.util.LinkedHashMap::new))
			.values()
			.stream()
			.toList();
	}

}
