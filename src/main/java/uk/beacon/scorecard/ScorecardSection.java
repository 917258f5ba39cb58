package uk.beacon.scorecard;

import java.util.List;
import java.util.Objects;

/**
 * A perspective, objective or area of focus on a scorecard, with its indicators in order.
 */
public record ScorecardSection(String title, SectionKind kind, List<Long> indicatorIds) {

	public ScorecardSection {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		indicatorIds = List.copyOf(indicatorIds);
		if (indicatorIds.stream().distinct().count() != indicatorIds.size()) {
			throw new IllegalArgumentException("An indicator appears once in a section");
		}
	}

}
