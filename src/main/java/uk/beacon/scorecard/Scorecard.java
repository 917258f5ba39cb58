package uk.beacon.scorecard;

import java.util.List;
import java.util.Objects;

import uk.beacon.period.FinancialQuarter;

/**
 * A council's scorecard: ordered sections of indicators for an organisation unit.
 *
 * @param id database identity, {@code null} until saved
 * @param code the council's unique code for the scorecard
 * @param name its name as the council prints it
 * @param organisationUnitId the unit it reports on
 * @param kind corporate, directorate or service
 * @param currentPeriod the quarter it opens at, {@code null} for the latest reported
 * @param sections its sections in order
 */
public record Scorecard(Long id, String code, String name, long organisationUnitId, ScorecardKind kind,
		FinancialQuarter currentPeriod, List<ScorecardSection> sections) {

	public Scorecard {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		sections = List.copyOf(sections);
		if (sections.stream().map(ScorecardSection::title).distinct().count() != sections.size()) {
			throw new IllegalArgumentException("Section titles on a scorecard must differ");
		}
	}

	public List<Long> indicatorIds() {
		return this.sections.stream().flatMap(s -> s.indicatorIds().stream()).distinct().toList();
	}

}
