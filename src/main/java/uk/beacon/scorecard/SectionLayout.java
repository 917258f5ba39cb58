package uk.beacon.scorecard;

import java.util.List;
import java.util.Objects;

/**
 * A section of a scorecard as a performance officer lays it out on screen.
 *
 * @param sectionId the section it was, {@code null} for a new one; a section given
 * another title keeps its identity, and so whatever is linked to it
 * @param title its title as the council prints it
 * @param kind perspective, objective or area of focus
 * @param indicatorIds its indicators in order
 */
public record SectionLayout(Long sectionId, String title, SectionKind kind, List<Long> indicatorIds) {

	public SectionLayout {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		indicatorIds = List.copyOf(indicatorIds);
	}

}
