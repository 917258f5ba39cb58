package uk.beacon.scorecard;

import java.util.List;

import uk.beacon.indicator.RelatedItem;

/**
 * Implemented by modules that relate their own things to scorecard sections (risks that
 * threaten an objective), so that the scorecard page shows them without depending on
 * those modules.
 */
public interface SectionRelations {

	List<RelatedItem> relatedTo(String scorecardCode, String sectionTitle);

	/**
	 * Whether anything at all is linked to the section, including what the public may not
	 * see, so that the section is not removed from under it.
	 */
	default boolean holdsLinks(long sectionId, String scorecardCode, String sectionTitle) {
		return !relatedTo(scorecardCode, sectionTitle).isEmpty();
	}

}
